import { addDays, type CalendarDate } from '../../../src-shared/dates/calendar-date';
import { formatFrenchDate } from '../../../src-shared/dates/french-date';
import type { Cents } from '../../../src-shared/money/cents';
import { formatEuros } from '../../../src-shared/money/format-amount';
import type { DocumentNumbers } from '../document-numbers';
import type { DebtorTarget, LedgerPlan, RowTarget } from '../ledger-plan';
import type { DebtorLedger, ExistingInvoice } from '../ledger-state';
import type { SettlementBook } from '../settlement-book';
import type { FecItem } from '../fec/types';
import { pieceNumber } from './fec-ledger-items';
import type { Resolution } from './item-resolution';

/** The customer whose à-nouveaux restate items an earlier import already brought in. */
export interface Restatement {
  plan: LedgerPlan;
  book: SettlementBook;
  debtor: DebtorTarget;
  customerName: string;
  customerKey: string;
  items: readonly FecItem[];
  /** Indexes of the opening lines to restate. */
  openings: readonly number[];
  resolutions: Resolution[];
  ledger: DebtorLedger;
  /** What the earlier imports of this customer add up to (FEC rows only). */
  earlierBalanceCents: Cents;
  /** True when no line of this file was imported yet: the ledger is as year N left it. */
  firstTime: boolean;
  periodFrom: CalendarDate;
  paymentTermsDays: number;
  invoiceNumbers: DocumentNumbers;
  creditNoteNumbers: DocumentNumbers;
}

/**
 * The à-nouveaux of year N+1 restate the open items of year N: they are matched, never inserted
 * again. An opening line whose piece names an open invoice of an earlier import stands for that
 * invoice; the others stand for the customer's open imported invoices as a whole. When the
 * openings add up to something else than the earlier imports (year N was changed after its
 * export), the difference is recorded once, as an invoice or a credit note, and said. When every
 * opening names its invoice, the imported invoices are brought to the open amounts the
 * à-nouveaux give them.
 */
export function restateOpenings(restatement: Restatement): void {
  const { plan, book, items, openings, resolutions, ledger } = restatement;
  const fecInvoices = ledger.invoices.filter((invoice) => invoice.source === 'fec');
  const byNumber = new Map<string, ExistingInvoice[]>();
  for (const invoice of fecInvoices) {
    byNumber.set(invoice.number, [...(byNumber.get(invoice.number) ?? []), invoice]);
  }

  const targets = new Map<number, Cents>();
  const unnamed: number[] = [];
  let openingTotal = 0;
  for (const index of openings) {
    const item = items[index];
    if (item === undefined) continue;
    const net = item.debitCents - item.creditCents;
    openingTotal += net;
    plan.changes.openingsMatched += 1;
    if (net <= 0) {
      // A credit brought forward restates a payment or credit note already in the file.
      resolutions[index] = { side: 'none' };
      continue;
    }
    const named = (byNumber.get(pieceNumber(item)) ?? []).find((row) => !targets.has(row.id));
    if (named === undefined) {
      unnamed.push(index);
      continue;
    }
    targets.set(named.id, net);
    resolutions[index] = { side: 'debit', invoices: [{ existingId: named.id }], opening: true };
  }

  const pool: RowTarget[] = fecInvoices
    .filter((invoice) => !targets.has(invoice.id) && book.openOf({ existingId: invoice.id }) > 0)
    .map((invoice) => ({ existingId: invoice.id }));
  const difference = openingTotal - restatement.earlierBalanceCents;
  if (difference !== 0) recordDifference(restatement, difference, openingTotal, pool);
  for (const index of unnamed) {
    resolutions[index] = { side: 'debit', invoices: pool, opening: true };
  }

  if (restatement.firstTime && difference === 0 && unnamed.length === 0) {
    alignWithOpenings(restatement, fecInvoices, targets);
  }
}

function recordDifference(
  restatement: Restatement,
  difference: Cents,
  openingTotal: Cents,
  pool: RowTarget[],
): void {
  const { plan, book, debtor, periodFrom } = restatement;
  const day = formatFrenchDate(periodFrom);
  const externalRef = `fec:ecart-a-nouveaux|${periodFrom}|${restatement.customerKey}`;
  const label = `Écart d'à-nouveaux du ${day}`;
  if (difference > 0) {
    const newIndex = plan.invoices.length;
    plan.invoices.push({
      debtor,
      number: restatement.invoiceNumbers.take(label),
      issueDate: periodFrom,
      dueDate: addDays(periodFrom, restatement.paymentTermsDays),
      amountExclTaxCents: difference,
      vatCents: 0,
      amountInclTaxCents: difference,
      paymentTerms: `${restatement.paymentTermsDays} jours après la date de pièce (import FEC)`,
      externalRef,
    });
    book.addInvoice({ newIndex }, difference);
    pool.push({ newIndex });
  } else {
    plan.creditNotes.push({
      debtor,
      number: restatement.creditNoteNumbers.take(label),
      date: periodFrom,
      amountCents: -difference,
      invoice: null,
      reason: "Écart entre les à-nouveaux et le solde déjà importé de l'exercice précédent",
      externalRef,
    });
  }
  plan.changes.warnings.push(
    `${restatement.customerName} : les à-nouveaux du ${day} (${formatEuros(openingTotal)}) ` +
      `diffèrent du solde déjà importé (${formatEuros(restatement.earlierBalanceCents)}) ; ` +
      `l'écart de ${formatEuros(difference)} est enregistré comme ` +
      `${difference > 0 ? 'une facture' : 'un avoir'} « ${label} ».`,
  );
}

// Every FEC invoice of the customer has a known open amount at the start of the year: what its
// opening line says, or nothing when no line names it. The payments of year N left on account
// settle what is open beyond that; then allocations an earlier import spread oldest first over
// invoices the à-nouveaux show open are moved to those it shows settled.
function alignWithOpenings(
  restatement: Restatement,
  invoices: readonly ExistingInvoice[],
  targets: ReadonlyMap<number, Cents>,
): void {
  const { book, ledger, periodFrom } = restatement;
  const earlierPayments = ledger.payments.filter(
    (payment) => payment.source === 'fec' && payment.date < periodFrom,
  );
  const excessOf = (invoice: ExistingInvoice) =>
    book.openOf({ existingId: invoice.id }) - (targets.get(invoice.id) ?? 0);

  for (const invoice of invoices) {
    const target: RowTarget = { existingId: invoice.id };
    for (const payment of earlierPayments) {
      const excess = excessOf(invoice);
      if (excess <= 0) break;
      book.allocatePayment({ existingId: payment.id }, [target], excess);
    }
  }

  const fromFec = new Set(earlierPayments.map((payment) => payment.id));
  const receivers = invoices.filter((invoice) => excessOf(invoice) > 0);
  for (const invoice of ledger.invoices) {
    if (invoice.source !== 'fec') continue;
    for (const allocation of ledger.allocations) {
      if (allocation.invoiceId !== invoice.id || !fromFec.has(allocation.paymentId)) continue;
      let movable = Math.min(allocation.amountCents, -excessOf(invoice));
      for (const receiver of receivers) {
        if (movable <= 0) break;
        const amount = Math.min(movable, excessOf(receiver));
        if (amount <= 0) continue;
        book.moveAllocation(allocation.paymentId, invoice.id, { existingId: receiver.id }, amount);
        movable -= amount;
      }
    }
  }
}
