import { formatFrenchDate } from '../../src-shared/dates/french-date';
import type {
  LegalOptions,
  LegalSettings,
  UserEcbRateInput,
  UserLegalRateInput,
} from '../../src-shared/domain/legal-settings';
import { isHalfYearStart } from '../../src-shared/legal/half-year';
import { b2bRateOn, legalRateForHalfYear } from '../../src-shared/legal/rate-tables';
import { recordChange } from '../audit/audit-trail';
import { AppError, validationError } from '../errors/app-error';
import { inTransaction, type ServiceContext } from '../workspace/service-context';
import { shippedLegalData } from './legal-assets';
import { LEGAL_OPTION_KEYS, loadCourts, loadRateTables, readLegalOptions } from './legal-tables';

// The audit trail wants a numeric row id; a rate row is keyed by its date, so 2026-07-01 is
// recorded as row 20260701.
const dateRowId = (date: string) => Number(date.replace(/-/g, ''));

// No taux légal nor ECB rate has come near 30 % (the highest shipped is 8,16 %): above it, the
// figure is a typing slip (999 for 9,99), refused before it feeds every computation.
const MAX_RATE_BP = 3000;

function rateRefusal(field: string, rateBp: number, minBp: 0 | 1): Record<string, string> | null {
  if (rateBp >= minBp && rateBp <= MAX_RATE_BP) return null;
  return {
    [field]:
      minBp === 0
        ? 'Le taux doit être compris entre 0 % et 30 % : vérifiez la saisie (ex. 2,15).'
        : 'Le taux doit être supérieur à 0 % et au plus de 30 % : vérifiez la saisie (ex. 2,62).',
  };
}

/** The options and the merged tables, with what a computation as of today still lacks. */
export async function getLegalSettings(context: ServiceContext): Promise<LegalSettings> {
  const db = context.database.db;
  const [options, tables, courts] = await Promise.all([
    readLegalOptions(db),
    loadRateTables(db),
    loadCourts(db),
  ]);
  const today = context.today();
  const missing: string[] = [];
  const b2b = b2bRateOn(tables, today);
  if (!b2b.ok) missing.push(b2b.error.message);
  const legal = legalRateForHalfYear(tables, today, 'autresCas');
  if (!legal.ok) missing.push(legal.error.message);
  return {
    options,
    legalRates: [...tables.legalRates],
    ecbRates: [...tables.ecbRates],
    ecbConfirmedThrough: tables.ecbConfirmedThrough,
    courts,
    missing,
  };
}

/** Saves the day count, the contractual rate and the mise en demeure deadline. */
export async function updateLegalOptions(
  context: ServiceContext,
  options: LegalOptions,
): Promise<LegalOptions> {
  if (options.miseEnDemeureDays < 1 || options.miseEnDemeureDays > 90) {
    throw validationError({
      miseEnDemeureDays: 'Le délai de paiement de la mise en demeure va de 1 à 90 jours.',
    });
  }
  if (options.contractualRateBp !== null && options.contractualRateBp <= 0) {
    throw validationError({
      contractualRateBp:
        'Un taux contractuel de 0 % est refusé : indiquez le taux de vos conditions générales, ' +
        'ou laissez le champ vide pour appliquer le taux légal (BCE + 10 points).',
    });
  }
  if (options.contractualRateBp !== null && options.contractualRateBp > 10_000) {
    throw validationError({
      contractualRateBp: 'Un taux contractuel de plus de 100 % est refusé.',
    });
  }
  return inTransaction(context, async (trx) => {
    const before = await readLegalOptions(trx);
    const values: [string, string | null][] = [
      [LEGAL_OPTION_KEYS.dayCount, options.dayCount],
      [
        LEGAL_OPTION_KEYS.contractualRateBp,
        options.contractualRateBp === null ? null : String(options.contractualRateBp),
      ],
      [LEGAL_OPTION_KEYS.miseEnDemeureDays, String(options.miseEnDemeureDays)],
    ];
    for (const [key, value] of values) {
      await trx.deleteFrom('settings').where('key', '=', key).execute();
      if (value !== null) await trx.insertInto('settings').values({ key, value }).execute();
    }
    await recordChange(trx, context, {
      table: 'settings',
      rowId: 0,
      action: 'update',
      before,
      after: options,
    });
    return readLegalOptions(trx);
  });
}

