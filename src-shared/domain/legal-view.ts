import type { CalendarDate } from '../dates/calendar-date';
import type { CerfaForm, JudgeKind } from '../legal/cerfa-forms';
import type { ClaimNature } from '../legal/competent-court';
import type { DebtorClaim } from '../legal/debtor-claim';
import type { Cents } from '../money/cents';
import type { DebtorKind } from './debtor';
import type { LegalCase } from './legal-case';

/** An open invoice whose claim is time-barred, or will be within six months. */
export interface PrescriptionWarning {
  debtorId: number;
  debtorName: string;
  invoiceId: number;
  number: string;
  openCents: Cents;
  lastDayToAct: CalendarDate;
  timeBarred: boolean;
  explanation: string;
}

/** The court a requête goes to, wherever it came from. */
export interface ResolvedCourt {
  /** The court's code in the shipped data, or null for a court typed by hand. */
  code: string | null;
  name: string;
  address: string | null;
  addressVerified: boolean;
  judge: JudgeKind;
  cerfa: CerfaForm;
}

/** A court to pick where the data cannot decide (the three TJ of Seine-et-Marne). */
export interface CourtCandidate {
  code: string;
  name: string;
  seat: string;
}

/** Which court, and why; or the candidates to choose from; or a court to type by hand. */
export type CourtResolution =
  | {
      status: 'found';
      court: ResolvedCourt;
      explanation: string;
      caveats: string[];
      source: 'data' | 'choice' | 'manual';
    }
  | { status: 'choose'; candidates: CourtCandidate[]; reason: string }
  | { status: 'manual'; reason: string };

/** The forum a court choice is kept for: commercial courts, or the tribunal judiciaire. */
export type CourtForum = 'commercial' | 'judiciaire';

/** The « Procédure » panel of a debtor file: amounts with working, court, deadlines, case. */
export interface DebtorProcedure {
  debtorId: number;
  debtorName: string;
  debtorKind: DebtorKind;
  nature: ClaimNature;
  /** True while the nature is the default of the debtor's kind, not the user's choice. */
  natureIsDefault: boolean;
  claim: DebtorClaim;
  court: CourtResolution;
  prescription: PrescriptionWarning[];
  miseEnDemeureSentOn: CalendarDate | null;
  openCase: LegalCase | null;
}

export const CLAIM_NATURE_LABELS: Record<ClaimNature, string> = {
  commercial: 'Commerciale (entre commerçants ou sociétés commerciales)',
  civil: 'Civile (particulier, association, profession libérale…)',
  protection: 'Juge des contentieux de la protection (crédit à la consommation, bail…)',
};
