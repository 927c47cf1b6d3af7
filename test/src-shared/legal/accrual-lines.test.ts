import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../../src-shared/dates/calendar-date';
import { lastAccruingDay, type PartialPayment } from '../../../src-shared/legal/accrual-lines';
import { halfYearOf } from '../../../src-shared/legal/half-year';
import {
  latePaymentPenalties,
  type LatePaymentPenaltiesInput,
} from '../../../src-shared/legal/late-payment-penalties';
import { shippedRateTables } from './shipped-assets';

const tables = shippedRateTables();

// Invoices due from 2013 to 2022, computed up to 900 days later: inside the shipped tables.
const invoices = fc
  .record({
    dueOffset: fc.integer({ min: 0, max: 3650 }),
    amountCents: fc.integer({ min: 1, max: 50_000_000 }),
    length: fc.integer({ min: 0, max: 900 }),
    payments: fc.array(
      fc.record({
        offset: fc.integer({ min: -30, max: 1000 }),
        amountCents: fc.integer({ min: 1, max: 20_000_000 }),
      }),
      { maxLength: 4 },
    ),
  })
  .map((sample): LatePaymentPenaltiesInput => {
    const dueDate = addDays('2013-01-01', sample.dueOffset);
    return {
      dueDate,
      amountInclTaxCents: sample.amountCents,
      payments: sample.payments.map((payment): PartialPayment => ({
        date: addDays(dueDate, payment.offset),
        amountCents: payment.amountCents,
      })),
      computedOn: addDays(dueDate, sample.length),
      rate: { kind: 'statutory' },
    };
  });

function compute(input: LatePaymentPenaltiesInput) {
  const result = latePaymentPenalties(tables, input);
  if (!result.ok) throw new Error(result.error.message);
  return result;
}

describe('interest lines', () => {
  it('cover each day from the day after the due date to the last day owed, once', () => {
    fc.assert(
      fc.property(invoices, (input) => {
        const { lines } = compute(input);
        const end = lastAccruingDay(input.amountInclTaxCents, input.payments, input.computedOn);

        let expectedFrom = addDays(input.dueDate, 1);
        for (const line of lines) {
          expect(line.from).toBe(expectedFrom);
          expect(line.days).toBe(daysBetween(line.from, line.to) + 1);
          expect(halfYearOf(line.to).start).toBe(halfYearOf(line.from).start);
          expectedFrom = addDays(line.to, 1);
        }
        if (lines.length > 0) expect(lines[lines.length - 1]?.to).toBe(end);
      }),
    );
  });

  it('add up to the total, each line rounded to a whole cent', () => {
    fc.assert(
      fc.property(invoices, (input) => {
        const { lines, totalCents } = compute(input);

        expect(lines.every((line) => Number.isSafeInteger(line.amountCents))).toBe(true);
        expect(lines.reduce((sum, line) => sum + line.amountCents, 0)).toBe(totalCents);
      }),
    );
  });

  // A payment splits at most one line in two; each rounding moves a line by half a cent at most.
  it('never grow by more than a cent of rounding when the debtor makes one more payment', () => {
    fc.assert(
      fc.property(
        invoices,
        fc.integer({ min: 0, max: 900 }),
        fc.integer({ min: 1, max: 10_000_000 }),
        (input, offset, amountCents) => {
          const extra = { date: addDays(input.dueDate, offset), amountCents };

          const without = compute(input).totalCents;
          const withPayment = compute({
            ...input,
            payments: [...input.payments, extra],
          }).totalCents;

          expect(withPayment).toBeLessThanOrEqual(without + 1);
        },
      ),
    );
  });
});
