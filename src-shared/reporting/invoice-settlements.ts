import type { CalendarDate } from '../dates/calendar-date';
import type { Cents } from '../money/cents';
import type { ReportCreditNote, ReportInvoice, ReportPayment } from './report-ledger';

/** A dated amount that settles part of one invoice: a payment's share or a credit note. */
export interface Settlement {
  invoiceId: number;
  date: CalendarDate;
  amountCents: Cents;
  kind: 'payment' | 'credit';
}

/** Every invoice's settlements, oldest first. */
export function settlementsByInvoice(
  payments: readonly ReportPayment[],
  creditNotes: readonly ReportCreditNote[],
): Map<number, Settlement[]> {
  const byInvoice = new Map<number, Settlement[]>();
  const add = (settlement: Settlement) => {
    const list = byInvoice.get(settlement.invoiceId);
    if (list) list.push(settlement);
    else byInvoice.set(settlement.invoiceId, [settlement]);
  };
  for (const payment of payments) {
    for (const share of payment.allocations) {
      add({
        invoiceId: share.invoiceId,
        date: payment.date,
        amountCents: share.amountCents,
        kind: 'payment',
      });
    }
  }
  for (const note of creditNotes) {
    if (note.invoiceId === null) continue;
    add({
      invoiceId: note.invoiceId,
      date: note.date,
      amountCents: note.amountCents,
      kind: 'credit',
    });
  }
  for (const list of byInvoice.values()) {
    if (list.length > 1) list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  }
  return byInvoice;
}

/** Where an invoice stood at the end of a day. */
export interface InvoiceState {
  paidCents: Cents;
  creditedCents: Cents;
  openCents: Cents;
  /** The day the last settlement closed it, when it was closed by then. */
  settledOn: CalendarDate | null;
}

/** An invoice's paid, credited and open amounts at the end of `asOf`. */
export function invoiceStateAsOf(
  invoice: Pick<ReportInvoice, 'amountInclTaxCents'>,
  settlements: readonly Settlement[] | undefined,
  asOf: CalendarDate,
): InvoiceState {
  let paidCents = 0;
  let creditedCents = 0;
  let settledOn: CalendarDate | null = null;
  for (const settlement of settlements ?? []) {
    if (settlement.date > asOf) break;
    if (settlement.kind === 'payment') paidCents += settlement.amountCents;
    else creditedCents += settlement.amountCents;
    if (settledOn === null && paidCents + creditedCents >= invoice.amountInclTaxCents) {
      settledOn = settlement.date;
    }
  }
  return {
    paidCents,
    creditedCents,
    openCents: invoice.amountInclTaxCents - paidCents - creditedCents,
    settledOn,
  };
}
