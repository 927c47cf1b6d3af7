import { formatFrenchDate } from '../../src-shared/dates/french-date';
import type { Debtor } from '../../src-shared/domain/debtor';
import type {
  CourtForum,
  CourtResolution,
  ResolvedCourt,
} from '../../src-shared/domain/legal-view';
import { cerfaForJudge, type JudgeKind } from '../../src-shared/legal/cerfa-forms';
import {
  communeKey,
  competentCourt,
  type ClaimNature,
} from '../../src-shared/legal/competent-court';
import type { CourtRow } from '../../src-shared/legal/court-rows';
import type { Queryable } from '../workspace/service-context';
import { loadCourts } from './legal-tables';

/** The nature of a debtor's claim: the user's choice, or the default of its kind. */
export async function claimNatureOf(
  db: Queryable,
  debtor: Pick<Debtor, 'id' | 'kind'>,
): Promise<{ nature: ClaimNature; isDefault: boolean }> {
  const profile = await db
    .selectFrom('debtorLegalProfiles')
    .select('claimNature')
    .where('debtorId', '=', debtor.id)
    .executeTakeFirst();
  if (profile) return { nature: profile.claimNature, isDefault: false };
  return { nature: debtor.kind === 'entreprise' ? 'commercial' : 'civil', isDefault: true };
}

/** Commercial claims go to the TC or TAE; civil and protection ones to the tribunal judiciaire. */
export function forumOf(nature: ClaimNature): CourtForum {
  return nature === 'commercial' ? 'commercial' : 'judiciaire';
}

/** The commune key a court choice is stored under. */
export function communeOf(debtor: Pick<Debtor, 'postalCode' | 'city'>) {
  return { postalCode: debtor.postalCode.trim(), communeKey: communeKey(debtor.city) };
}

/** Which court hears a requête against this debtor, and why (CPC 1406). */
export async function resolveCourt(
  db: Queryable,
  debtor: Pick<Debtor, 'postalCode' | 'city'>,
  nature: ClaimNature,
): Promise<CourtResolution> {
  const [courts, choices] = await Promise.all([
    loadCourts(db),
    db
      .selectFrom('courtChoices')
      .selectAll()
      .where('postalCode', '=', communeOf(debtor).postalCode)
      .where('communeKey', '=', communeOf(debtor).communeKey)
      .execute(),
  ]);
  // A chosen tribunal judiciaire settles both forums; list it first.
  const remembered = choices
    .filter((choice) => choice.courtCode !== null)
    .sort((a, b) => (a.forum === 'judiciaire' ? -1 : 0) - (b.forum === 'judiciaire' ? -1 : 0))
    .map((choice) => ({
      inseeCode: null,
      postalCode: choice.postalCode,
      city: debtor.city,
      courtCode: choice.courtCode!,
    }));
  const result = competentCourt({
    postalCode: debtor.postalCode,
    city: debtor.city,
    nature,
    courts,
    rememberedChoices: remembered,
  });

  if (result.status === 'found') {
    return {
      status: 'found',
      court: resolvedFromRow(result.court, result.judge),
      explanation: result.explanation,
      caveats: result.caveats,
      source: result.fromRememberedChoice ? 'choice' : 'data',
    };
  }
  if (result.status === 'choose') {
    return {
      status: 'choose',
      candidates: result.candidates.map(({ code, name, seat }) => ({ code, name, seat })),
      reason: result.reason,
    };
  }
  const manual = choices.find((choice) => choice.forum === forumOf(nature) && choice.courtName);
  if (!manual) return result;
  const judge: JudgeKind = manual.judge ?? (nature === 'commercial' ? 'tc' : 'tj');
  return {
    status: 'found',
    court: {
      code: null,
      name: manual.courtName!,
      address: manual.courtAddress,
      addressVerified: false,
      judge,
      cerfa: cerfaForJudge(judge),
    },
    explanation:
      `${result.reason} Tribunal saisi à la main pour cette commune le ` +
      `${formatFrenchDate(manual.chosenAt.slice(0, 10))} par ${manual.chosenBy}.`,
    caveats: [
      "Ce tribunal a été saisi à la main : vérifiez qu'il est bien celui du domicile ou du " +
        'siège du débiteur (CPC art. 1406).',
    ],
    source: 'manual',
  };
}

/** A shipped court row as the documents print it. */
export function resolvedFromRow(court: CourtRow, judge: JudgeKind): ResolvedCourt {
  return {
    code: court.code,
    name:
      judge === 'jcp'
        ? `Juge des contentieux de la protection du ` +
          `${court.name.charAt(0).toLowerCase()}${court.name.slice(1)}`
        : court.name,
    address: court.address,
    addressVerified: court.addressVerified || court.addressOrigin === 'user',
    judge,
    cerfa: cerfaForJudge(judge),
  };
}
