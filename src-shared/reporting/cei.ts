import type { CalendarDate } from '../dates/calendar-date';
import type { Cents } from '../money/cents';
import type { AgedBalance } from './aged-balance';
import { agedBalanceSeries } from './aged-balance-series';
import { shiftDate } from './day-number';
import type { Settlement } from './invoice-settlements';
import type { ReportLedger } from './report-ledger';

/** What the collection effectiveness index is computed from. */
export interface CeiInputs {
  /** Receivables open the day before the period. */
  beginningCents: Cents;
  /** Invoiced (TTC) during the period. */
  salesCents: Cents;
  /** Receivables open at the end of the period, and the part of them not yet due. */
  endingCents: Cents;
  endingCurrentCents: Cents;
}

/** How the CEI is computed, shown beside the figure. */
export const CEI_FORMULA =
  'CEI = (encours au début + facturé sur la période − encours à la fin) ÷ ' +
  '(encours au début + facturé sur la période − encours non échu à la fin) × 100';

/**
 * The collection effectiveness index in percent: what was collected over what could have
 * been (everything due during the period). 100 means every amount due was collected. Null
 * when nothing was due.
 */
export function collectionEffectivenessIndex(inputs: CeiInputs): number | null {
  const collectible = inputs.beginningCents + inputs.salesCents - inputs.endingCurrentCents;
  if (collectible <= 0) return null;
  const collected = inputs.beginningCents + inputs.salesCents - inputs.endingCents;
  return Math.round((collected / collectible) * 1000) / 10;
}

/** The CEI of a period from the ledger: aged balances the day before and on its last day. */
export function ceiForPeriod(
  ledger: Pick<ReportLedger, 'invoices' | 'payments' | 'creditNotes'>,
  from: CalendarDate,
  to: CalendarDate,
  settlements?: ReadonlyMap<number, readonly Settlement[]>,
): { cei: number | null; inputs: CeiInputs } {
  const [beginning, ending] = agedBalanceSeries(ledger, [shiftDate(from, -1), to], settlements) as [
    AgedBalance,
    AgedBalance,
  ];
  let salesCents = 0;
  for (const invoice of ledger.invoices) {
    if (invoice.issueDate >= from && invoice.issueDate <= to) {
      salesCents += invoice.amountInclTaxCents;
    }
  }
  const inputs: CeiInputs = {
    beginningCents: beginning.totalCents,
    salesCents,
    endingCents: ending.totalCents,
    endingCurrentCents: ending.buckets.notDue,
  };
  return { cei: collectionEffectivenessIndex(inputs), inputs };
}
