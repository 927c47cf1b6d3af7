import { dayOfWeek, type CalendarDate } from '../dates/calendar-date';
import { disputedInvoiceIds } from '../domain/dispute';
import { planProgress } from '../domain/payment-plan';
import { promiseProgress } from '../domain/promise-to-pay';
import type { Cents } from '../money/cents';
import { daysFromTo, shiftDate } from './day-number';
import type { OpenItem } from './open-items';
import type { DebtorLedger } from './report-ledger';

/** What is expected in one week, by where the expectation comes from. */
export interface ForecastWeek {
  /** The Monday the week starts on. */
  weekStart: CalendarDate;
  invoicesCents: Cents;
  promisesCents: Cents;
  plansCents: Cents;
  totalCents: Cents;
}

/** The expected cash-in, week by week. */
export interface CashForecast {
  weeks: ForecastWeek[];
  /** Expected after the last week shown. */
  laterCents: Cents;
  /** Overdue well past the debtor's usual delay: when it will come is anyone's guess. */
  uncertainCents: Cents;
  /** Open on disputed invoices: not expected until the dispute is settled. */
  disputedCents: Cents;
}

/** How the forecast is built, shown beside it. */
export const FORECAST_METHOD =
  'Échéances des plans d’échéancier en cours, puis promesses en cours à leur date, puis ' +
  'chaque facture ouverte à son échéance décalée du retard moyen habituel du débiteur. ' +
  'Une facture déjà en retard de plus de 30 jours sur cette date est classée « incertain » ; ' +
  'les factures en litige ne sont pas prévues.';

// An expected date passed by at most this many days is still expected this week.
const STILL_EXPECTED_DAYS = 30;

type Source = 'invoicesCents' | 'promisesCents' | 'plansCents';

/** The Monday of the week a date falls in. */
export function weekStartOf(date: CalendarDate): CalendarDate {
  return shiftDate(date, -((dayOfWeek(date) + 6) % 7));
}

/**
 * Cash-in forecast by week from `asOf`: payment plans first (their unpaid installments on
 * their dates), then running promises (their unpaid part on their date), then every other
 * open invoice on its due date shifted by the debtor's usual delay (`usualDelays`, in days).
 */
export function cashForecast(
  ledgers: Iterable<DebtorLedger>,
  openItems: ReadonlyMap<number, readonly OpenItem[]>,
  usualDelays: ReadonlyMap<number, number | null>,
  asOf: CalendarDate,
  weekCount = 13,
): CashForecast {
  const firstWeek = weekStartOf(asOf);
  const weeks: ForecastWeek[] = Array.from({ length: weekCount }, (_, index) => ({
    weekStart: shiftDate(firstWeek, 7 * index),
    invoicesCents: 0,
    promisesCents: 0,
    plansCents: 0,
    totalCents: 0,
  }));
  const forecast: CashForecast = { weeks, laterCents: 0, uncertainCents: 0, disputedCents: 0 };
  const expect = (date: CalendarDate, amount: Cents, source: Source) => {
    if (amount <= 0) return;
    const late = daysFromTo(date, asOf);
    if (late > STILL_EXPECTED_DAYS) {
      forecast.uncertainCents += amount;
      return;
    }
    const index = late > 0 ? 0 : Math.floor(daysFromTo(firstWeek, date) / 7);
    const week = weeks[index];
    if (!week) {
      forecast.laterCents += amount;
      return;
    }
    week[source] += amount;
    week.totalCents += amount;
  };

  for (const ledger of ledgers) {
    const items = openItems.get(ledger.debtor.id) ?? [];
    if (items.length === 0) continue;
    const open = new Map(items.map((item) => [item.invoiceId, { ...item }]));
    const payments = ledger.payments.filter((payment) => payment.date <= asOf);

    for (const id of disputedInvoiceIds(ledger.disputes, asOf)) {
      forecast.disputedCents += open.get(id)?.openCents ?? 0;
      open.delete(id);
    }
    for (const plan of ledger.plans) {
      if (plan.agreedOn > asOf || plan.cancelledOn !== null) continue;
      const progress = planProgress(plan, payments, asOf);
      if (progress.status !== 'en_cours') continue;
      for (const installment of progress.installments) {
        expect(installment.dueOn, installment.amountCents - installment.paidCents, 'plansCents');
      }
      plan.invoiceIds.forEach((id) => open.delete(id));
    }
    const promises = ledger.promises.filter((promise) => promise.madeOn <= asOf);
    const progress = promises.length === 0 ? [] : promiseProgress(promises, payments, asOf);
    progress.forEach((entry, index) => {
      if (entry.status !== 'en_cours') return;
      const promise = promises[index]!;
      let remaining = promise.amountCents - entry.paidCents;
      expect(promise.dueOn, remaining, 'promisesCents');
      // The promised amount comes off the invoices it names (any invoice, oldest first, when
      // it names none); what the promise does not cover is still expected the usual way.
      const named = promise.invoiceIds.length > 0;
      const order = [...open.values()].sort((a, b) => (a.dueDate < b.dueDate ? -1 : 1));
      for (const item of order) {
        if (remaining <= 0) break;
        if (named && !promise.invoiceIds.includes(item.invoiceId)) continue;
        const taken = Math.min(item.openCents, remaining);
        item.openCents -= taken;
        remaining -= taken;
        if (item.openCents <= 0) open.delete(item.invoiceId);
      }
    });
    const delay = Math.round(usualDelays.get(ledger.debtor.id) ?? 0);
    for (const item of open.values()) {
      expect(shiftDate(item.dueDate, delay), item.openCents, 'invoicesCents');
    }
  }
  return forecast;
}
