import type { CalendarDate } from '../dates/calendar-date';
import type { Cents } from '../money/cents';
import { daysFromTo } from './day-number';
import type { ReportInvoice, ReportPayment } from './report-ledger';

/** How long payments received during a period took, weighted by their amounts. */
export interface PaymentDelays {
  paidCents: Cents;
  /** From the invoice date to the payment; null without payment in the period. */
  averageDaysToPay: number | null;
  /** Past the due date (an early payment counts as 0); null without payment. */
  averageDaysLate: number | null;
}

/**
 * Délai moyen de paiement and retard moyen: over every payment share received between
 * `from` and `to`, the days since the invoice date and past its due date, weighted by amount.
 */
export function paymentDelays(
  invoices: readonly ReportInvoice[],
  payments: readonly ReportPayment[],
  from: CalendarDate,
  to: CalendarDate,
): PaymentDelays {
  const byId = new Map(invoices.map((invoice) => [invoice.id, invoice]));
  let paidCents = 0;
  let dayCentsToPay = 0;
  let dayCentsLate = 0;
  for (const payment of payments) {
    if (payment.date < from || payment.date > to) continue;
    for (const share of payment.allocations) {
      const invoice = byId.get(share.invoiceId);
      if (!invoice) continue;
      paidCents += share.amountCents;
      dayCentsToPay += share.amountCents * daysFromTo(invoice.issueDate, payment.date);
      dayCentsLate += share.amountCents * Math.max(0, daysFromTo(invoice.dueDate, payment.date));
    }
  }
  const average = (dayCents: number) =>
    paidCents > 0 ? Math.round((dayCents / paidCents) * 10) / 10 : null;
  return {
    paidCents,
    averageDaysToPay: average(dayCentsToPay),
    averageDaysLate: average(dayCentsLate),
  };
}
