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

// The ids of a debtor's records, to read their links; -1 (no record has it) keeps the query
// valid when the debtor has none.
function idsOf(rows: readonly { id: number }[]): number[] {
  return rows.length > 0 ? rows.map((row) => row.id) : [-1];
}

/** Promises to pay with the invoices they cover. */
export async function loadPromises(
  db: Queryable,
  debtorId: number | null,
): Promise<PromiseToPay[]> {
  let query = db.selectFrom('promises').selectAll();
  if (debtorId !== null) query = query.where('debtorId', '=', debtorId);
  const rows = await query.orderBy('dueOn').orderBy('id').execute();
  let linkQuery = db.selectFrom('promiseInvoices').selectAll();
  // One debtor's records read their links by the link table's key, not the whole table.
  if (debtorId !== null) linkQuery = linkQuery.where('promiseId', 'in', idsOf(rows));
  const invoices = groupIds(await linkQuery.execute(), 'promiseId', 'invoiceId');
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
  let linkQuery = db.selectFrom('paymentPlanInvoices').selectAll();
  let installmentQuery = db.selectFrom('paymentPlanInstallments').selectAll();
  if (debtorId !== null) {
    linkQuery = linkQuery.where('planId', 'in', idsOf(rows));
    installmentQuery = installmentQuery.where('planId', 'in', idsOf(rows));
  }
  const invoices = groupIds(await linkQuery.execute(), 'planId', 'invoiceId');
  const installments = new Map<number, PaymentPlan['installments']>();
  for (const { planId, ...installment } of await installmentQuery
    .orderBy('dueOn')
    .orderBy('id')
    .execute()) {
    installments.set(planId, [...(installments.get(planId) ?? []), installment]);
  }
  return rows.map(({ createdAt: _createdAt, ...row }) => ({
    ...row,
    invoiceIds: invoices.get(row.id) ?? [],
    installments: installments.get(row.id) ?? [],
  }));
}

/** Disputes with the invoices they concern. */
export async function loadDisputes(db: Queryable, debtorId: number | null): Promise<Dispute[]> {
  let query = db.selectFrom('disputes').selectAll();
  if (debtorId !== null) query = query.where('debtorId', '=', debtorId);
  const rows = await query.orderBy('openedOn').orderBy('id').execute();
  let linkQuery = db.selectFrom('disputeInvoices').selectAll();
  if (debtorId !== null) linkQuery = linkQuery.where('disputeId', 'in', idsOf(rows));
  const invoices = groupIds(await linkQuery.execute(), 'disputeId', 'invoiceId');
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
