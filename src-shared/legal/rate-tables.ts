import { addDays, maxDate, minDate, type CalendarDate } from '../dates/calendar-date';
import { formatFrenchDate } from '../dates/french-date';
import { formatRate } from './format-rate';
import {
  halfYearLabel,
  halfYearOf,
  halfYearStartLabel,
  isHalfYearStart,
  type HalfYear,
} from './half-year';

/** Where a rate row comes from: the file shipped with the app, or the user's settings. */
export type RateOrigin = 'shipped' | 'user';

/**
 * The two columns of the taux de l'intérêt légal (C. mon. fin. L313-2). The column follows the
 * creditor: `personnePhysique` only for a private person acting outside any business, so an SME
 * creditor always uses `autresCas`, even against a consumer.
 */
export type LegalRateColumn = 'personnePhysique' | 'autresCas';

/** The taux de l'intérêt légal of one half-year, both columns in basis points. */
export interface LegalRateHalfYear {
  start: CalendarDate;
  end: CalendarDate;
  personnePhysiqueBp: number;
  autresCasBp: number;
  text: string | null;
  source: string;
  origin: RateOrigin;
}

/** An ECB main refinancing rate, in force from `effective` until the next row. */
export interface EcbRateRow {
  effective: CalendarDate;
  rateBp: number;
  source: string;
  origin: RateOrigin;
}

/** Every rate the legal computations read, shipped rows completed by the user's own. */
export interface RateTables {
  legalRates: readonly LegalRateHalfYear[];
  ecbRates: readonly EcbRateRow[];
  /** Last day the ECB table is known to be complete; a later row pushes it forward. */
  ecbConfirmedThrough: CalendarDate;
}

/** A half-year rate typed in the settings (a new arrêté, or a correction). */
export interface UserLegalRate {
  start: CalendarDate;
  personnePhysiqueBp: number;
  autresCasBp: number;
  source: string;
}

/** An ECB rate typed in the settings: a new decision, or the rate seen in force on a day. */
export interface UserEcbRate {
  effective: CalendarDate;
  rateBp: number;
  source: string;
}

/** Why a rate could not be given; the message tells the user what to add. */
export interface RateError {
  code: 'missing-rate' | 'unsupported-period';
  table: 'taux-legal' | 'bce';
  halfYear: HalfYear;
  message: string;
}

/** A rate, or the reason it is unknown: never a guess. */
export type RateLookup<T> = { ok: true; value: T } | { ok: false; error: RateError };

/** The B2B late-payment rate of a day, with the ECB rate it derives from. */
export interface B2bRate {
  rateBp: number;
  ecbRateBp: number;
  /** The day whose ECB rate was taken: the half-year start from 2013, the day itself before. */
  ecbReferenceDate: CalendarDate;
  /** Last day this rate holds: the half-year end, or before 2013 the eve of the next operation. */
  validThrough: CalendarDate;
  basis: string;
}

// L441-10: ECB rate « majoré de 10 points de pourcentage ».
const B2B_MARGIN_BP = 1000;

// Loi n° 2012-387: from 2013 the ECB rate is read on 1 January and 1 July only.
const SEMESTER_RULE_START = '2013-01-01';

// Before 2009 the margin and the contractual floor were different (7 points and 1.5 × the taux
// légal under the loi NRE, as recalled; the loi LME changed them for contracts from 2009). The
// reference notes do not cover that change, so earlier days are refused rather than guessed.
const CURRENT_RULES_START = '2009-01-01';

/** An error for a day before 2009, when L441-10's rates were not the ones the app knows. */
export function l441PeriodError(date: CalendarDate): RateError | null {
  if (date >= CURRENT_RULES_START) return null;
  const message =
    `Les pénalités de retard antérieures au ${formatFrenchDate(CURRENT_RULES_START)} ne sont ` +
    "pas calculées par l'application : les règles de taux de cette époque n'ont pas été " +
    'vérifiées. Calculez cette période à la main.';
  return { code: 'unsupported-period', table: 'bce', halfYear: halfYearOf(date), message };
}

/** The ECB main refinancing rate in force on a day, or which day is missing. */
export function ecbRateOn(tables: RateTables, date: CalendarDate): RateLookup<EcbRateRow> {
  const last = tables.ecbRates[tables.ecbRates.length - 1];
  const knownThrough = last ? maxDate(tables.ecbConfirmedThrough, last.effective) : '';
  let found: EcbRateRow | undefined;
  for (const row of tables.ecbRates) {
    if (row.effective <= date) found = row;
  }
  if (found && date <= knownThrough) return { ok: true, value: found };

  const halfYear = halfYearOf(date);
  const message = isHalfYearStart(date)
    ? `Le taux de la BCE en vigueur au ${halfYearStartLabel(halfYear)}, qui fixe les pénalités ` +
      `de retard du ${halfYearLabel(halfYear)}, n'est pas encore renseigné : ` +
      'ajoutez-le dans les réglages.'
    : `Le taux de la BCE en vigueur le ${formatFrenchDate(date)} n'est pas renseigné : ` +
      'ajoutez-le dans les réglages.';
  return { ok: false, error: { code: 'missing-rate', table: 'bce', halfYear, message } };
}

