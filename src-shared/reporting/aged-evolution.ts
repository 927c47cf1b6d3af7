import { daysInMonth, toCalendarDate, type CalendarDate } from '../dates/calendar-date';
import type { AgedBalance } from './aged-balance';
import { agedBalanceSeries } from './aged-balance-series';
import type { Settlement } from './invoice-settlements';
import type { ReportLedger } from './report-ledger';

/** The last day of each of the `months` months before `asOf`'s month, oldest first. */
export function previousMonthEnds(asOf: CalendarDate, months: number): CalendarDate[] {
  const year = Number(asOf.slice(0, 4));
  const month = Number(asOf.slice(5, 7));
  const ends: CalendarDate[] = [];
  for (let back = months; back >= 1; back -= 1) {
    const index = year * 12 + (month - 1) - back;
    const endYear = Math.floor(index / 12);
    const endMonth = (index % 12) + 1;
    ends.push(toCalendarDate(endYear, endMonth, daysInMonth(endYear, endMonth)));
  }
  return ends;
}

/**
 * The aged balance month by month: at the end of each of the 12 months before `asOf`, then
 * on `asOf` itself, each as it stood that day.
 */
export function agedBalanceEvolution(
  ledger: Pick<ReportLedger, 'invoices' | 'payments' | 'creditNotes'>,
  asOf: CalendarDate,
  months = 12,
  settlements?: ReadonlyMap<number, readonly Settlement[]>,
): AgedBalance[] {
  return agedBalanceSeries(ledger, [...previousMonthEnds(asOf, months), asOf], settlements);
}
