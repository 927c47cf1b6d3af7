import type { Cents } from '../../../src-shared/money/cents';
import type { LedgerPlan, RowTarget } from '../ledger-plan';

/** What one customer line of the FEC became in the plan. */
export type Resolution =
  | { side: 'none' }
  | { side: 'debit'; invoices: RowTarget[]; opening: boolean }
  | { side: 'payment'; payment: RowTarget }
  | { side: 'credit-note'; note: CreditNoteTarget };

/** A credit note of the plan, new or already in the file, and whether it reduces an invoice. */
export interface CreditNoteTarget {
  amountCents: Cents;
  placed: boolean;
  /** Sets the credit note against an invoice in the plan. */
  place(invoice: RowTarget): void;
}

/** A credit note the plan inserts, placed by filling in its invoice. */
export function newCreditNoteTarget(plan: LedgerPlan, index: number): CreditNoteTarget {
  const note = plan.creditNotes[index];
  if (note === undefined) throw new Error(`fec import: no planned credit note ${index}`);
  return {
    amountCents: note.amountCents,
    placed: false,
    place(invoice) {
      note.invoice = invoice;
      this.placed = true;
    },
  };
}

/** A credit note already in the file; placing it links it to the invoice. */
export function existingCreditNoteTarget(
  plan: LedgerPlan,
  creditNoteId: number,
  amountCents: Cents,
  linked: boolean,
): CreditNoteTarget {
  return {
    amountCents,
    placed: linked,
    place(invoice) {
      plan.creditNoteLinks.push({ creditNoteId, invoice });
      this.placed = true;
    },
  };
}
