import { DEFAULT_LEGAL_OPTIONS, type LegalOptions } from '../../src-shared/domain/legal-settings';
import { withUserCourtAddresses, type CourtRow } from '../../src-shared/legal/court-rows';
import type { DayCountSetting } from '../../src-shared/legal/day-count';
import { mergeUserRates, type RateTables } from '../../src-shared/legal/rate-tables';
import type { Queryable } from '../workspace/service-context';
import { shippedLegalData } from './legal-assets';

/** The keys of the `settings` table this feature owns. */
export const LEGAL_OPTION_KEYS = {
  dayCount: 'legal.dayCount',
  contractualRateBp: 'legal.contractualRateBp',
  miseEnDemeureDays: 'legal.miseEnDemeureDays',
} as const;

/** The creditor's legal options, defaults where nothing was saved. */
export async function readLegalOptions(db: Queryable): Promise<LegalOptions> {
  const rows = await db
    .selectFrom('settings')
    .selectAll()
    .where('key', 'in', Object.values(LEGAL_OPTION_KEYS))
    .execute();
  const value = (key: string) => rows.find((row) => row.key === key)?.value;
  const dayCount = value(LEGAL_OPTION_KEYS.dayCount);
  const rate = value(LEGAL_OPTION_KEYS.contractualRateBp);
  const days = value(LEGAL_OPTION_KEYS.miseEnDemeureDays);
  return {
    dayCount: dayCount === 'actual' || dayCount === '365' ? (dayCount as DayCountSetting) : '365',
    contractualRateBp: rate ? Number(rate) : DEFAULT_LEGAL_OPTIONS.contractualRateBp,
    miseEnDemeureDays: days ? Number(days) : DEFAULT_LEGAL_OPTIONS.miseEnDemeureDays,
  };
}

/** The shipped rate tables completed by the rates the user typed in the settings. */
export async function loadRateTables(db: Queryable): Promise<RateTables> {
  const [legalRates, ecbRates] = await Promise.all([
    db.selectFrom('userLegalRates').selectAll().execute(),
    db.selectFrom('userEcbRates').selectAll().execute(),
  ]);
  return mergeUserRates(shippedLegalData().tables, {
    legalRates: legalRates.map(({ start, personnePhysiqueBp, autresCasBp, source }) => ({
      start,
      personnePhysiqueBp,
      autresCasBp,
      source,
    })),
    ecbRates: ecbRates.map(({ effective, rateBp, source }) => ({ effective, rateBp, source })),
  });
}

/** The Île-de-France courts with the addresses the user typed in place of the shipped ones. */
export async function loadCourts(db: Queryable): Promise<CourtRow[]> {
  const addresses = await db.selectFrom('courtAddresses').select(['code', 'address']).execute();
  return withUserCourtAddresses(shippedLegalData().courts, addresses);
}
