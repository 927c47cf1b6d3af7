import type { JudgeKind } from '../../src-shared/legal/cerfa-forms';
import type { ClaimNature } from '../../src-shared/legal/competent-court';
import { recordChange } from '../audit/audit-trail';
import { findDebtor } from '../debtors/debtor-service';
import { AppError, validationError } from '../errors/app-error';
import { inTransaction, type ServiceContext } from '../workspace/service-context';
import { claimNatureOf, communeOf, forumOf, resolveCourt } from './court-service';

/** Sets the nature of a debtor's claim, which decides the court and the Cerfa form. */
export async function setClaimNature(
  context: ServiceContext,
  debtorId: number,
  nature: ClaimNature,
): Promise<void> {
  await inTransaction(context, async (trx) => {
    const debtor = await findDebtor(trx, debtorId);
    const before = await claimNatureOf(trx, debtor);
    await trx.deleteFrom('debtorLegalProfiles').where('debtorId', '=', debtorId).execute();
    await trx
      .insertInto('debtorLegalProfiles')
      .values({
        debtorId,
        claimNature: nature,
        updatedBy: context.actor,
        updatedAt: context.now().toISOString(),
      })
      .execute();
    await recordChange(trx, context, {
      table: 'debtor_legal_profiles',
      rowId: debtorId,
      action: 'update',
      before: { claimNature: before.nature },
      after: { claimNature: nature },
    });
  });
}

/** Keeps, for the debtor's commune, the court the user picked among the candidates. */
export async function chooseCourt(
  context: ServiceContext,
  debtorId: number,
  courtCode: string,
): Promise<void> {
  await inTransaction(context, async (trx) => {
    const debtor = await findDebtor(trx, debtorId);
    const { nature } = await claimNatureOf(trx, debtor);
    const resolution = await resolveCourt(trx, debtor, nature);
    if (resolution.status !== 'choose') {
      throw new AppError('CONFLICT', "Le tribunal de cette commune n'est pas à choisir.");
    }
    if (!resolution.candidates.some((candidate) => candidate.code === courtCode)) {
      throw validationError({ courtCode: 'Choisissez un des tribunaux proposés.' });
    }
    await saveChoice(context, trx, debtor, forumOf(nature), {
      courtCode,
      courtName: null,
      courtAddress: null,
      judge: null,
    });
  });
}

/** Keeps, for a commune outside the data, the court the user typed. */
export async function setManualCourt(
  context: ServiceContext,
  debtorId: number,
  court: { name: string; address: string; judge: JudgeKind },
): Promise<void> {
  const name = court.name.trim();
  if (!name) throw validationError({ name: 'Indiquez le nom du tribunal.' });
  await inTransaction(context, async (trx) => {
    const debtor = await findDebtor(trx, debtorId);
    const { nature } = await claimNatureOf(trx, debtor);
    const resolution = await resolveCourt(trx, debtor, nature);
    if (resolution.status === 'found' && resolution.source !== 'manual') {
      throw new AppError(
        'CONFLICT',
        "Le tribunal de cette commune est connu de l'application : il n'est pas à saisir.",
      );
    }
    await saveChoice(context, trx, debtor, forumOf(nature), {
      courtCode: null,
      courtName: name,
      courtAddress: court.address.trim() || null,
      judge: court.judge,
    });
  });
}

/** Forgets the court kept for the debtor's commune, so that it is asked again. */
export async function forgetCourtChoice(context: ServiceContext, debtorId: number): Promise<void> {
  await inTransaction(context, async (trx) => {
    const debtor = await findDebtor(trx, debtorId);
    const { postalCode, communeKey } = communeOf(debtor);
    const rows = await trx
      .selectFrom('courtChoices')
      .selectAll()
      .where('postalCode', '=', postalCode)
      .where('communeKey', '=', communeKey)
      .execute();
    for (const row of rows) {
      await trx.deleteFrom('courtChoices').where('id', '=', row.id).execute();
      await recordChange(trx, context, {
        table: 'court_choices',
        rowId: row.id,
        action: 'archive',
        before: row,
        after: null,
      });
    }
  });
}

type Trx = Parameters<Parameters<typeof inTransaction>[1]>[0];

async function saveChoice(
  context: ServiceContext,
  trx: Trx,
  debtor: { postalCode: string; city: string },
  forum: 'commercial' | 'judiciaire',
  court: {
    courtCode: string | null;
    courtName: string | null;
    courtAddress: string | null;
    judge: JudgeKind | null;
  },
): Promise<void> {
  const commune = communeOf(debtor);
  await trx
    .deleteFrom('courtChoices')
    .where('postalCode', '=', commune.postalCode)
    .where('communeKey', '=', commune.communeKey)
    .where('forum', '=', forum)
    .execute();
  const row = {
    ...commune,
    city: debtor.city.trim(),
    forum,
    ...court,
    chosenBy: context.actor,
    chosenAt: context.now().toISOString(),
  };
  const inserted = await trx
    .insertInto('courtChoices')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  await recordChange(trx, context, {
    table: 'court_choices',
    rowId: inserted.id,
    action: 'insert',
    before: null,
    after: row,
  });
}
