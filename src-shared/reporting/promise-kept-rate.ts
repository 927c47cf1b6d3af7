import type { CalendarDate } from '../dates/calendar-date';
import { promiseProgress, type PromiseStatus } from '../domain/promise-to-pay';
import type { DebtorLedger } from './report-ledger';

/** Promises that fell due during a period and whether they were kept. */
export interface PromiseKeptRate {
  kept: number;
  broken: number;
  /** kept ÷ (kept + broken), 0 to 1; null when none fell due. */
  rate: number | null;
}

/** Each promise's status at the end of `to`, by debtor (the payments of each debtor count). */
export function promiseStatuses(
  ledgers: Iterable<Pick<DebtorLedger, 'promises' | 'payments'>>,
  to: CalendarDate,
): Map<number, PromiseStatus> {
  const statuses = new Map<number, PromiseStatus>();
  for (const ledger of ledgers) {
    const promises = ledger.promises.filter((promise) => promise.madeOn <= to);
    if (promises.length === 0) continue;
    const payments = ledger.payments.filter((payment) => payment.date <= to);
    promiseProgress(promises, payments, to).forEach((progress) =>
      statuses.set(progress.promiseId, progress.status),
    );
  }
  return statuses;
}

/**
 * Taux de promesses tenues: of the promises (not cancelled) due between `from` and `to`, the
 * share kept by their date. Promises still running on `to` are not counted yet.
 */
export function promiseKeptRate(
  ledgers: Iterable<Pick<DebtorLedger, 'promises' | 'payments'>>,
  from: CalendarDate,
  to: CalendarDate,
): PromiseKeptRate {
  const list = [...ledgers];
  const statuses = promiseStatuses(list, to);
  let kept = 0;
  let broken = 0;
  for (const ledger of list) {
    for (const promise of ledger.promises) {
      if (promise.dueOn < from || promise.dueOn > to) continue;
      const status = statuses.get(promise.id);
      if (status === 'tenue') kept += 1;
      if (status === 'rompue') broken += 1;
    }
  }
  return { kept, broken, rate: kept + broken > 0 ? kept / (kept + broken) : null };
}
