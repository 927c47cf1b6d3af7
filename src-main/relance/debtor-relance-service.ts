import { formatFrenchDate } from '../../src-shared/dates/french-date';
import { recordChange } from '../audit/audit-trail';
import { findDebtor } from '../debtors/debtor-service';
import { notFound, validationError } from '../errors/app-error';
import { appendEvent } from '../timeline/timeline-repository';
import { inTransaction, type Queryable, type ServiceContext } from '../workspace/service-context';

/** A debtor's relance state as stored: the plan chosen by hand and a postponement. */
export interface DebtorRelanceRow {
  scenarioId: number | null;
  postponedUntil: string | null;
  postponeReason: string | null;
}

/** The stored relance state of a debtor, or its defaults. */
export async function readDebtorRelance(
  db: Queryable,
  debtorId: number,
): Promise<DebtorRelanceRow> {
  const row = await db
    .selectFrom('debtorRelance')
    .select(['scenarioId', 'postponedUntil', 'postponeReason'])
    .where('debtorId', '=', debtorId)
    .executeTakeFirst();
  return row ?? { scenarioId: null, postponedUntil: null, postponeReason: null };
}

/** Changes a debtor's relance state inside an open transaction, audited. */
export async function writeDebtorRelance(
  trx: Queryable,
  context: ServiceContext,
  debtorId: number,
  change: Partial<DebtorRelanceRow>,
): Promise<void> {
  const before = await readDebtorRelance(trx, debtorId);
  const after = { ...before, ...change };
  await trx
    .insertInto('debtorRelance')
    .values({ debtorId, ...after, updatedAt: context.now().toISOString() })
    .onConflict((conflict) =>
      conflict.column('debtorId').doUpdateSet({ ...after, updatedAt: context.now().toISOString() }),
    )
    .execute();
  await recordChange(trx, context, {
    table: 'debtor_relance',
    rowId: debtorId,
    action: 'update',
    before,
    after,
  });
}

/**
 * Chooses the plan de relance of a debtor by hand, or (null) hands it back
 * to the rules. Actions already done stay on its timeline and in its history.
 */
export async function setDebtorScenario(
  context: ServiceContext,
  debtorId: number,
  scenarioId: number | null,
): Promise<void> {
  await inTransaction(context, async (trx) => {
    await findDebtor(trx, debtorId);
    let name = 'choix automatique (règles)';
    if (scenarioId !== null) {
      const scenario = await trx
        .selectFrom('relanceScenarios')
        .select(['name', 'archived'])
        .where('id', '=', scenarioId)
        .executeTakeFirst();
      if (!scenario) throw notFound('Ce plan de relance');
      if (scenario.archived === 1) {
        throw validationError({
          scenarioId: 'Ce plan de relance est archivé : choisissez-en un autre.',
        });
      }
      name = `« ${scenario.name} »`;
    }
    const before = await readDebtorRelance(trx, debtorId);
    if (before.scenarioId === scenarioId) return;
    await writeDebtorRelance(trx, context, debtorId, { scenarioId });
    await appendEvent(trx, context, {
      debtorId,
      kind: 'relance_scenario_changed',
      summary: `Plan de relance : ${name}`,
      details: { from: before.scenarioId, to: scenarioId },
    });
  });
}

/** Names the person in charge of a debtor (or nobody). */
export async function setDebtorOwner(
  context: ServiceContext,
  debtorId: number,
  userId: number | null,
): Promise<void> {
  await inTransaction(context, async (trx) => {
    const debtor = await trx
      .selectFrom('debtors')
      .select(['id', 'ownerUserId'])
      .where('id', '=', debtorId)
      .executeTakeFirst();
    if (!debtor) throw notFound('Ce débiteur');
    let name = 'personne';
    if (userId !== null) {
      const user = await trx
        .selectFrom('appUsers')
        .select('name')
        .where('id', '=', userId)
        .executeTakeFirst();
      if (!user) throw notFound('Cet utilisateur');
      name = user.name;
    }
    if (debtor.ownerUserId === userId) return;
    await trx
      .updateTable('debtors')
      .set({ ownerUserId: userId })
      .where('id', '=', debtorId)
      .execute();
    await recordChange(trx, context, {
      table: 'debtors',
      rowId: debtorId,
      action: 'update',
      before: { ownerUserId: debtor.ownerUserId },
      after: { ownerUserId: userId },
    });
    await appendEvent(trx, context, {
      debtorId,
      kind: 'owner_changed',
      summary: `Suivi confié à ${name}`,
      details: { from: debtor.ownerUserId, to: userId },
    });
  });
}

/** Postpones the debtor's next relance to a date, with a reason, or lifts a postponement. */
export async function postponeRelance(
  context: ServiceContext,
  debtorId: number,
  until: string | null,
  reason: string | null,
): Promise<void> {
  if (until !== null && until <= context.today()) {
    throw validationError({ until: 'Choisissez une date après aujourd’hui.' });
  }
  await inTransaction(context, async (trx) => {
    await findDebtor(trx, debtorId);
    await writeDebtorRelance(trx, context, debtorId, {
      postponedUntil: until,
      postponeReason: reason?.trim() || null,
    });
    await appendEvent(trx, context, {
      debtorId,
      kind: 'relance_postponed',
      summary:
        until === null
          ? 'Report de la relance levé'
          : `Relance reportée au ` +
            `${formatFrenchDate(until)}${reason?.trim() ? ` : ${reason.trim()}` : ''}`,
      details: { until, reason: reason?.trim() || null },
    });
  });
}
