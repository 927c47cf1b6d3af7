import type { CalendarDate } from '../dates/calendar-date';
import { ageBucket, AGE_BUCKETS, type AgeBucket, type AgedBalance } from './aged-balance';
import { dayNumber } from './day-number';
import { settlementsByInvoice, type Settlement } from './invoice-settlements';
import type { ReportLedger } from './report-ledger';

function emptyBuckets(): Record<AgeBucket, number> {
  return { notDue: 0, days1to30: 0, days31to60: 0, days61to90: 0, over90: 0 };
}

// Index of the first date on or after `date` in an ascending list (dates.length if none).
function firstOnOrAfter(dates: readonly CalendarDate[], date: CalendarDate): number {
  let low = 0;
  let high = dates.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (dates[middle]! < date) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The aged balance on several days in one pass over the ledger: the same figures as calling
 * `agedBalance` for each day (a test holds them equal), without reading the whole ledger
 * once per day. The dates must be in ascending order.
 */
export function agedBalanceSeries(
  ledger: Pick<ReportLedger, 'invoices' | 'payments' | 'creditNotes'>,
  dates: readonly CalendarDate[],
  settlements: ReadonlyMap<number, readonly Settlement[]> = settlementsByInvoice(
    ledger.payments,
    ledger.creditNotes,
  ),
): AgedBalance[] {
  const buckets = dates.map(emptyBuckets);
  const dayNumbers = dates.map(dayNumber);
  for (const invoice of ledger.invoices) {
    const own = settlements.get(invoice.id) ?? [];
    const due = dayNumber(invoice.dueDate);
    let settled = 0;
    let next = 0;
    for (let index = firstOnOrAfter(dates, invoice.issueDate); index < dates.length; index += 1) {
      const date = dates[index]!;
      while (next < own.length && own[next]!.date <= date) {
        settled += own[next]!.amountCents;
        next += 1;
      }
      const open = invoice.amountInclTaxCents - settled;
      if (open > 0) buckets[index]![ageBucket(dayNumbers[index]! - due)] += open;
    }
  }

  // What was received and what of it was allocated, counted from each day it was dated on.
  const received = new Array<number>(dates.length + 1).fill(0);
  const allocated = new Array<number>(dates.length + 1).fill(0);
  const count = (date: CalendarDate, amount: number, share: number) => {
    const index = firstOnOrAfter(dates, date);
    received[index]! += amount;
    allocated[index]! += share;
  };
  for (const payment of ledger.payments) {
    const share = payment.allocations.reduce((sum, allocation) => sum + allocation.amountCents, 0);
    count(payment.date, payment.amountCents, share);
  }
  for (const note of ledger.creditNotes) {
    count(note.date, note.amountCents, note.invoiceId === null ? 0 : note.amountCents);
  }

  let receivedSoFar = 0;
  let allocatedSoFar = 0;
  return dates.map((asOf, index) => {
    receivedSoFar += received[index]!;
    allocatedSoFar += allocated[index]!;
    const own = buckets[index]!;
    return {
      asOf,
      buckets: own,
      totalCents: AGE_BUCKETS.reduce((total, bucket) => total + own[bucket], 0),
      unallocatedCents: receivedSoFar - allocatedSoFar,
    };
  });
}
