import type { Cents } from '../../src-shared/money/cents';
import type { LedgerPlan, RowTarget } from './ledger-plan';

/** A stable map key for an invoice or payment of a plan. */
export function targetKey(target: RowTarget): string {
  return 'existingId' in target ? `e${target.existingId}` : `n${target.newIndex}`;
}

/**
 * What is still open on each invoice and unallocated on each payment of one debtor while a plan
 * is worked out, so that every allocation the plan adds fits: an invoice is never settled beyond
 * its amount, a payment never spent twice, whatever was allocated before by hand.
 */
export class SettlementBook {
  private readonly open = new Map<string, Cents>();
  private readonly unallocated = new Map<string, Cents>();
  private readonly openAtStart = new Map<string, Cents>();

  constructor(private readonly plan: LedgerPlan) {}

  /** Registers an invoice with what is open on it now. */
  addInvoice(target: RowTarget, openCents: Cents): void {
    this.open.set(targetKey(target), openCents);
    if ('existingId' in target) this.openAtStart.set(targetKey(target), openCents);
  }

  /** Registers a payment with its part not yet allocated. */
  addPayment(target: RowTarget, unallocatedCents: Cents): void {
    this.unallocated.set(targetKey(target), unallocatedCents);
  }

  openOf(invoice: RowTarget): Cents {
    return this.open.get(targetKey(invoice)) ?? 0;
  }

  unallocatedOf(payment: RowTarget): Cents {
    return this.unallocated.get(targetKey(payment)) ?? 0;
  }

  /**
   * Sets a payment against the invoices in the order given, each up to what it still has open,
   * and at most `limit` in all. Returns the amount allocated.
   */
  allocatePayment(payment: RowTarget, invoices: readonly RowTarget[], limit = Infinity): Cents {
    let left = Math.min(this.unallocatedOf(payment), limit);
    let allocated = 0;
    for (const invoice of invoices) {
      if (left <= 0) break;
      const take = Math.min(left, this.openOf(invoice));
      if (take <= 0) continue;
      this.plan.allocations.push({ payment, invoice, amountCents: take });
      this.plan.changes.allocationsAdded += 1;
      this.open.set(targetKey(invoice), this.openOf(invoice) - take);
      left -= take;
      allocated += take;
    }
    this.unallocated.set(targetKey(payment), this.unallocatedOf(payment) - allocated);
    return allocated;
  }

  /**
   * Moves part of an allocation an earlier import made from one invoice to another: the first
   * gets that much open again, the second that much less.
   */
  moveAllocation(paymentId: number, fromInvoiceId: number, to: RowTarget, amount: Cents): void {
    const from = { existingId: fromInvoiceId };
    this.plan.reallocations.push({ paymentId, fromInvoiceId, invoice: to, amountCents: amount });
    this.plan.changes.allocationsAdded += 1;
    this.open.set(targetKey(from), this.openOf(from) + amount);
    this.open.set(targetKey(to), this.openOf(to) - amount);
  }

  /**
   * Chooses the invoice a credit note reduces: one whose open amount equals it, else the first
   * that can take it whole (a credit note reduces a single invoice). Null when none can.
   */
  placeCreditNote(amountCents: Cents, invoices: readonly RowTarget[]): RowTarget | null {
    const fits =
      invoices.find((invoice) => this.openOf(invoice) === amountCents) ??
      invoices.find((invoice) => this.openOf(invoice) >= amountCents);
    if (fits === undefined) return null;
    this.open.set(targetKey(fits), this.openOf(fits) - amountCents);
    return fits;
  }

  /** How many invoices that were open before the import this plan settles. */
  settledCount(): number {
    let count = 0;
    for (const [key, before] of this.openAtStart) {
      if (before > 0 && (this.open.get(key) ?? 0) <= 0) count += 1;
    }
    return count;
  }
}
