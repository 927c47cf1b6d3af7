import type { CalendarDate } from '../dates/calendar-date';
import type { Cents } from '../money/cents';

/** How a promise was obtained. */
export type PromiseChannel = 'appel' | 'email' | 'courrier' | 'sms' | 'saisie';

/** A debtor's promise to pay an amount by a date. */
export interface PromiseToPay {
  id: number;
  debtorId: number;
  madeOn: CalendarDate;
  dueOn: CalendarDate;
  amountCents: Cents;
  channel: PromiseChannel;
  note: string | null;
  cancelledOn: CalendarDate | null;
  invoiceIds: number[];
  createdBy: string;
}

/** en_cours: the date has not passed; tenue: paid in time; rompue: date passed unpaid. */
export type PromiseStatus = 'en_cours' | 'tenue' | 'rompue' | 'annulee';

export const PROMISE_STATUS_LABELS: Record<PromiseStatus, string> = {
  en_cours: 'En cours',
  tenue: 'Tenue',
  rompue: 'Rompue',
  annulee: 'Annulée',
};

export interface PromiseProgress {
  promiseId: number;
  status: PromiseStatus;
  /** Payments counted toward this promise. */
  paidCents: Cents;
  /** The day the promise was kept (the payment that completed it), if it was. */
  keptOn: CalendarDate | null;
}

interface DatedAmount {
  date: CalendarDate;
  amountCents: Cents;
}

/**
 * Whether each promise was kept, from the debtor's payments. Payments made
 * between the day a promise was made and its due date (included) count
 * toward it; when promises overlap, a payment serves the promise due first,
 * so one payment never keeps two promises.
 */
export function promiseProgress(
  promises: readonly PromiseToPay[],
  payments: readonly DatedAmount[],
  today: CalendarDate,
): PromiseProgress[] {
  const remaining = [...payments]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((payment) => ({ ...payment }));
  const byDueDate = [...promises].sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.id - b.id);
  const results = new Map<number, PromiseProgress>();

  for (const promise of byDueDate) {
    if (promise.cancelledOn !== null) {
      results.set(promise.id, {
        promiseId: promise.id,
        status: 'annulee',
        paidCents: 0,
        keptOn: null,
      });
      continue;
    }
    let paidCents = 0;
    let keptOn: CalendarDate | null = null;
    for (const payment of remaining) {
      if (payment.date < promise.madeOn || payment.date > promise.dueOn) continue;
      if (payment.amountCents <= 0) continue;
      const used = Math.min(payment.amountCents, promise.amountCents - paidCents);
      payment.amountCents -= used;
      paidCents += used;
      if (paidCents >= promise.amountCents) {
        keptOn = payment.date;
        break;
      }
    }
    const status: PromiseStatus =
      keptOn !== null ? 'tenue' : promise.dueOn < today ? 'rompue' : 'en_cours';
    results.set(promise.id, { promiseId: promise.id, status, paidCents, keptOn });
  }
  return promises.map((promise) => results.get(promise.id)!);
}