/** The B2B late-payment rate (C. com. L441-10) that applies on a given day. */
export function b2bRateOn(tables: RateTables, date: CalendarDate): RateLookup<B2bRate> {
  const unsupported = l441PeriodError(date);
  if (unsupported) return { ok: false, error: unsupported };

  const halfYear = halfYearOf(date);
  const semesterRule = date >= SEMESTER_RULE_START;
  const ecbReferenceDate = semesterRule ? halfYear.start : date;
  const ecb = ecbRateOn(tables, ecbReferenceDate);
  if (!ecb.ok) return ecb;

  const ecbRateBp = ecb.value.rateBp;
  const nextOperation = tables.ecbRates.find((row) => row.effective > date);
  const validThrough =
    semesterRule || !nextOperation
      ? halfYear.end
      : minDate(halfYear.end, addDays(nextOperation.effective, -1));
  const basis = semesterRule
    ? `taux BCE au ${halfYearStartLabel(halfYear)} (${formatRate(ecbRateBp)}) + 10 points`
    : `taux BCE de la dernière opération au ${formatFrenchDate(date)} ` +
      `(${formatRate(ecbRateBp)}) + 10 points`;
  return {
    ok: true,
    value: { rateBp: ecbRateBp + B2B_MARGIN_BP, ecbRateBp, ecbReferenceDate, validThrough, basis },
  };
}

// Before 2013 the rate followed each ECB operation: for those years this is the rate of that day.
/** The B2B late-payment rate of a half-year: ECB rate on 1 January or 1 July + 10 points. */
export function b2bRateForHalfYear(
  tables: RateTables,
  halfYearStart: CalendarDate,
): RateLookup<B2bRate> {
  return b2bRateOn(tables, halfYearStart);
}

/** The taux de l'intérêt légal of the half-year a date falls in, in the creditor's column. */
export function legalRateForHalfYear(
  tables: RateTables,
  date: CalendarDate,
  column: LegalRateColumn,
): RateLookup<{ rateBp: number; row: LegalRateHalfYear; halfYear: HalfYear }> {
  const halfYear = halfYearOf(date);
  const row = tables.legalRates.find((candidate) => candidate.start === halfYear.start);
  if (!row) {
    const message =
      `Le taux de l'intérêt légal du ${halfYearLabel(halfYear)} n'est pas encore renseigné : ` +
      'ajoutez-le dans les réglages.';
    return { ok: false, error: { code: 'missing-rate', table: 'taux-legal', halfYear, message } };
  }
  const rateBp = column === 'personnePhysique' ? row.personnePhysiqueBp : row.autresCasBp;
  return { ok: true, value: { rateBp, row, halfYear } };
}

/** The shipped tables completed, and where they overlap overridden, by the user's rows. */
export function mergeUserRates(
  shipped: RateTables,
  user: { legalRates?: readonly UserLegalRate[]; ecbRates?: readonly UserEcbRate[] },
): RateTables {
  const legal = new Map(shipped.legalRates.map((row) => [row.start, row]));
  for (const row of user.legalRates ?? []) {
    assertRateRow(isHalfYearStart(row.start), `not a half-year start: ${row.start}`);
    assertRateRow(
      isBasisPoints(row.personnePhysiqueBp) && isBasisPoints(row.autresCasBp),
      row.start,
    );
    legal.set(row.start, { ...row, end: halfYearOf(row.start).end, text: null, origin: 'user' });
  }

  const ecb = new Map(shipped.ecbRates.map((row) => [row.effective, row]));
  for (const row of user.ecbRates ?? []) {
    assertRateRow(isBasisPoints(row.rateBp), row.effective);
    ecb.set(row.effective, { ...row, origin: 'user' });
  }

  return {
    legalRates: [...legal.values()].sort((a, b) => a.start.localeCompare(b.start)),
    ecbRates: [...ecb.values()].sort((a, b) => a.effective.localeCompare(b.effective)),
    ecbConfirmedThrough: shipped.ecbConfirmedThrough,
  };
}

function isBasisPoints(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}

// The settings form validates what the user types; a bad row here is a bug, not a user error.
function assertRateRow(condition: boolean, detail: string): asserts condition {
  if (!condition) throw new RangeError(`mergeUserRates: invalid user rate row (${detail})`);
}
