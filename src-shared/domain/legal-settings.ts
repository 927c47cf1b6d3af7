import type { CalendarDate } from '../dates/calendar-date';
import type { CourtRow } from '../legal/court-rows';
import type { DayCountSetting } from '../legal/day-count';
import type { EcbRateRow, LegalRateHalfYear } from '../legal/rate-tables';

/** The creditor's choices for the computations: day count, contractual rate, letter deadline. */
export interface LegalOptions {
  dayCount: DayCountSetting;
  /** The penalty rate of the creditor's terms, or null for the statutory ECB + 10 points. */
  contractualRateBp: number | null;
  /** Days a mise en demeure gives the debtor to pay. */
  miseEnDemeureDays: number;
}

/** Everything the « Réglages juridiques » screen shows: options and the merged tables. */
export interface LegalSettings {
  options: LegalOptions;
  legalRates: LegalRateHalfYear[];
  ecbRates: EcbRateRow[];
  ecbConfirmedThrough: CalendarDate;
  courts: CourtRow[];
  /** The half-years a computation as of today still needs, with the message to show. */
  missing: string[];
}

/** A half-year's taux de l'intérêt légal as typed in the settings. */
export interface UserLegalRateInput {
  start: CalendarDate;
  personnePhysiqueBp: number;
  autresCasBp: number;
  source: string;
}

/** An ECB rate as typed in the settings: the rate in force from `effective`. */
export interface UserEcbRateInput {
  effective: CalendarDate;
  rateBp: number;
  source: string;
}

export const DAY_COUNT_LABELS: Record<DayCountSetting, string> = {
  '365': 'Année de 365 jours (usage courant)',
  actual: 'Jours réels : 366 jours les années bissextiles',
};

/** The options of a new file. */
export const DEFAULT_LEGAL_OPTIONS: LegalOptions = {
  dayCount: '365',
  contractualRateBp: null,
  miseEnDemeureDays: 8,
};
