import type { CalendarDate } from '../dates/calendar-date';
import { isDisputeOpen } from '../domain/dispute';
import { promiseProgress } from '../domain/promise-to-pay';
import { shiftDate } from '../reporting/day-number';
import { settlementsByInvoice } from '../reporting/invoice-settlements';
import type { DebtorLedger } from '../reporting/report-ledger';
import { paymentHistory, type PaymentHistory } from './payment-history';
import type { RiskInputs } from './risk-factors';
import { assessRisk, rateRisk, type RiskAssessment, type RiskRating } from './risk-score';
import { lateRateFor, sectorLateRates, type SectorLateRates } from './sector-late-rates';

/** Disputes and broken promises of a debtor as of a day: the collection records' part. */
export function collectionSignals(
  ledger: Pick<DebtorLedger, 'disputes' | 'promises' | 'payments'>,
  asOf: CalendarDate,
): Pick<RiskInputs, 'disputesLast24Months' | 'openDisputes' | 'brokenPromisesLast12Months'> {
  const twoYearsAgo = shiftDate(asOf, -730);
  const yearAgo = shiftDate(asOf, -365);
  const disputes = ledger.disputes.filter((dispute) => dispute.openedOn <= asOf);
  const promises = ledger.promises.filter((promise) => promise.madeOn <= asOf);
  const progress =
    promises.length === 0
      ? []
      : promiseProgress(
          promises,
          ledger.payments.filter((payment) => payment.date <= asOf),
          asOf,
        );
  return {
    disputesLast24Months: disputes.filter((dispute) => dispute.openedOn > twoYearsAgo).length,
    openDisputes: disputes.filter((dispute) => isDisputeOpen(dispute, asOf)).length,
    brokenPromisesLast12Months: progress.filter(
      (entry, index) => entry.status === 'rompue' && promises[index]!.dueOn > yearAgo,
    ).length,
  };
}

/** A debtor's payment history as of a day. */
export function debtorHistory(ledger: DebtorLedger, asOf: CalendarDate): PaymentHistory {
  return paymentHistory(
    ledger.invoices,
    settlementsByInvoice(ledger.payments, ledger.creditNotes),
    asOf,
  );
}

function inputs(
  ledger: DebtorLedger,
  history: PaymentHistory,
  rates: SectorLateRates,
  asOf: CalendarDate,
): RiskInputs {
  const sector = ledger.debtor.sector;
  return {
    history,
    ...collectionSignals(ledger, asOf),
    sector,
    sectorLateRate: lateRateFor(rates, sector),
  };
}

/** Every debtor's rating as of a day, with the histories and sector rates it came from. */
export interface FileRatings {
  asOf: CalendarDate;
  ratings: Map<number, RiskRating>;
  histories: Map<number, PaymentHistory>;
  rates: SectorLateRates;
}

/**
 * Rates every debtor in one pass over the file: the histories first, then each sector's
 * late-payment rate, then the scores that use it.
 */
export function rateDebtors(ledgers: Iterable<DebtorLedger>, asOf: CalendarDate): FileRatings {
  const entries: { ledger: DebtorLedger; history: PaymentHistory; sector: string | null }[] = [];
  for (const ledger of ledgers) {
    entries.push({ ledger, history: debtorHistory(ledger, asOf), sector: ledger.debtor.sector });
  }
  const rates = sectorLateRates(entries);
  const ratings = new Map<number, RiskRating>();
  const histories = new Map<number, PaymentHistory>();
  for (const { ledger, history } of entries) {
    ratings.set(ledger.debtor.id, rateRisk(inputs(ledger, history, rates, asOf)));
    histories.set(ledger.debtor.id, history);
  }
  return { asOf, ratings, histories, rates };
}

/** One debtor's full assessment, with the file's sector rates. */
export function assessDebtor(
  ledger: DebtorLedger,
  file: Pick<FileRatings, 'rates' | 'asOf'>,
): { assessment: RiskAssessment; history: PaymentHistory } {
  const history = debtorHistory(ledger, file.asOf);
  return { assessment: assessRisk(inputs(ledger, history, file.rates, file.asOf)), history };
}
