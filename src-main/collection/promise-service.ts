import { formatFrenchDate } from '../../src-shared/dates/french-date';
import { validatePromiseInput, type PromiseInput } from '../../src-shared/domain/collection-rules';
import { hasFieldErrors } from '../../src-shared/domain/field-errors';
import type { PromiseToPay } from '../../src-shared/domain/promise-to-pay';
import { formatEuros } from '../../src-shared/money/format-amount';
import { recordChange } from '../audit/audit-trail';
import { findDebtor } from '../debtors/debtor-service';
import { AppError, notFound, validationError } from '../errors/app-error';
import { appendEvent } from '../timeline/timeline-repository';
import { inTransaction, type Queryable, type ServiceContext } from '../workspace/service-context';
import { loadPromises } from './collection-queries';
import { debtorLedgerSnapshot, openAmountOf } from './open-invoices';

async function findPromise(db: Queryable, id: number): Promise<PromiseToPay> {
  const row = await db
    .selectFrom('promises')
    .select('debtorId')
    .where('id', '=', id)
    .executeTakeFirst();
  const promise = row && (await loadPromises(db, row.debtorId)).find((p) => p.id === id);
  if (!promise) throw notFound('Cette promesse de paiement');
  return promise;
}

/** Records a promise to pay inside an open transaction (a call's outcome uses it too). */
export async function insertPromise(
  trx: Queryable,
  context: ServiceContext,
  input: PromiseInput,
): Promise<PromiseToPay> {
  await findDebtor(trx, input.debtorId);
  const snapshot = await debtorLedgerSnapshot(trx, input.debtorId, context.today());
  const open = openAmountOf(snapshot, input.invoiceIds);
  const errors = validatePromiseInput(input, context.today(), open);
  if (hasFieldErrors(errors)) throw validationError(errors);
  const row = await trx
    .insertInto('promises')
    .values({
      debtorId: input.debtorId,
      madeOn: input.madeOn,
      dueOn: input.dueOn,
      amountCents: input.amountCents,
      channel: input.channel,
      note: input.note?.trim() || null,
      cancelledOn: null,
      createdBy: context.actor,
      createdAt: context.now().toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (input.invoiceIds.length > 0) {
    await trx
      .insertInto('promiseInvoices')
      .values(input.invoiceIds.map((invoiceId) => ({ promiseId: row.id, invoiceId })))
      .execute();
  }
  const promise = await findPromise(trx, row.id);
  await recordChange(trx, context, {
    table: 'promises',
    rowId: row.id,
    action: 'insert',
    before: null,
    after: promise,
  });
  await appendEvent(trx, context, {
    debtorId: input.debtorId,
    kind: 'promise_added',
    summary:
      `Promesse de paiement de ${formatEuros(input.amountCents)} pour le ` +
      `${formatFrenchDate(input.dueOn)}`,
    invoiceIds: input.invoiceIds,
    details: { promiseId: row.id, channel: input.channel, note: promise.note },
  });
  return promise;
}

/** Records a promise to pay entered by hand; the relance pauses until its date. */
export async function createPromise(
  context: ServiceContext,
  input: PromiseInput,
): Promise<PromiseToPay> {
  return inTransaction(context, (trx) => insertPromise(trx, context, input));
}

/** Cancels a promise entered by mistake or withdrawn; the relance resumes. */
export async function cancelPromise(context: ServiceContext, id: number): Promise<PromiseToPay> {
  return inTransaction(context, async (trx) => {
    const before = await findPromise(trx, id);
    if (before.cancelledOn !== null) {
      throw new AppError('CONFLICT', 'Cette promesse est déjà annulée.');
    }
    await trx
      .updateTable('promises')
      .set({ cancelledOn: context.today() })
      .where('id', '=', id)
      .execute();
    const after = await findPromise(trx, id);
    await recordChange(trx, context, {
      table: 'promises',
      rowId: id,
      action: 'update',
      before,
      after,
    });
    await appendEvent(trx, context, {
      debtorId: before.debtorId,
      kind: 'promise_cancelled',
      summary: `Promesse du ${formatFrenchDate(before.dueOn)} annulée`,
      invoiceIds: before.invoiceIds,
      details: { promiseId: id },
    });
    return after;
  });
}
