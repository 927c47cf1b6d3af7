import type { AppUser } from '../../src-shared/domain/app-user';
import type { Dispute } from '../../src-shared/domain/dispute';
import type { PaymentPlan } from '../../src-shared/domain/payment-plan';
import type { PromiseChannel, PromiseToPay } from '../../src-shared/domain/promise-to-pay';
import type { Queryable } from '../workspace/service-context';

// Readers of the collection records (promises, plans, disputes, users), for
// every feature that needs them. `debtorId` null reads the whole file.

function groupIds<K extends string>(rows: { [P in K]: number }[], key: K, value: string) {
  const map = new Map<number, number[]>();
  for (const row of rows as unknown as Record<string, number>[]) {
    const owner = row[key] as number;
    map.set(owner, [...(map.get(owner) ?? []), row[value] as number]);
  }
  return map;
}

/** Promises to pay with the invoices they cover. */
export async function loadPromises(
  db: Queryable,
  debtorId: number | null,
): Promise<PromiseToPay[]> {
  let query = db.selectFrom('promises').selectAll();
  if (debtorId !== null) query = query.where('debtorId', '=', debtorId);
  const rows = await query.orderBy('dueOn').orderBy('id').execute();
  const links = await db.selectFrom('promiseInvoices').selectAll().execute();
  const invoices = groupIds(links, 'promiseId', 'invoiceId');
  return rows.map(({ createdAt: _createdAt, ...row }) => ({
    ...row,
    channel: row.channel as PromiseChannel,
    invoiceIds: invoices.get(row.id) ?? [],
  }));
}

/** Payment plans with their invoices and installments. */
export async function loadPaymentPlans(
  db: Queryable,
  debtorId: number | null,
): Promise<PaymentPlan[]> {
  let query = db.selectFrom('paymentPlans').selectAll();
  if (debtorId !== null) query = query.where('debtorId', '=', debtorId);
  const rows = await query.orderBy('agreedOn').orderBy('id').execute();
  const links = await db.selectFrom('paymentPlanInvoices').selectAll().execute();
  const invoices = groupIds(links, 'planId', 'invoiceId');
  const installments = await db
    .selectFrom('paymentPlanInstallments')
    .selectAll()
    .orderBy('dueOn')
    .orderBy('id')
    .execute();
  return rows.map(({ createdAt: _createdAt, ...row }) => ({
    ...row,
    invoiceIds: invoices.get(row.id) ?? [],
    installments: installments
      .filter((installment) => installment.planId === row.id)
      .map(({ planId: _planId, ...installment }) => installment),
  }));
}

/** Disputes with the invoices they concern. */
export async function loadDisputes(db: Queryable, debtorId: number | null): Promise<Dispute[]> {
  let query = db.selectFrom('disputes').selectAll();
  if (debtorId !== null) query = query.where('debtorId', '=', debtorId);
  const rows = await query.orderBy('openedOn').orderBy('id').execute();
  const links = await db.selectFrom('disputeInvoices').selectAll().execute();
  const invoices = groupIds(links, 'disputeId', 'invoiceId');
  return rows.map(({ createdAt: _createdAt, ...row }) => ({
    ...row,
    invoiceIds: invoices.get(row.id) ?? [],
  }));
}

/** The people who use the app. */
export async function loadUsers(db: Queryable): Promise<AppUser[]> {
  const rows = await db.selectFrom('appUsers').selectAll().orderBy('name').execute();
  return rows.map(({ createdAt: _createdAt, ...row }) => ({ ...row, active: row.active === 1 }));
}
