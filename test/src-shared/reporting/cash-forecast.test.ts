import { describe, expect, it } from 'vitest';
import { cashForecast, weekStartOf } from '../../../src-shared/reporting/cash-forecast';
import { openItemsAsOf, type OpenItem } from '../../../src-shared/reporting/open-items';
import { groupByDebtor } from '../../../src-shared/reporting/report-ledger';
import {
  debtor,
  dispute,
  invoice,
  ledgerOf,
  plan,
  promise,
} from '../../support/report-ledger-builder';

const AS_OF = '2026-12-03';

describe('weekStartOf', () => {
  it('goes back to the Monday of the week', () => {
    expect(weekStartOf('2026-12-03')).toBe('2026-11-30');
    expect(weekStartOf('2026-11-30')).toBe('2026-11-30');
    expect(weekStartOf('2026-12-06')).toBe('2026-11-30');
  });
});

describe('cashForecast', () => {
  it('places plans, promises and invoices shifted by the usual delay in their weeks', () => {
    const ledger = ledgerOf({
      debtors: [debtor(1), debtor(2)],
      invoices: [
        invoice(1, 1, '2026-11-01', '2026-12-01', 100_000),
        invoice(2, 1, '2026-09-01', '2026-10-01', 50_000),
        invoice(3, 1, '2026-10-21', '2026-11-20', 80_000),
        invoice(4, 1, '2026-10-21', '2026-11-20', 30_000),
        invoice(5, 2, '2026-10-01', '2026-10-31', 90_000),
        invoice(6, 2, '2026-11-20', '2026-12-20', 100_000),
      ],
      disputes: [dispute(1, 1, '2026-11-25', null, [4])],
      plans: [
        plan(
          1,
          2,
          '2026-11-15',
          [
            ['2026-12-10', 30_000],
            ['2027-01-10', 30_000],
            ['2027-02-10', 30_000],
          ],
          [5],
        ),
      ],
      promises: [promise(1, 2, '2026-11-25', '2026-12-15', 40_000, [6])],
    });
    const items = new Map<number, OpenItem[]>();
    for (const item of openItemsAsOf(ledger, AS_OF)) {
      items.set(item.debtorId, [...(items.get(item.debtorId) ?? []), item]);
    }
    // Debtor 1 usually pays 10 days late; debtor 2 has no payment yet.
    const delays = new Map<number, number | null>([
      [1, 10],
      [2, null],
    ]);

    const forecast = cashForecast(groupByDebtor(ledger).values(), items, delays, AS_OF, 4);

    expect(forecast.weeks).toEqual([
      // Invoice 3 was expected on 30/11 (due 20/11 + 10 days): still this week.
      {
        weekStart: '2026-11-30',
        invoicesCents: 80_000,
        promisesCents: 0,
        plansCents: 0,
        totalCents: 80_000,
      },
      // Invoice 1 expected on 11/12; the plan's first installment on 10/12.
      {
        weekStart: '2026-12-07',
        invoicesCents: 100_000,
        promisesCents: 0,
        plansCents: 30_000,
        totalCents: 130_000,
      },
      // The promise of 400 € on 15/12, and the 600 € it leaves of invoice 6 on 20/12.
      {
        weekStart: '2026-12-14',
        invoicesCents: 60_000,
        promisesCents: 40_000,
        plansCents: 0,
        totalCents: 100_000,
      },
      { weekStart: '2026-12-21', invoicesCents: 0, promisesCents: 0, plansCents: 0, totalCents: 0 },
    ]);
    // The plan's installments of January and February.
    expect(forecast.laterCents).toBe(60_000);
    // Invoice 2 was expected on 11/10, 53 days ago.
    expect(forecast.uncertainCents).toBe(50_000);
    expect(forecast.disputedCents).toBe(30_000);
  });
});
