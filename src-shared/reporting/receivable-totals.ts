import type { CalendarDate } from '../dates/calendar-date';
import { disputedInvoiceIds } from '../domain/dispute';
import type { Cents } from '../money/cents';
import type { OpenItem } from './open-items';
import type { LegalCaseSpan, ReportLedger } from './report-ledger';

/** The headline amounts of the dashboard at the end of a day. */
export interface ReceivableTotals {
  /** Everything still open on invoices (the encours). */
  outstandingCents: Cents;
  overdueCents: Cents;
  /** Open on invoices under a dispute open that day. */
  disputedCents: Cents;
  /** Open on debtors in a legal procedure that day; null when the file keeps no procedures. */
  legalCents: Cents | null;
  /** Debtors with something open. */
  debtorsWithOpen: number;
}

/** True when a legal case was running on a day. */
export function isCaseRunning(span: LegalCaseSpan, on: CalendarDate): boolean {
  return span.openedOn <= on && (span.closedOn === null || span.closedOn > on);
}

/** Outstanding, overdue, disputed and in-procedure amounts from the open items of a day. */
export function receivableTotals(
  items: readonly OpenItem[],
  records: Pick<ReportLedger, 'disputes' | 'legalCases'>,
  asOf: CalendarDate,
): ReceivableTotals {
  const disputed = disputedInvoiceIds(records.disputes, asOf);
  const inProcedure =
    records.legalCases === null
      ? null
      : new Set(
          records.legalCases.filter((span) => isCaseRunning(span, asOf)).map((s) => s.debtorId),
        );
  const debtors = new Set<number>();
  const totals: ReceivableTotals = {
    outstandingCents: 0,
    overdueCents: 0,
    disputedCents: 0,
    legalCents: inProcedure === null ? null : 0,
    debtorsWithOpen: 0,
  };
  for (const item of items) {
    debtors.add(item.debtorId);
    totals.outstandingCents += item.openCents;
    if (item.daysPastDue > 0) totals.overdueCents += item.openCents;
    if (disputed.has(item.invoiceId)) totals.disputedCents += item.openCents;
    if (inProcedure?.has(item.debtorId) && totals.legalCents !== null) {
      totals.legalCents += item.openCents;
    }
  }
  totals.debtorsWithOpen = debtors.size;
  return totals;
}
