import type { DebtorInput } from '../../src-shared/domain/debtor';
import type { ImportChanges } from '../../src-shared/domain/import-changes';
import type { LedgerSource, PaymentMethod } from '../../src-shared/domain/ledger';
import type { CalendarDate } from '../../src-shared/dates/calendar-date';
import type { Cents } from '../../src-shared/money/cents';

/** A debtor the plan writes to: one already in the file, or one it creates, by its key. */
export type DebtorTarget = { existingId: number } | { newKey: string };

/** An invoice or payment of the plan: already in the file, or the n-th one it inserts. */
export type RowTarget = { existingId: number } | { newIndex: number };

/** A debtor to create, with the key that names it in the source. */
export interface NewDebtor {
  key: string;
  externalRef: string | null;
  input: DebtorInput;
}

/** An existing debtor's identity with the fields an import filled in (only empty ones). */
export interface DebtorUpdate {
  debtorId: number;
  input: DebtorInput;
  filledFields: (keyof DebtorInput)[];
}

export interface NewInvoice {
  debtor: DebtorTarget;
  number: string;
  issueDate: CalendarDate;
  dueDate: CalendarDate;
  amountExclTaxCents: Cents;
  vatCents: Cents;
  amountInclTaxCents: Cents;
  paymentTerms: string | null;
  externalRef: string | null;
}

/** New amounts or dates for an invoice an earlier import of the same source wrote. */
export interface InvoiceUpdate {
  invoiceId: number;
  debtorId: number;
  issueDate: CalendarDate;
  dueDate: CalendarDate;
  amountExclTaxCents: Cents;
  vatCents: Cents;
  amountInclTaxCents: Cents;
}

export interface NewPayment {
  debtor: DebtorTarget;
  date: CalendarDate;
  amountCents: Cents;
  method: PaymentMethod;
  reference: string | null;
  externalRef: string | null;
}

export interface NewCreditNote {
  debtor: DebtorTarget;
  number: string;
  date: CalendarDate;
  amountCents: Cents;
  invoice: RowTarget | null;
  reason: string | null;
  externalRef: string | null;
}

/** The share of a payment set against an invoice. */
export interface NewAllocation {
  payment: RowTarget;
  invoice: RowTarget;
  amountCents: Cents;
}

/** Part of an allocation an earlier import made, moved to another invoice of the debtor. */
export interface Reallocation {
  paymentId: number;
  fromInvoiceId: number;
  invoice: RowTarget;
  amountCents: Cents;
}

/** A credit note already in the file, now set against the invoice it reduces. */
export interface CreditNoteLink {
  creditNoteId: number;
  invoice: RowTarget;
}

/**
 * Everything an import will write, worked out before the first row is written: the writer only
 * executes it, and a preview shows its `changes` without writing anything.
 */
export interface LedgerPlan {
  source: Extract<LedgerSource, 'fec' | 'spreadsheet'>;
  newDebtors: NewDebtor[];
  debtorUpdates: DebtorUpdate[];
  invoices: NewInvoice[];
  invoiceUpdates: InvoiceUpdate[];
  payments: NewPayment[];
  creditNotes: NewCreditNote[];
  allocations: NewAllocation[];
  reallocations: Reallocation[];
  creditNoteLinks: CreditNoteLink[];
  changes: ImportChanges;
}

/** How many ignored lines a plan keeps with their reason; beyond that it only counts them. */
export const KEPT_IGNORED_LINES = 1_000;

/** A plan that changes nothing yet. */
export function emptyPlan(source: LedgerPlan['source']): LedgerPlan {
  return {
    source,
    newDebtors: [],
    debtorUpdates: [],
    invoices: [],
    invoiceUpdates: [],
    payments: [],
    creditNotes: [],
    allocations: [],
    reallocations: [],
    creditNoteLinks: [],
    changes: {
      debtorsCreated: 0,
      debtorsTouched: 0,
      invoicesAdded: 0,
      invoicesUpdated: 0,
      paymentsAdded: 0,
      creditNotesAdded: 0,
      allocationsAdded: 0,
      invoicesSettled: 0,
      alreadyPresent: 0,
      openingsMatched: 0,
      linesIgnored: 0,
      ignoredLines: [],
      warnings: [],
      debtors: [],
    },
  };
}

/** Records a line left out of the import, keeping the first ones with their reason. */
export function ignoreLine(plan: LedgerPlan, line: number, reason: string): void {
  plan.changes.linesIgnored += 1;
  if (plan.changes.ignoredLines.length < KEPT_IGNORED_LINES) {
    plan.changes.ignoredLines.push({ line, reason });
  }
}