/** Adds (or corrects) a half-year's taux de l'intérêt légal typed by the user. */
export async function saveUserLegalRate(
  context: ServiceContext,
  input: UserLegalRateInput,
): Promise<void> {
  if (!isHalfYearStart(input.start)) {
    throw validationError({
      start:
        'Un taux de l’intérêt légal vaut pour un semestre : choisissez le 1er janvier ou le 1er ' +
        'juillet.',
    });
  }
  const outOfRange = {
    ...rateRefusal('personnePhysiqueBp', input.personnePhysiqueBp, 1),
    ...rateRefusal('autresCasBp', input.autresCasBp, 1),
  };
  if (Object.keys(outOfRange).length > 0) throw validationError(outOfRange);
  if (!input.source.trim()) {
    throw validationError({ source: 'Indiquez la source (arrêté, Journal officiel…).' });
  }
  await inTransaction(context, async (trx) => {
    const before = await trx
      .selectFrom('userLegalRates')
      .selectAll()
      .where('start', '=', input.start)
      .executeTakeFirst();
    const row = { ...input, source: input.source.trim() };
    await trx.deleteFrom('userLegalRates').where('start', '=', input.start).execute();
    await trx
      .insertInto('userLegalRates')
      .values({ ...row, createdBy: context.actor, createdAt: context.now().toISOString() })
      .execute();
    await recordChange(trx, context, {
      table: 'user_legal_rates',
      rowId: dateRowId(input.start),
      action: before ? 'update' : 'insert',
      before: before ?? null,
      after: row,
    });
  });
}

/** Adds (or corrects) the ECB rate in force from a day. */
export async function saveUserEcbRate(
  context: ServiceContext,
  input: UserEcbRateInput,
): Promise<void> {
  const firstShipped = shippedLegalData().tables.ecbRates[0]?.effective ?? '';
  if (input.effective < firstShipped) {
    throw validationError({
      effective: `Les taux antérieurs au ${formatFrenchDate(firstShipped)} ne sont pas utilisés.`,
    });
  }
  // The MRO rate was 0,00 % from March 2016 to July 2022 (shipped table): 0 is a real value.
  const outOfRange = rateRefusal('rateBp', input.rateBp, 0);
  if (outOfRange) throw validationError(outOfRange);
  if (!input.source.trim()) {
    throw validationError({
      source: 'Indiquez la source (décision de la BCE, Banque de France…).',
    });
  }
  await inTransaction(context, async (trx) => {
    const before = await trx
      .selectFrom('userEcbRates')
      .selectAll()
      .where('effective', '=', input.effective)
      .executeTakeFirst();
    const row = { ...input, source: input.source.trim() };
    await trx.deleteFrom('userEcbRates').where('effective', '=', input.effective).execute();
    await trx
      .insertInto('userEcbRates')
      .values({ ...row, createdBy: context.actor, createdAt: context.now().toISOString() })
      .execute();
    await recordChange(trx, context, {
      table: 'user_ecb_rates',
      rowId: dateRowId(input.effective),
      action: before ? 'update' : 'insert',
      before: before ?? null,
      after: row,
    });
  });
}

/** Removes a rate the user had typed; the shipped row, if any, applies again. */
export async function removeUserRate(
  context: ServiceContext,
  table: 'legal' | 'ecb',
  date: string,
): Promise<void> {
  await inTransaction(context, async (trx) => {
    const before =
      table === 'legal'
        ? await trx
            .selectFrom('userLegalRates')
            .selectAll()
            .where('start', '=', date)
            .executeTakeFirst()
        : await trx
            .selectFrom('userEcbRates')
            .selectAll()
            .where('effective', '=', date)
            .executeTakeFirst();
    if (!before) {
      throw new AppError('NOT_FOUND', `Aucun taux saisi au ${formatFrenchDate(date)}.`);
    }
    if (table === 'legal')
      await trx.deleteFrom('userLegalRates').where('start', '=', date).execute();
    else await trx.deleteFrom('userEcbRates').where('effective', '=', date).execute();
    await recordChange(trx, context, {
      table: table === 'legal' ? 'user_legal_rates' : 'user_ecb_rates',
      rowId: dateRowId(date),
      action: 'archive',
      before,
      after: null,
    });
  });
}

/** Saves the address of a court's greffe, or goes back to the shipped one when empty. */
export async function saveCourtAddress(
  context: ServiceContext,
  code: string,
  address: string,
): Promise<void> {
  if (!shippedLegalData().courts.some((court) => court.code === code)) {
    throw new AppError('NOT_FOUND', 'Ce tribunal est introuvable.');
  }
  await inTransaction(context, async (trx) => {
    const before = await trx
      .selectFrom('courtAddresses')
      .selectAll()
      .where('code', '=', code)
      .executeTakeFirst();
    await trx.deleteFrom('courtAddresses').where('code', '=', code).execute();
    const clean = address.trim();
    if (clean) {
      await trx
        .insertInto('courtAddresses')
        .values({
          code,
          address: clean,
          updatedBy: context.actor,
          updatedAt: context.now().toISOString(),
        })
        .execute();
    }
    await recordChange(trx, context, {
      table: 'court_addresses',
      rowId: 0,
      action: 'update',
      before: before ?? { code, address: null },
      after: { code, address: clean || null },
    });
  });
}
