import type { Cents } from '../../src-shared/money/cents';
import { formatEuros } from '../../src-shared/money/format-amount';
import { recordChange } from '../audit/audit-trail';
import { findDebtor } from '../debtors/debtor-service';
import { AppError, validationError } from '../errors/app-error';
import { appendEvent } from '../timeline/timeline-repository';
import { inTransaction, type ServiceContext } from '../workspace/service-context';

/** What a user types to set a debtor's credit limit; null goes back to the suggested one. */
export interface CreditLimitInput {
  debtorId: number;
  limitCents: Cents | null;
  note: string | null;
}

// Above a billion euros a limit is a typing mistake, not a decision.
const LARGEST_LIMIT_CENTS = 100_000_000_000;

/**
 * Sets (or, with null, removes) the credit limit a user chose for a debtor. The change is
 * audited and written on the debtor's timeline with who made it.
 */
export async function setCreditLimit(
  context: ServiceContext,
  input: CreditLimitInput,
): Promise<void> {
  if (input.limitCents !== null && input.limitCents < 0) {
    throw validationError({ limitCents: 'Le plafond doit être un montant positif ou nul.' });
  }
  if (input.limitCents !== null && input.limitCents > LARGEST_LIMIT_CENTS) {
    throw validationError({
      limitCents: 'Ce plafond dépasse un milliard d’euros : vérifiez le montant saisi.',
    });
  }
  const note = input.note?.trim() || null;
  await inTransaction(context, async (trx) => {
    const debtor = await findDebtor(trx, input.debtorId);
    if (debtor.archived) {
      throw new AppError(
        'CONFLICT',
        'Ce débiteur est archivé : réactivez-le avant de changer son plafond de crédit.',
      );
    }
    const before =
      (await trx
        .selectFrom('creditLimits')
        .selectAll()
        .where('debtorId', '=', input.debtorId)
        .executeTakeFirst()) ?? null;
    const setAt = context.now().toISOString();
    let after = null;
    if (input.limitCents === null) {
      await trx.deleteFrom('creditLimits').where('debtorId', '=', input.debtorId).execute();
    } else {
      after = {
        debtorId: input.debtorId,
        limitCents: input.limitCents,
        note,
        setBy: context.actor,
        setAt,
      };
      await trx
        .insertInto('creditLimits')
        .values(after)
        .onConflict((conflict) =>
          conflict.column('debtorId').doUpdateSet({
            limitCents: input.limitCents as number,
            note,
            setBy: context.actor,
            setAt,
          }),
        )
        .execute();
    }
    if (before === null && after === null) return;
    await recordChange(trx, context, {
      table: 'credit_limits',
      rowId: input.debtorId,
      action: before === null ? 'insert' : 'update',
      before,
      after,
    });
    await appendEvent(trx, context, {
      debtorId: input.debtorId,
      kind: 'credit_limit_set',
      summary:
        input.limitCents === null
          ? 'Plafond de crédit manuel retiré : le plafond suggéré s’applique'
          : `Plafond de crédit fixé à ${formatEuros(input.limitCents)}${note ? ` (${note})` : ''}`,
      details: { limitCents: input.limitCents, previousCents: before?.limitCents ?? null },
    });
  });
}
