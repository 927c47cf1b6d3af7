import type { CalendarDate } from '../../src-shared/dates/calendar-date';
import type { DebtorCollection } from '../../src-shared/domain/collection-rules';
import { planProgress } from '../../src-shared/domain/payment-plan';
import { promiseProgress } from '../../src-shared/domain/promise-to-pay';
import { loadPayments } from '../ledger/ledger-queries';
import type { Queryable } from '../workspace/service-context';
import { loadDisputes, loadPaymentPlans, loadPromises } from './collection-queries';

/** A debtor's promises and plans with their progress from its payments, and its disputes. */
export async function loadDebtorCollection(
  db: Queryable,
  debtorId: number,
  today: CalendarDate,
): Promise<DebtorCollection> {
  const [promises, plans, disputes, payments] = await Promise.all([
    loadPromises(db, debtorId),
    loadPaymentPlans(db, debtorId),
    loadDisputes(db, debtorId),
    loadPayments(db, debtorId),
  ]);
  const dated = payments.map((payment) => ({
    date: payment.date,
    amountCents: payment.amountCents,
  }));
  const progress = promiseProgress(promises, dated, today);
  return {
    promises: promises.map((promise, index) => ({ ...promise, progress: progress[index]! })),
    plans: plans.map((plan) => ({ ...plan, progress: planProgress(plan, dated, today) })),
    disputes,
  };
}
