import { addDays, minDate, type CalendarDate } from '../dates/calendar-date';
import type { Cents } from '../money/cents';
import {
  buildInterestLines,
  lastAccruingDay,
  type InterestLine,
  type PartialPayment,
  type RatedPeriod,
} from './accrual-lines';
import { DEFAULT_DAY_COUNT, type DayCountSetting } from './day-count';
import { formatRate } from './format-rate';
import { halfYearLabel, splitByHalfYear, type HalfYear, type HalfYearSlice } from './half-year';
import {
  b2bRateOn,
  l441PeriodError,
  legalRateForHalfYear,
  type RateError,
  type RateTables,
} from './rate-tables';

/** The statutory rate (ECB + 10 points), or a rate written in the contract or the CGV. */
export type PenaltyRate = { kind: 'statutory' } | { kind: 'contractual'; rateBp: number };

/** One invoice, its payments and the day the penalties are computed to. */
export interface LatePaymentPenaltiesInput {
  dueDate: CalendarDate;
  amountInclTaxCents: Cents;
  payments: readonly PartialPayment[];
  /** Last day counted (included). */
  computedOn: CalendarDate;
  rate: PenaltyRate;
  dayCount?: DayCountSetting;
}

/** A contractual rate under the legal minimum of 3 × the taux de l'intérêt légal. */
export interface RateBelowFloor {
  code: 'rate-below-floor';
  halfYear: HalfYear;
  floorBp: number;
  message: string;
}

/** The penalty lines and their total, or why they cannot be computed. */
export type LatePaymentPenaltiesResult =
  | { ok: true; lines: InterestLine[]; totalCents: Cents }
  | { ok: false; error: RateError | RateBelowFloor };

type Periods =
  { ok: true; periods: RatedPeriod[] } | { ok: false; error: RateError | RateBelowFloor };

// L441-10: a contract « ne peut toutefois fixer un taux inférieur à trois fois le taux
// d'intérêt légal ».
const FLOOR_MULTIPLIER = 3;

/** Late-payment penalties on one invoice (C. com. L441-10), one line per half-year and base. */
export function latePaymentPenalties(
  tables: RateTables,
  input: LatePaymentPenaltiesInput,
): LatePaymentPenaltiesResult {
  const start = addDays(input.dueDate, 1);
  const end = lastAccruingDay(input.amountInclTaxCents, input.payments, input.computedOn);
  if (end < start) return { ok: true, lines: [], totalCents: 0 };

  const slices = splitByHalfYear(start, end);
  const periods =
    input.rate.kind === 'statutory'
      ? statutoryPeriods(tables, slices)
      : contractualPeriods(tables, slices, input.rate.rateBp);
  if (!periods.ok) return periods;

  const dayCount = input.dayCount ?? DEFAULT_DAY_COUNT;
  const priced = buildInterestLines(
    input.amountInclTaxCents,
    input.payments,
    periods.periods,
    dayCount,
  );
  return { ok: true, ...priced };
}

// From 2013 one rate per half-year; before, a new period at each ECB operation.
function statutoryPeriods(tables: RateTables, slices: readonly HalfYearSlice[]): Periods {
  const periods: RatedPeriod[] = [];
  for (const slice of slices) {
    let cursor = slice.from;
    while (cursor <= slice.to) {
      const rate = b2bRateOn(tables, cursor);
      if (!rate.ok) return rate;
      const to = minDate(rate.value.validThrough, slice.to);
      periods.push({ from: cursor, to, rateBp: rate.value.rateBp, basis: rate.value.basis });
      cursor = addDays(to, 1);
    }
  }
  return { ok: true, periods };
}

function contractualPeriods(
  tables: RateTables,
  slices: readonly HalfYearSlice[],
  rateBp: number,
): Periods {
  const periods: RatedPeriod[] = [];
  for (const slice of slices) {
    const unsupported = l441PeriodError(slice.from);
    if (unsupported) return { ok: false, error: unsupported };

    // The floor reads the « autres cas » column: the creditor is a professional.
    const legal = legalRateForHalfYear(tables, slice.from, 'autresCas');
    if (!legal.ok) return legal;

    const floorBp = FLOOR_MULTIPLIER * legal.value.rateBp;
    if (rateBp < floorBp) {
      const message =
        `Le taux contractuel de ${formatRate(rateBp)} est inférieur au minimum légal du ` +
        `${halfYearLabel(slice.halfYear)} : 3 × ${formatRate(legal.value.rateBp)} (taux de ` +
        `l'intérêt légal, autres cas) = ${formatRate(floorBp)} (C. com. art. L441-10). ` +
        'Appliquez le taux légal (BCE + 10 points) ou un taux au moins égal à ce minimum.';
      return {
        ok: false,
        error: { code: 'rate-below-floor', halfYear: slice.halfYear, floorBp, message },
      };
    }
    const basis = `taux contractuel (minimum légal ${formatRate(floorBp)})`;
    periods.push({ from: slice.from, to: slice.to, rateBp, basis });
  }
  return { ok: true, periods };
}
