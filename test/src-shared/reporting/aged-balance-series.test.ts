import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src-shared/dates/calendar-date';
import { agedBalance } from '../../../src-shared/reporting/aged-balance';
import { agedBalanceSeries } from '../../../src-shared/reporting/aged-balance-series';
import {
  agedBalanceEvolution,
  previousMonthEnds,
} from '../../../src-shared/reporting/aged-evolution';
import { creditNote, invoice, payment } from '../../support/report-ledger-builder';

const START = '2026-01-01';
const day = fc.integer({ min: 0, max: 400 }).map((offset) => addDays(START, offset));

const ledgerArbitrary = fc
  .array(
    fc.record({
      issue: fc.integer({ min: 0, max: 300 }),
      terms: fc.integer({ min: 0, max: 60 }),
      amount: fc.integer({ min: 1, max: 500_000 }),
    }),
    { minLength: 1, maxLength: 12 },
  )
  .chain((invoices) =>
    fc.record({
      invoices: fc.constant(
        invoices.map((entry, index) =>
          invoice(
            index + 1,
            1,
            addDays(START, entry.issue),
            addDays(START, entry.issue + entry.terms),
            entry.amount,
          ),
        ),
      ),
      payments: fc.array(
        fc.record({
          date: day,
          shares: fc.array(
            fc.tuple(
              fc.integer({ min: 1, max: invoices.length }),
              fc.integer({ min: 1, max: 300_000 }),
            ),
            { maxLength: 3 },
          ),
          extra: fc.integer({ min: 0, max: 50_000 }),
        }),
        { maxLength: 10 },
      ),
      creditNotes: fc.array(
        fc.record({
          date: day,
          amount: fc.integer({ min: 1, max: 100_000 }),
          invoiceId: fc.option(fc.integer({ min: 1, max: invoices.length }), { nil: null }),
        }),
        { maxLength: 4 },
      ),
      dates: fc.uniqueArray(day, { minLength: 1, maxLength: 8 }),
    }),
  );

describe('agedBalanceSeries', () => {
  it('gives on every day exactly what agedBalance gives for that day', () => {
    fc.assert(
      fc.property(ledgerArbitrary, (generated) => {
        const ledger = {
          invoices: generated.invoices,
          payments: generated.payments.map((entry, index) => {
            const shares = entry.shares as [number, number][];
            const allocated = shares.reduce((sum, [, cents]) => sum + cents, 0);
            return payment(index + 1, 1, entry.date, shares, allocated + entry.extra);
          }),
          creditNotes: generated.creditNotes.map((entry, index) =>
            creditNote(index + 1, 1, entry.date, entry.amount, entry.invoiceId),
          ),
        };
        const dates = [...generated.dates].sort();

        const series = agedBalanceSeries(ledger, dates);

        expect(series).toEqual(dates.map((date) => agedBalance(ledger, date)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('agedBalanceEvolution', () => {
  it('takes the balance at each month end before the day, then on the day itself', () => {
    expect(previousMonthEnds('2026-12-03', 3)).toEqual(['2026-09-30', '2026-10-31', '2026-11-30']);
    expect(previousMonthEnds('2026-02-15', 2)).toEqual(['2025-12-31', '2026-01-31']);
  });

  it('shows an invoice moving through the buckets as it ages, and leaving when paid', () => {
    const ledger = {
      invoices: [invoice(1, 1, '2026-08-01', '2026-08-31', 120_000)],
      payments: [payment(1, 1, '2026-11-15', [[1, 120_000]])],
      creditNotes: [],
    };

    const evolution = agedBalanceEvolution(ledger, '2026-12-03', 4);

    expect(evolution.map((point) => point.asOf)).toEqual([
      '2026-08-31',
      '2026-09-30',
      '2026-10-31',
      '2026-11-30',
      '2026-12-03',
    ]);
    expect(evolution.map((point) => point.buckets)).toEqual([
      { notDue: 120_000, days1to30: 0, days31to60: 0, days61to90: 0, over90: 0 },
      { notDue: 0, days1to30: 120_000, days31to60: 0, days61to90: 0, over90: 0 },
      { notDue: 0, days1to30: 0, days31to60: 0, days61to90: 120_000, over90: 0 },
      { notDue: 0, days1to30: 0, days31to60: 0, days61to90: 0, over90: 0 },
      { notDue: 0, days1to30: 0, days31to60: 0, days61to90: 0, over90: 0 },
    ]);
  });
});
