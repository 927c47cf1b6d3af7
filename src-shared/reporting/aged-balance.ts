import { daysBetween, type CalendarDate } from '../dates/calendar-date';
import type { CreditNote, Invoice, Payment } from '../domain/ledger';
import type { Cents } from '../money/cents';

/** The classic ageing buckets of receivables, by days past the due date. */
export type AgeBucket = 'notDue' | 'days1to30' | 'days31to60' | 'days61to90' | 'over90';

export const AGE_BUCKETS: readonly AgeBucket[] = [
  'notDue',
  'days1to30',
  'days31to60',
  'days61to90',
  'over90',
];

export const AGE_BUCKET_LABELS: Record<AgeBucket, string> = {
  notDue: 'Non échu',
  days1to30: '1 à 30 jours',
  days31to60: '31 à 60 jours',
  days61to90: '61 à 90 jours',
  over90: 'Plus de 90 jours',
};

/** The bucket of an invoice that is `daysPastDue` days past its due date. */
export function ageBucket(daysPastDue: number): AgeBucket {
  if (daysPastDue <= 0) return 'notDue';
  if (daysPastDue <= 30) return 'days1to30';
  if (daysPastDue <= 60) return 'days31to60';
  if (daysPastDue <= 90) return 'days61to90';
  return 'over90';
}

export interface AgedBalance {
  asOf: CalendarDate;
  buckets: Record<AgeBucket, Cents>;
  /** Sum of the buckets: what was open on invoices that day. */
  totalCents: Cents;
  /** Payments and credit notes received by that day but not allocated to an invoice. */
  unallocatedCents: Cents;
}

/**
 * The aged balance as it stood at the end of `asOf`: invoices issued by
 * then, less what payments and credit notes dated by then had settled on
 * them, each open amount placed in the bucket of its lateness that day.
 */
export function agedBalance<
  I extends Pick<Invoice, 'id' | 'issueDate' | 'dueDate' | 'amountInclTaxCents'>,
  P extends Pick<Payment, 'date' | 'amountCents' | 'allocations'>,
  C extends Pick<CreditNote, 'date' | 'amountCents' | 'invoiceId'>,
>(
  ledger: { invoices: readonly I[]; payments: readonly P[]; creditNotes: readonly C[] },
  asOf: CalendarDate,
): AgedBalance {
  const settled = new Map<number, number>();
  let received = 0;
  let allocated = 0;
  for (const payment of ledger.payments) {
    if (payment.date > asOf) continue;
    received += payment.amountCents;
    for (const share of payment.allocations) {
      settled.set(share.invoiceId, (settled.get(share.invoiceId) ?? 0) + share.amountCents);
      allocated += share.amountCents;
    }
  }
  for (const note of ledger.creditNotes) {
    if (note.date > asOf) continue;
    received += note.amountCents;
    if (note.invoiceId === null) continue;
    settled.set(note.invoiceId, (settled.get(note.invoiceId) ?? 0) + note.amountCents);
    allocated += note.amountCents;
  }

  const buckets: Record<AgeBucket, Cents> = {
    notDue: 0,
    days1to30: 0,
    days31to60: 0,
    days61to90: 0,
    over90: 0,
  };
  for (const invoice of ledger.invoices) {
    if (invoice.issueDate > asOf) continue;
    const open = invoice.amountInclTaxCents - (settled.get(invoice.id) ?? 0);
    if (open <= 0) continue;
    buckets[ageBucket(daysBetween(invoice.dueDate, asOf))] += open;
  }
  const totalCents = AGE_BUCKETS.reduce((total, bucket) => total + buckets[bucket], 0);
  return { asOf, buckets, totalCents, unallocatedCents: received - allocated };
}
