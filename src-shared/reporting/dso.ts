import { daysInMonth, type CalendarDate } from '../dates/calendar-date';
import type { Cents } from '../money/cents';

/** Days sales outstanding by the count-back method, with what it rests on. */
export interface DsoResult {
  /** Days, to one decimal; null when nothing was ever invoiced. */
  days: number | null;
  /** Months of invoicing the outstanding amount used up (the current one counts as one). */
  monthsUsed: number;
  /** True when two years of invoicing did not cover the outstanding: the DSO is at least this. */
  capped: boolean;
}

/** How the DSO is computed, shown beside the figure. */
export const DSO_METHOD =
  'Méthode par épuisement du chiffre d’affaires : on retire de l’encours clients TTC le ' +
  'chiffre d’affaires TTC facturé le mois en cours, puis chaque mois précédent, et l’on compte ' +
  'les jours de ces mois jusqu’à épuiser l’encours (le dernier mois au prorata).';

const MAX_MONTHS = 24;

/**
 * DSO by the count-back method (« méthode par épuisement ») at the end of `asOf`: the
 * outstanding is matched against the month to date, then each earlier calendar month's
 * invoicing, counting each month's days in full until the last, counted pro rata.
 */
export function dsoCountBack(
  outstandingCents: Cents,
  invoices: readonly { issueDate: CalendarDate; amountInclTaxCents: Cents }[],
  asOf: CalendarDate,
): DsoResult {
  const salesByMonth = new Map<string, Cents>();
  for (const invoice of invoices) {
    if (invoice.issueDate > asOf) continue;
    const month = invoice.issueDate.slice(0, 7);
    salesByMonth.set(month, (salesByMonth.get(month) ?? 0) + invoice.amountInclTaxCents);
  }
  if (salesByMonth.size === 0) return { days: null, monthsUsed: 0, capped: false };
  if (outstandingCents <= 0) return { days: 0, monthsUsed: 0, capped: false };

  let year = Number(asOf.slice(0, 4));
  let month = Number(asOf.slice(5, 7));
  let remaining = outstandingCents;
  let days = 0;
  for (let used = 1; used <= MAX_MONTHS; used += 1) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    const length = used === 1 ? Number(asOf.slice(8, 10)) : daysInMonth(year, month);
    const sales = salesByMonth.get(key) ?? 0;
    if (sales >= remaining) {
      days += (remaining / sales) * length;
      return { days: Math.round(days * 10) / 10, monthsUsed: used, capped: false };
    }
    days += length;
    remaining -= sales;
    month -= 1;
    if (month === 0) {
      month = 12;
      year -= 1;
    }
  }
  return { days: Math.round(days * 10) / 10, monthsUsed: MAX_MONTHS, capped: true };
}
