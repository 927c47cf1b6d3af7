import { toSearchKey } from '../text/search-key';
import { departementFromPostalCode, ILE_DE_FRANCE_DEPARTEMENTS } from '../validators/postal-code';
import { cerfaForJudge, type CerfaForm, type JudgeKind } from './cerfa-forms';
import type { CourtRow } from './court-rows';

/**
 * `commercial`: between commerçants or commercial companies for their trade; `civil`: any other
 * debtor (a consumer, an association); `protection`: consumer credit, residential lease and the
 * other matters of the juge des contentieux de la protection.
 */
export type ClaimNature = 'commercial' | 'civil' | 'protection';

/** A court the user picked for a commune the data cannot place, kept for the next time. */
export interface RememberedCourtChoice {
  inseeCode: string | null;
  postalCode: string;
  city: string;
  /** A TJ code, or a TC / TAE code greffe. */
  courtCode: string;
}

/** The debtor's address and the nature of the claim. */
export interface CompetentCourtInput {
  postalCode: string;
  city: string;
  inseeCode?: string | null;
  nature: ClaimNature;
  courts: readonly CourtRow[];
  rememberedChoices?: readonly RememberedCourtChoice[];
}

/** The competent court, the courts to choose from, or a reason to search by hand. */
export type CompetentCourtResult =
  | {
      status: 'found';
      court: CourtRow;
      judge: JudgeKind;
      cerfa: CerfaForm;
      explanation: string;
      caveats: string[];
      /** True when a court the user picked for the commune decided it, not the data. */
      fromRememberedChoice: boolean;
    }
  | { status: 'choose'; candidates: CourtRow[]; reason: string }
  | { status: 'manual'; reason: string };

const OFFICIAL_LIST =
  '« Liste des juridictions compétentes pour les communes de France » (data.gouv.fr)';

/** The Île-de-France court for a requête en injonction de payer (CPC 1406), with its reason. */
export function competentCourt(input: CompetentCourtInput): CompetentCourtResult {
  // The INSEE code is exact; a postal code near a border can belong to the next département.
  const departement =
    (input.inseeCode ? departementFromInsee(input.inseeCode) : null) ??
    departementFromPostalCode(input.postalCode);
  if (!departement) {
    return {
      status: 'manual',
      reason:
        `Le code postal « ${input.postalCode} » n'est pas valide : ` +
        "corrigez l'adresse du débiteur.",
    };
  }
  const idf = ILE_DE_FRANCE_DEPARTEMENTS.find((entry) => entry.code === departement);
  if (!idf) {
    return {
      status: 'manual',
      reason:
        `Le débiteur est situé hors d'Île-de-France (département ${departement}) : ` +
        "l'application ne connaît que les tribunaux des huit départements franciliens. " +
        `Cherchez le tribunal de sa commune dans la ${OFFICIAL_LIST} et saisissez-le à la main.`,
    };
  }

  const place = `${input.city.trim() || idf.name} (${departement})`;
  const inDepartement = input.courts.filter(
    (court) => court.kind === 'tj' && court.departement === departement,
  );
  // The data decides a seat commune; a choice kept for it (made before) no longer applies.
  const seat = seatCourt(inDepartement, input.city);
  const remembered = seat
    ? undefined
    : (input.rememberedChoices ?? []).find((choice) => sameCommune(choice, input));
  const judicialCourts = seat
    ? [seat]
    : narrowJudicialCourts(
        inDepartement,
        remembered ? input.courts.find((court) => court.code === remembered.courtCode) : undefined,
      );
  const candidates =
    input.nature === 'commercial'
      ? input.courts.filter(
          (court) =>
            court.kind !== 'tj' &&
            court.judicialCourtCodes.some((code) => judicialCourts.some((tj) => tj.code === code)),
        )
      : judicialCourts;

  const [court, ...others] = candidates;
  if (!court) {
    return {
      status: 'manual',
      reason:
        `Aucun tribunal du département ${departement} dans les données : ` +
        'saisissez-le à la main.',
    };
  }
  if (others.length > 0) {
    return {
      status: 'choose',
      candidates,
      reason:
        `Le tribunal compétent pour ${place} ne peut pas être déterminé : le département ` +
        `compte plusieurs tribunaux (${candidates.map((c) => c.seat).join(', ')}) et la ` +
        "répartition des communes n'est pas dans les données de l'application. Choisissez " +
        `celui de la commune du débiteur (liste officielle : ${OFFICIAL_LIST}) ; ce choix sera ` +
        'retenu pour cette commune.',
    };
  }
  const choiceUsed = remembered !== undefined && judicialCourts.length < inDepartement.length;
  const seatOf = seat && inDepartement.length > 1 ? seat : null;
  return found(court, input.nature, place, { fromRememberedChoice: choiceUsed, seatOf });
}

