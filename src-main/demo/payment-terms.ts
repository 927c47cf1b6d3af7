import {
  daysInMonth,
  toCalendarDate,
  type CalendarDate,
} from '../../src-shared/dates/calendar-date';
import { shiftDays } from './day-cache';

/** The payment terms the demo invoices use, all within the LME caps (Code de commerce L441-10). */
export type PaymentTerms = 'net30' | 'endOfMonth45' | 'net60';

/** The terms as printed on an invoice. */
export const PAYMENT_TERMS_LABELS: Record<PaymentTerms, string> = {
  net30: '30 jours date de facture',
  endOfMonth45: '45 jours fin de mois',
  net60: '60 jours date de facture',
};

/**
 * The due date of an invoice. « 45 jours fin de mois » is read as the last day of the issue
 * month plus 45 days (issued 10/01 → 31/01 + 45 days = 17/03). The other reading in use, issue
 * date + 45 days then the end of that month, is not used here; the DGCCRF accepts either one
 * when the contract says which.
 */
export function dueDateFor(issueDate: CalendarDate, terms: PaymentTerms): CalendarDate {
  switch (terms) {
    case 'net30':
      return shiftDays(issueDate, 30);
    case 'net60':
      return shiftDays(issueDate, 60);
    case 'endOfMonth45':
      return shiftDays(endOfMonth(issueDate), 45);
  }
}

/** The last day of the date's month. */
export function endOfMonth(date: CalendarDate): CalendarDate {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return toCalendarDate(year, month, daysInMonth(year, month));
}
