import { describe, expect, it } from 'vitest';
import { countDays, simpleInterest } from '../../../src-shared/legal/day-count';
import { latePaymentPenalties } from '../../../src-shared/legal/late-payment-penalties';
import { shippedRateTables } from './shipped-assets';

describe('countDays', () => {
  it('counts both ends, so a single day counts one', () => {
    expect(countDays('2024-02-29', '2024-02-29')).toBe(1);
    expect(countDays('2024-01-01', '2024-12-31')).toBe(366);
  });
});

describe('simpleInterest', () => {
  it('divides by 365 by default, even in a leap year', () => {
    // 1 000 000 × 366 × 1000 / (365 × 10 000) = 100 273,97…
    expect(simpleInterest(1_000_000, 1000, '2024-01-01', '2024-12-31', '365')).toBeCloseTo(
      100_273.97,
      2,
    );
  });

  it('gives exactly one year of interest over a leap year with the actual setting', () => {
    // 1 000 000 × 366 × 1000 / (366 × 10 000) = 100 000
    expect(simpleInterest(1_000_000, 1000, '2024-01-01', '2024-12-31', 'actual')).toBe(100_000);
  });

  it('gives each day of a period across 31 December its own year length', () => {
    // 31/12/2023 in a 365-day year, 01/01/2024 in a 366-day year:
    // 1 000 000 × 1000 / 3 650 000 + 1 000 000 × 1000 / 3 660 000
    //   = 273,9726… + 273,2240… = 547,1966…
    expect(simpleInterest(1_000_000, 1000, '2023-12-31', '2024-01-01', 'actual')).toBeCloseTo(
      547.1966,
      4,
    );
  });

  it('changes a late-payment result that runs through a leap year', () => {
    // The worked example of late-payment-penalties.test.ts; only the 2024 line moves:
    // 600 000 × 46 × 1450 / (366 × 10 000) = 10 934,43 → 10 934 instead of 10 964.
    const input = {
      dueDate: '2023-05-15',
      amountInclTaxCents: 1_000_000,
      payments: [{ date: '2023-09-10', amountCents: 400_000 }],
      computedOn: '2024-02-15',
      rate: { kind: 'statutory' as const },
    };
    const tables = shippedRateTables();

    const by365 = latePaymentPenalties(tables, { ...input, dayCount: '365' });
    const actual = latePaymentPenalties(tables, { ...input, dayCount: 'actual' });

    expect(by365.ok && by365.totalCents).toBe(80_108);
    expect(actual.ok && actual.lines.map((line) => line.amountCents)).toEqual([
      15_753, 27_616, 25_775, 10_934,
    ]);
    expect(actual.ok && actual.totalCents).toBe(80_078);
  });
});
