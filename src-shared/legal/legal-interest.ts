import { addDays, addMonths, type CalendarDate } from '../dates/calendar-date';
import { formatFrenchDate } from '../dates/french-date';
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
import { halfYearLabel, splitByHalfYear } from './half-year';
import {
  legalRateForHalfYear,
  type LegalRateColumn,
  type RateError,
  type RateTables,
} from './rate-tables';

/** A claim on a consumer or civil debtor, from the mise en demeure to the computation date. */
export interface LegalInterestInput {
  principalCents: Cents;
  payments: readonly PartialPayment[];
  miseEnDemeureDate: CalendarDate;
  /** Last day counted (included). */
  computedOn: CalendarDate;
  /** The creditor's column: an SME creditor always uses `autresCas`. */
  column: LegalRateColumn;
  /** Day a judgment ordering payment became enforceable, if there is one. */
  judgmentEnforceableOn?: CalendarDate | null;
  dayCount?: DayCountSetting;
}

/** The interest lines and their total, or the half-year whose rate is missing. */
export type LegalInterestResult =
  { ok: true; lines: InterestLine[]; totalCents: Cents } | { ok: false; error: RateError };

// C. mon. fin. L313-3: « majoré de cinq points ».
const JUDGMENT_MARGIN_BP = 500;

// The two months run from the day the judgment became enforceable and end on the same date two
// months later (CPC 641), so the extra points apply from the day after.
/** The first day of the L313-3 majoration of 5 points. */
export function majorationStart(judgmentEnforceableOn: CalendarDate): CalendarDate {
  return addDays(addMonths(judgmentEnforceableOn, 2), 1);
}

/** Intérêts au taux légal from the mise en demeure (C. civ. 1231-6, 1344-1; CMF L313-3). */
export function legalInterest(tables: RateTables, input: LegalInterestInput): LegalInterestResult {
  // The day of the mise en demeure is not counted, as the due date is not for penalties.
  const start = addDays(input.miseEnDemeureDate, 1);
  const end = lastAccruingDay(input.principalCents, input.payments, input.computedOn);
  if (end < start) return { ok: true, lines: [], totalCents: 0 };

  const enforceableOn = input.judgmentEnforceableOn ?? null;
  const majoredFrom = enforceableOn ? majorationStart(enforceableOn) : null;
  const columnLabel =
    input.column === 'autresCas' ? 'autres cas' : 'créancier personne physique non professionnelle';

  const periods: RatedPeriod[] = [];
  for (const { from, to, halfYear } of splitByHalfYear(start, end)) {
    const legal = legalRateForHalfYear(tables, from, input.column);
    if (!legal.ok) return legal;

    const rateBp = legal.value.rateBp;
    const basis =
      `taux de l'intérêt légal du ${halfYearLabel(halfYear)}, ${columnLabel} ` +
      `(${formatRate(rateBp)})`;
    if (!enforceableOn || !majoredFrom || majoredFrom > to) {
      periods.push({ from, to, rateBp, basis });
      continue;
    }

    const majored = {
      rateBp: rateBp + JUDGMENT_MARGIN_BP,
      basis:
        `${basis} + 5 points (C. mon. fin. art. L313-3, décision exécutoire le ` +
        `${formatFrenchDate(enforceableOn)})`,
    };
    if (majoredFrom > from) periods.push({ from, to: addDays(majoredFrom, -1), rateBp, basis });
    periods.push({ from: majoredFrom > from ? majoredFrom : from, to, ...majored });
  }

  const dayCount = input.dayCount ?? DEFAULT_DAY_COUNT;
  return {
    ok: true,
    ...buildInterestLines(input.principalCents, input.payments, periods, dayCount),
  };
}
