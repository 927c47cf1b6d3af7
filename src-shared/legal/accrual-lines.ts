import { addDays, minDate, type CalendarDate } from '../dates/calendar-date';
import { roundToCents, sumCents, type Cents } from '../money/cents';
import { countDays, simpleInterest, type DayCountSetting } from './day-count';

/** A payment received on the claim (partial or full). */
export interface PartialPayment {
  date: CalendarDate;
  amountCents: Cents;
}

/** A stretch of days at one rate, with the French text saying where the rate comes from. */
export interface RatedPeriod {
  from: CalendarDate;
  to: CalendarDate;
  rateBp: number;
  basis: string;
}

/** One line of an interest statement: one base, one rate, one rounding. */
export interface InterestLine {
  from: CalendarDate;
  to: CalendarDate;
  days: number;
  baseCents: Cents;
  rateBp: number;
  amountCents: Cents;
  basis: string;
}

// Convention for payments: a payment dated D leaves its amount owing for the whole of day D and
// lowers the base from D + 1, so paying on the day after the due date is one day late.
/** The first day a payment lowers the base: the day after it was made. */
export function baseChangeDay(payment: PartialPayment): CalendarDate {
  return addDays(payment.date, 1);
}

/** The open amount on a day: the principal less every payment that has taken effect by then. */
export function openAmountOn(
  principalCents: Cents,
  payments: readonly PartialPayment[],
  day: CalendarDate,
): Cents {
  let open = principalCents;
  for (const payment of payments) {
    if (baseChangeDay(payment) <= day) open -= payment.amountCents;
  }
  return Math.max(open, 0);
}

/** The last day interest can run: the computation date, or the day the claim was paid off. */
export function lastAccruingDay(
  principalCents: Cents,
  payments: readonly PartialPayment[],
  computedOn: CalendarDate,
): CalendarDate {
  const byDate = [...payments].sort((a, b) => a.date.localeCompare(b.date));
  let paid = 0;
  for (const payment of byDate) {
    paid += payment.amountCents;
    if (paid >= principalCents) return minDate(payment.date, computedOn);
  }
  return computedOn;
}

/** Cuts rated periods where a payment lowers the base and prices each piece, rounded once. */
export function buildInterestLines(
  principalCents: Cents,
  payments: readonly PartialPayment[],
  periods: readonly RatedPeriod[],
  dayCount: DayCountSetting,
): { lines: InterestLine[]; totalCents: Cents } {
  for (const payment of payments) {
    if (!Number.isSafeInteger(payment.amountCents) || payment.amountCents < 0) {
      throw new RangeError(`buildInterestLines: invalid payment amount ${payment.amountCents}`);
    }
  }
  const changeDays = payments.map(baseChangeDay);

  const lines: InterestLine[] = [];
  for (const period of periods) {
    const cuts = [...new Set(changeDays.filter((day) => day > period.from && day <= period.to))];
    cuts.sort();
    const starts = [period.from, ...cuts];
    starts.forEach((from, index) => {
      const next = starts[index + 1];
      const to = next ? addDays(next, -1) : period.to;
      const baseCents = openAmountOn(principalCents, payments, from);
      if (baseCents === 0) return;
      const interest = simpleInterest(baseCents, period.rateBp, from, to, dayCount);
      lines.push({
        from,
        to,
        days: countDays(from, to),
        baseCents,
        rateBp: period.rateBp,
        amountCents: roundToCents(interest),
        basis: period.basis,
      });
    });
  }

  return { lines, totalCents: sumCents(lines.map((line) => line.amountCents)) };
}
