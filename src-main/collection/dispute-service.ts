import {
  validateDisputeClosing,
  validateDisputeInput,
  type DisputeClosing,
  type DisputeInput,
} from '../../src-shared/domain/collection-rules';
import {
  DISPUTE_OUTCOME_LABELS,
  DISPUTE_REASON_LABELS,
  type Dispute,
} from '../../src-shared/domain/dispute';
import { hasFieldErrors } from '../../src-shared/domain/field-errors';
import { recordChange } from '../audit/audit-trail';
import { findDebtor } from '../debtors/debtor-service';
import { AppError, notFound, validationError } from '../errors/app-error';
import { appendEvent } from '../timeline/timeline-repository';
import { inTransaction, type Queryable, type ServiceContext } from '../workspace/service-context';
import { loadDisputes } from './collection-queries';
import { debtorLedgerSnapshot, openAmountOf } from './open-invoices';

async function findDispute(db: Queryable, id: number): Promise<Dispute> {
  const row = await db
    .selectFrom('disputes')
    .select('debtorId')
    .where('id', '=', id)
    .executeTakeFirst();
  const dispute = row && (await loadDisputes(db, row.debtorId)).find((d) => d.id === id);
  if (!dispute) throw notFound('Ce litige');
  return dispute;
}

/** Opens a dispute inside an open transaction (a call's outcome uses it too). */
export async function insertDispute(
  trx: Queryable,
  context: ServiceContext,
  input: DisputeInput,
): Promise<Dispute> {
  await findDebtor(trx, input.debtorId);
  const errors = validateDisputeInput(input, context.today());
  if (hasFieldErrors(errors)) throw validationError(errors);
  const snapshot = await debtorLedgerSnapshot(trx, input.debtorId, context.today());
  openAmountOf(snapshot, input.invoiceIds);
  if (input.ownerUserId !== null) {
    const owner = await trx
      .selectFrom('appUsers')
      .select('id')
      .where('id', '=', input.ownerUserId)
      .executeTakeFirst();
    if (!owner) throw validationError({ ownerUserId: 'Cet utilisateur est introuvable.' });
  }
  const row = await trx
    .insertInto('disputes')
    .values({
      debtorId: input.debtorId,
      reason: input.reason,
      description: input.description?.trim() || null,
      ownerUserId: input.ownerUserId,
      openedOn: input.openedOn,
      closedOn: null,
      outcome: null,
      createdBy: context.actor,
      createdAt: context.now().toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('disputeInvoices')
    .values(input.invoiceIds.map((invoiceId) => ({ disputeId: row.id, invoiceId })))
    .execute();
  const dispute = await findDispute(trx, row.id);
  await recordChange(trx, context, {
    table: 'disputes',
    rowId: row.id,
    action: 'insert',
    before: null,
    after: dispute,
  });
  const numbers = snapshot.invoices
    .filter((i) => input.invoiceIds.includes(i.id))
    .map((i) => i.number);
  await appendEvent(trx, context, {
    debtorId: input.debtorId,
    kind: 'dispute_opened',
    summary: `Litige ouvert (${DISPUTE_REASON_LABELS[input.reason]}) sur ${numbers.join(', ')}`,
    invoiceIds: input.invoiceIds,
    details: { disputeId: row.id, description: dispute.description },
  });
  return dispute;
}

/** Opens a dispute: its invoices leave the relance until it is closed. */
export async function openDispute(context: ServiceContext, input: DisputeInput): Promise<Dispute> {
  return inTransaction(context, (trx) => insertDispute(trx, context, input));
}

/**
 * Closes a dispute with its outcome; what is still open on its invoices goes back to the relance.
 */
export async function closeDispute(
  context: ServiceContext,
  id: number,
  closing: DisputeClosing,
): Promise<Dispute> {
  return inTransaction(context, async (trx) => {
    const before = await findDispute(trx, id);
    if (before.closedOn !== null) throw new AppError('CONFLICT', 'Ce litige est déjà clos.');
    const errors = validateDisputeClosing(closing, before.openedOn, context.today());
    if (hasFieldErrors(errors)) throw validationError(errors);
    await trx
      .updateTable('disputes')
      .set({ closedOn: closing.closedOn, outcome: closing.outcome })
      .where('id', '=', id)
      .execute();
    const after = await findDispute(trx, id);
    await recordChange(trx, context, {
      table: 'disputes',
      rowId: id,
      action: 'update',
      before,
      after,
    });
    await appendEvent(trx, context, {
      debtorId: before.debtorId,
      kind: 'dispute_closed',
      summary: `Litige clos : ${DISPUTE_OUTCOME_LABELS[closing.outcome]}`,
      invoiceIds: before.invoiceIds,
      details: { disputeId: id, outcome: closing.outcome },
    });
    return after;
  });
}
