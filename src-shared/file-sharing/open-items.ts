import { daysBetween, type CalendarDate } from '../dates/calendar-date';
import type { CreditNote, Invoice, Payment } from '../domain/ledger';
import type { Cents } from '../money/cents';
import { ageBucket, type AgeBucket } from '../reporting/aged-balance';

/** An invoice still open at the end of a day: what the accountant's list shows. */
export interface OpenItem {
  invoiceId: number;
  debtorId: number;
  number: string;
  issueDate: CalendarDate;
  dueDate: CalendarDate;
  amountInclTaxCents: Cents;
  openCents: Cents;
  /** Days past the due date that day; 0 when not yet due. */
  daysOverdue: number;
  bucket: AgeBucket;
}

/**
 * The invoices open at the end of `asOf`, by the rule of the aged balance
 * (src-shared/reporting/aged-balance.ts): issued by then, less what
 * payments and credit notes dated by then settled on them. Their open
 * amounts, bucket by bucket, add up to that aged balance.
 */
export function openItemsAsOf(
  ledger: {
    invoices: readonly Pick<
      Invoice,
      'id' | 'debtorId' | 'number' | 'issueDate' | 'dueDate' | 'amountInclTaxCents'
    >[];
    payments: readonly Pick<Payment, 'date' | 'allocations'>[];
    creditNotes: readonly Pick<CreditNote, 'date' | 'amountCents' | 'invoiceId'>[];
  },
  asOf: CalendarDate,
): OpenItem[] {
  const settled = new Map<number, Cents>();
  const settle = (invoiceId: number, amount: Cents) =>
    settled.set(invoiceId, (settled.get(invoiceId) ?? 0) + amount);
  for (const payment of ledger.payments) {
    if (payment.date > asOf) continue;
    for (const share of payment.allocations) settle(share.invoiceId, share.amountCents);
  }
  for (const note of ledger.creditNotes) {
    if (note.date <= asOf && note.invoiceId !== null) settle(note.invoiceId, note.amountCents);
  }

  const items: OpenItem[] = [];
  for (const invoice of ledger.invoices) {
    if (invoice.issueDate > asOf) continue;
    const openCents = invoice.amountInclTaxCents - (settled.get(invoice.id) ?? 0);
    if (openCents <= 0) continue;
    const late = daysBetween(invoice.dueDate, asOf);
    items.push({
      invoiceId: invoice.id,
      debtorId: invoice.debtorId,
      number: invoice.number,
      issueDate: invoice.issueDate,
      dueDate: invoice.dueDate,
      amountInclTaxCents: invoice.amountInclTaxCents,
      openCents,
      daysOverdue: Math.max(0, late),
      bucket: ageBucket(late),
    });
  }
  return items;
}
