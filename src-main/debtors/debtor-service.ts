import type { Debtor, DebtorInput } from '../../src-shared/domain/debtor';
import { normaliseDebtorInput, validateDebtorInput } from '../../src-shared/domain/debtor-rules';
import { hasFieldErrors } from '../../src-shared/domain/field-errors';
import { recordChange } from '../audit/audit-trail';
import { notFound, validationError } from '../errors/app-error';
import { appendEvent } from '../timeline/timeline-repository';
import { inTransaction, type Queryable, type ServiceContext } from '../workspace/service-context';
import { toDebtor, toDebtorColumns } from './debtor-rows';

/** Loads one debtor, archived or not. */
export async function findDebtor(db: Queryable, id: number): Promise<Debtor> {
  const row = await db.selectFrom('debtors').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Ce débiteur');
  return toDebtor(row);
}

function checkedInput(input: DebtorInput): DebtorInput {
  const normalised = normaliseDebtorInput(input);
  const errors = validateDebtorInput(normalised);
  if (hasFieldErrors(errors)) throw validationError(errors);
  return normalised;
}

/** Creates a debtor after validating it; the creation is audited and starts its timeline. */
export async function createDebtor(
  context: ServiceContext,
  input: DebtorInput,
  externalRef: string | null = null,
): Promise<Debtor> {
  const checked = checkedInput(input);
  return inTransaction(context, async (trx) => {
    const now = context.now().toISOString();
    const row = await trx
      .insertInto('debtors')
      .values({
        ...toDebtorColumns(checked),
        externalRef,
        archived: 0,
        createdAt: now,
        updatedAt: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const debtor = toDebtor(row);
    await recordChange(trx, context, {
      table: 'debtors',
      rowId: debtor.id,
      action: 'insert',
      before: null,
      after: debtor,
    });
    await appendEvent(trx, context, {
      debtorId: debtor.id,
      kind: 'debtor_created',
      summary: 'Dossier débiteur créé',
    });
    return debtor;
  });
}

/** Replaces a debtor's identity with the edited input. */
export async function updateDebtor(
  context: ServiceContext,
  id: number,
  input: DebtorInput,
): Promise<Debtor> {
  const checked = checkedInput(input);
  return inTransaction(context, async (trx) => {
    const before = await findDebtor(trx, id);
    const row = await trx
      .updateTable('debtors')
      .set({ ...toDebtorColumns(checked), updatedAt: context.now().toISOString() })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const after = toDebtor(row);
    await recordChange(trx, context, {
      table: 'debtors',
      rowId: id,
      action: 'update',
      before,
      after,
    });
    await appendEvent(trx, context, {
      debtorId: id,
      kind: 'debtor_updated',
      summary: 'Fiche débiteur modifiée',
      details: { fields: changedFields(before, after) },
    });
    return after;
  });
}

/** Archives (or restores) a debtor: nothing is deleted, it only leaves the default list. */
export async function setDebtorArchived(
  context: ServiceContext,
  id: number,
  archived: boolean,
): Promise<Debtor> {
  return inTransaction(context, async (trx) => {
    const before = await findDebtor(trx, id);
    const now = context.now().toISOString();
    const row = await trx
      .updateTable('debtors')
      .set({ archived: archived ? 1 : 0, archivedAt: archived ? now : null, updatedAt: now })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const after = toDebtor(row);
    await recordChange(trx, context, {
      table: 'debtors',
      rowId: id,
      action: archived ? 'archive' : 'restore',
      before,
      after,
    });
    await appendEvent(trx, context, {
      debtorId: id,
      kind: archived ? 'debtor_archived' : 'debtor_restored',
      summary: archived ? 'Dossier archivé' : 'Dossier réactivé',
    });
    return after;
  });
}

const IGNORED_FIELDS = new Set(['updatedAt', 'createdAt']);

function changedFields(before: Debtor, after: Debtor): string[] {
  return (Object.keys(after) as (keyof Debtor)[]).filter(
    (key) => !IGNORED_FIELDS.has(key) && JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
}