function found(
  court: CourtRow,
  nature: ClaimNature,
  place: string,
  how: { fromRememberedChoice: boolean; seatOf: CourtRow | null },
): CompetentCourtResult {
  const judge: JudgeKind = nature === 'protection' ? 'jcp' : court.kind;
  const sentences = [`${COMPETENCE[judge]} (CPC art. 1406), ${PLACE[nature]} : ${place}.`];
  if (how.seatOf) {
    sentences.push(
      `${how.seatOf.seat} est le siège du ${lowerFirst(how.seatOf.name)} : la commune relève de ` +
        'son ressort.',
    );
  }
  sentences.push(
    judge === 'jcp'
      ? `Juridiction : juge des contentieux de la protection du ${lowerFirst(court.name)}.`
      : `Juridiction : ${court.name}.`,
  );
  if (how.fromRememberedChoice) {
    sentences.push("Tribunal retenu d'après votre choix précédent pour cette commune.");
  }

  const caveats: string[] = [];
  if (!court.address) {
    caveats.push(
      "L'adresse de ce tribunal n'est pas vérifiée : complétez-la dans les réglages avant " +
        "d'envoyer la requête.",
    );
  }
  if (judge === 'jcp') {
    caveats.push(
      'Le juge des contentieux de la protection peut siéger dans un tribunal de proximité ' +
        'rattaché à ce tribunal judiciaire : vérifiez le lieu de dépôt auprès de son greffe.',
    );
  }
  return {
    status: 'found',
    court,
    judge,
    cerfa: cerfaForJudge(judge),
    explanation: sentences.join(' '),
    caveats,
    fromRememberedChoice: how.fromRememberedChoice,
  };
}

const COMPETENCE: Readonly<Record<JudgeKind, string>> = {
  tc: 'Créance commerciale entre commerçants : compétence du président du tribunal de commerce',
  tae:
    'Créance commerciale entre commerçants : compétence du président du tribunal des activités ' +
    'économiques, qui remplace le tribunal de commerce à titre expérimental depuis le ' +
    '1er janvier 2025',
  tj: 'Créance civile : compétence du président du tribunal judiciaire',
  jcp:
    'Matière du juge des contentieux de la protection (crédit à la consommation, ' +
    "bail d'habitation…) : compétence du juge des contentieux de la protection du tribunal " +
    'judiciaire',
};

const PLACE: Readonly<Record<ClaimNature, string>> = {
  commercial: 'lieu du siège du débiteur',
  civil: 'lieu du domicile du débiteur',
  protection: 'lieu du domicile du débiteur',
};

// A remembered TJ settles the choice; a remembered TC Melun still leaves Melun or Fontainebleau.
function narrowJudicialCourts(inDepartement: CourtRow[], choice: CourtRow | undefined) {
  if (!choice || inDepartement.length < 2) return inDepartement;
  const codes = choice.kind === 'tj' ? [choice.code] : choice.judicialCourtCodes;
  const narrowed = inDepartement.filter((court) => codes.includes(court.code));
  return narrowed.length > 0 ? narrowed : inDepartement;
}

// A tribunal judiciaire sits inside its own ressort, so the commune of its seat belongs to it:
// the one split the shipped data settles without the official commune list.
function seatCourt(inDepartement: readonly CourtRow[], city: string): CourtRow | undefined {
  const key = communeKey(city).replace(/ cedex( \d+)?$/, '');
  return inDepartement.find((court) => communeKey(court.seat) === key);
}

function sameCommune(choice: RememberedCourtChoice, input: CompetentCourtInput): boolean {
  if (choice.inseeCode && input.inseeCode) return choice.inseeCode === input.inseeCode;
  return (
    choice.postalCode.trim() === input.postalCode.trim() &&
    communeKey(choice.city) === communeKey(input.city)
  );
}

// La Poste writes « ST MAUR DES FOSSES » where a user types « Saint-Maur-des-Fossés ».
/** A commune's name reduced to compare spellings (accents, case, « St » for « Saint »). */
export function communeKey(city: string): string {
  return toSearchKey(city)
    .split(' ')
    .map((word) => (word === 'st' ? 'saint' : word === 'ste' ? 'sainte' : word))
    .join(' ');
}

// INSEE commune codes start with the département: 77288, 2A004, 97105.
function departementFromInsee(inseeCode: string): string | null {
  const code = inseeCode.trim().toUpperCase();
  if (!/^(\d{5}|2[AB]\d{3})$/.test(code)) return null;
  return code.startsWith('97') ? code.slice(0, 3) : code.slice(0, 2);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
