import type { CalendarDate } from '../dates/calendar-date';
import type { AppUser } from '../domain/app-user';
import type { DebtorKind, SizeClass } from '../domain/debtor';
import type { Dispute } from '../domain/dispute';
import type { Allocation } from '../domain/ledger';
import type { PaymentPlan } from '../domain/payment-plan';
import type { PromiseToPay } from '../domain/promise-to-pay';
import type { Cents } from '../money/cents';
import type { RelanceChannel } from '../relance/relance-channel';

// The whole file as the reports read it: only the columns the figures need,
// so that 10,000 debtors and their 100,000 invoices fit comfortably in memory.

/** A debtor as the reports see it. */
export interface ReportDebtor {
  id: number;
  displayName: string;
  kind: DebtorKind;
  sector: string | null;
  sizeClass: SizeClass | null;
  departement: string | null;
  postalCode: string;
  ownerUserId: number | null;
}

export interface ReportInvoice {
  id: number;
  debtorId: number;
  issueDate: CalendarDate;
  dueDate: CalendarDate;
  amountInclTaxCents: Cents;
}

export interface ReportPayment {
  id: number;
  debtorId: number;
  date: CalendarDate;
  amountCents: Cents;
  allocations: Allocation[];
}

export interface ReportCreditNote {
  id: number;
  debtorId: number;
  date: CalendarDate;
  amountCents: Cents;
  invoiceId: number | null;
}

/** One relance action done on a debtor. */
export interface RelanceAction {
  debtorId: number;
  date: CalendarDate;
  channel: RelanceChannel;
  actor: string;
}

/** A debtor's time in a legal procedure: from its opening to its closing (null while running). */
export interface LegalCaseSpan {
  debtorId: number;
  openedOn: CalendarDate;
  closedOn: CalendarDate | null;
}

/** Everything the dashboard and the risk scores are computed from. */
export interface ReportLedger {
  debtors: ReportDebtor[];
  invoices: ReportInvoice[];
  payments: ReportPayment[];
  creditNotes: ReportCreditNote[];
  promises: PromiseToPay[];
  plans: PaymentPlan[];
  disputes: Dispute[];
  users: AppUser[];
  relanceActions: RelanceAction[];
  /** Where the relance actions were read from, said in the interface. */
  relanceSource: 'relance' | 'timeline';
  /** Null when this file has no record of legal procedures. */
  legalCases: LegalCaseSpan[] | null;
  /** Credit limits set by hand, by debtor. */
  creditLimits: Map<number, Cents>;
}

/** One debtor's share of the ledger. */
export interface DebtorLedger {
  debtor: ReportDebtor;
  invoices: ReportInvoice[];
  payments: ReportPayment[];
  creditNotes: ReportCreditNote[];
  promises: PromiseToPay[];
  plans: PaymentPlan[];
  disputes: Dispute[];
  relanceActions: RelanceAction[];
  legalCases: LegalCaseSpan[];
}

function bucket<T extends { debtorId: number }>(
  rows: readonly T[],
  into: Map<number, DebtorLedger>,
  pick: (ledger: DebtorLedger) => T[],
): void {
  for (const row of rows) {
    const ledger = into.get(row.debtorId);
    if (ledger) pick(ledger).push(row);
  }
}

/** Splits the file by debtor, keeping the order of each list. */
export function groupByDebtor(ledger: ReportLedger): Map<number, DebtorLedger> {
  const byDebtor = new Map<number, DebtorLedger>();
  for (const debtor of ledger.debtors) {
    byDebtor.set(debtor.id, {
      debtor,
      invoices: [],
      payments: [],
      creditNotes: [],
      promises: [],
      plans: [],
      disputes: [],
      relanceActions: [],
      legalCases: [],
    });
  }
  bucket(ledger.invoices, byDebtor, (entry) => entry.invoices);
  bucket(ledger.payments, byDebtor, (entry) => entry.payments);
  bucket(ledger.creditNotes, byDebtor, (entry) => entry.creditNotes);
  bucket(ledger.promises, byDebtor, (entry) => entry.promises);
  bucket(ledger.plans, byDebtor, (entry) => entry.plans);
  bucket(ledger.disputes, byDebtor, (entry) => entry.disputes);
  bucket(ledger.relanceActions, byDebtor, (entry) => entry.relanceActions);
  bucket(ledger.legalCases ?? [], byDebtor, (entry) => entry.legalCases);
  return byDebtor;
}

/** The part of the file that concerns some debtors only (the dashboard's filters). */
export function restrictLedger(ledger: ReportLedger, debtorIds: ReadonlySet<number>): ReportLedger {
  const keep = <T extends { debtorId: number }>(rows: readonly T[]) =>
    rows.filter((row) => debtorIds.has(row.debtorId));
  return {
    ...ledger,
    debtors: ledger.debtors.filter((debtor) => debtorIds.has(debtor.id)),
    invoices: keep(ledger.invoices),
    payments: keep(ledger.payments),
    creditNotes: keep(ledger.creditNotes),
    promises: keep(ledger.promises),
    plans: keep(ledger.plans),
    disputes: keep(ledger.disputes),
    relanceActions: keep(ledger.relanceActions),
    legalCases: ledger.legalCases === null ? null : keep(ledger.legalCases),
  };
}
