import type { CalendarDate } from '../dates/calendar-date';
import type { Cents } from '../money/cents';
import type { Settlement } from './invoice-settlements';
import type { ReportInvoice } from './report-ledger';

/** How much of what fell due during a period had been paid by its end. */
export interface CollectionRate {
  /** Due in the period, less the credit notes dated by its end. */
  dueCents: Cents;
  /** Paid on those invoices by the end of the period. */
  collectedCents: Cents;
  /** collected ÷ due, from 0 to 1; null when nothing fell due. */
  rate: number | null;
}

/**
 * Taux de recouvrement: of the invoices falling due between `from` and `to`, the share of
 * their amount (credit notes deducted) paid by `to`, whenever it was paid.
 */
export function collectionRate(
  invoices: readonly ReportInvoice[],
  settlements: ReadonlyMap<number, readonly Settlement[]>,
  from: CalendarDate,
  to: CalendarDate,
): CollectionRate {
  let dueCents = 0;
  let collectedCents = 0;
  for (const invoice of invoices) {
    if (invoice.dueDate < from || invoice.dueDate > to || invoice.issueDate > to) continue;
    let credited = 0;
    let paid = 0;
    for (const settlement of settlements.get(invoice.id) ?? []) {
      if (settlement.date > to) break;
      if (settlement.kind === 'credit') credited += settlement.amountCents;
      else paid += settlement.amountCents;
    }
    dueCents += Math.max(0, invoice.amountInclTaxCents - credited);
    collectedCents += paid;
  }
  return { dueCents, collectedCents, rate: dueCents > 0 ? collectedCents / dueCents : null };
}
