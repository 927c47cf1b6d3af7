import { describe, expect, it } from 'vitest';
import { ceiForPeriod, collectionEffectivenessIndex } from '../../../src-shared/reporting/cei';
import { dsoCountBack } from '../../../src-shared/reporting/dso';
import { creditNote, invoice, payment } from '../../support/report-ledger-builder';

const sale = (issueDate: string, amountInclTaxCents: number) => ({ issueDate, amountInclTaxCents });

describe('dsoCountBack', () => {
  it('uses up the outstanding month by month, the last month pro rata', () => {
    const sales = [
      sale('2026-12-04', 500_000),
      sale('2026-11-15', 1_000_000),
      sale('2026-10-02', 700_000),
      sale('2026-10-20', 500_000),
      sale('2026-09-10', 900_000),
    ];

    // 25 000 € open on 10/12: December to date (10 days, 5 000 €) leaves 20 000 €, November
    // (30 days, 10 000 €) leaves 10 000 €, then 10 000 / 12 000 of October's 31 days.
    const result = dsoCountBack(2_500_000, sales, '2026-12-10');

    expect(result.days).toBe(65.8);
    expect(result.monthsUsed).toBe(3);
    expect(result.capped).toBe(false);
  });

  it('ignores invoices issued after the day', () => {
    const result = dsoCountBack(
      100_000,
      [sale('2026-12-01', 300_000), sale('2026-12-20', 1)],
      '2026-12-10',
    );

    // 1 000 € of the 3 000 € invoiced over 10 days of December.
    expect(result.days).toBe(3.3);
  });

  it('says when two years of invoicing do not cover the outstanding', () => {
    const result = dsoCountBack(10_000_000, [sale('2026-11-01', 100_000)], '2026-12-10');

    expect(result.capped).toBe(true);
    expect(result.monthsUsed).toBe(24);
  });

  it('is 0 with nothing open and unknown with nothing ever invoiced', () => {
    expect(dsoCountBack(0, [sale('2026-11-01', 100_000)], '2026-12-10').days).toBe(0);
    expect(dsoCountBack(100_000, [], '2026-12-10').days).toBeNull();
  });
});

describe('collectionEffectivenessIndex', () => {
  it('divides what was collected by what could have been', () => {
    // (10 000 + 20 000 − 12 000) / (10 000 + 20 000 − 8 000) = 81,8 %
    const cei = collectionEffectivenessIndex({
      beginningCents: 1_000_000,
      salesCents: 2_000_000,
      endingCents: 1_200_000,
      endingCurrentCents: 800_000,
    });

    expect(cei).toBe(81.8);
  });

  it('computes the period’s inputs from the aged balances on its eve and last day', () => {
    const ledger = {
      invoices: [
        invoice(1, 1, '2026-10-01', '2026-10-31', 100_000),
        invoice(2, 1, '2026-11-05', '2026-12-05', 200_000),
        invoice(3, 1, '2026-11-02', '2026-11-20', 50_000),
      ],
      payments: [
        payment(1, 1, '2026-11-15', [[1, 60_000]]),
        payment(2, 1, '2026-11-25', [[3, 50_000]]),
      ],
      creditNotes: [],
    };

    const { cei, inputs } = ceiForPeriod(ledger, '2026-11-01', '2026-11-30');

    expect(inputs).toEqual({
      beginningCents: 100_000,
      salesCents: 250_000,
      endingCents: 240_000,
      endingCurrentCents: 200_000,
    });
    // (1 000 + 2 500 − 2 400) / (1 000 + 2 500 − 2 000) = 73,3 %
    expect(cei).toBe(73.3);
  });

  it('counts a credit note like a collection', () => {
    const ledger = {
      invoices: [invoice(1, 1, '2026-10-01', '2026-10-31', 100_000)],
      payments: [],
      creditNotes: [creditNote(1, 1, '2026-11-10', 100_000, 1)],
    };

    expect(ceiForPeriod(ledger, '2026-11-01', '2026-11-30').cei).toBe(100);
  });
});
