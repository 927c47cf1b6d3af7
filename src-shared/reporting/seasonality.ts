import type { CalendarDate } from '../dates/calendar-date';
import type { Cents } from '../money/cents';
import { LATE_TOLERANCE_DAYS } from '../risk/payment-history';
import { daysFromTo } from './day-number';
import { invoiceStateAsOf, type Settlement } from './invoice-settlements';
import type { ReportInvoice } from './report-ledger';

/** The invoices that fell due in one month, and how many of them were paid late. */
export interface DueMonth {
  /** `YYYY-MM`. */
  month: string;
  dueCents: Cents;
  /** Paid more than the tolerance after the due date, or still unpaid past it. */
  lateCents: Cents;
  /** Still open on those invoices at the end of `asOf`, and the overdue part of it. */
  openCents: Cents;
  overdueCents: Cents;
  lateRate: number | null;
}

/**
 * Late payment by month of due date over the `months` months up to `asOf`'s month: shows
 * the seasons when customers pay late (summer, year end) and the exposure each month left.
 */
export function lateByDueMonth(
  invoices: readonly ReportInvoice[],
  settlements: ReadonlyMap<number, readonly Settlement[]>,
  asOf: CalendarDate,
  months = 24,
): DueMonth[] {
  const year = Number(asOf.slice(0, 4));
  const month = Number(asOf.slice(5, 7));
  const keys: string[] = [];
  for (let back = months - 1; back >= 0; back -= 1) {
    const index = year * 12 + (month - 1) - back;
    keys.push(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`);
  }
  const rows = new Map<string, DueMonth>(
    keys.map((key) => [
      key,
      { month: key, dueCents: 0, lateCents: 0, openCents: 0, overdueCents: 0, lateRate: null },
    ]),
  );
  for (const invoice of invoices) {
    if (invoice.issueDate > asOf || invoice.dueDate > asOf) continue;
    const row = rows.get(invoice.dueDate.slice(0, 7));
    if (!row) continue;
    const state = invoiceStateAsOf(invoice, settlements.get(invoice.id), asOf);
    const daysLate = daysFromTo(invoice.dueDate, state.settledOn ?? asOf);
    row.dueCents += invoice.amountInclTaxCents;
    if (daysLate > LATE_TOLERANCE_DAYS) row.lateCents += invoice.amountInclTaxCents;
    if (state.openCents > 0) {
      row.openCents += state.openCents;
      if (invoice.dueDate < asOf) row.overdueCents += state.openCents;
    }
  }
  for (const row of rows.values())
    row.lateRate = row.dueCents > 0 ? row.lateCents / row.dueCents : null;
  return keys.map((key) => rows.get(key)!);
}
