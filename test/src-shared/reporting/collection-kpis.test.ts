import { describe, expect, it } from 'vitest';
import { collectionRate } from '../../../src-shared/reporting/collection-rate';
import { disputeResolutionRate } from '../../../src-shared/reporting/dispute-resolution-rate';
import { settlementsByInvoice } from '../../../src-shared/reporting/invoice-settlements';
import { paymentDelays } from '../../../src-shared/reporting/payment-delays';
import { promiseKeptRate } from '../../../src-shared/reporting/promise-kept-rate';
import { groupByDebtor } from '../../../src-shared/reporting/report-ledger';
import {
  creditNote,
  debtor,
  dispute,
  invoice,
  ledgerOf,
  payment,
  promise,
} from '../../support/report-ledger-builder';

describe('collectionRate', () => {
  it('shares what was paid by the end of the period over what fell due in it', () => {
    const invoices = [
      invoice(1, 1, '2026-10-01', '2026-10-31', 100_000),
      invoice(3, 1, '2026-11-02', '2026-11-20', 50_000),
      invoice(4, 1, '2026-10-11', '2026-11-10', 100_000),
    ];
    const settlements = settlementsByInvoice(
      [payment(1, 1, '2026-11-25', [[3, 50_000]]), payment(2, 1, '2026-12-02', [[4, 30_000]])],
      [creditNote(1, 1, '2026-11-12', 20_000, 4)],
    );

    const rate = collectionRate(invoices, settlements, '2026-11-01', '2026-11-30');

    // Due in November: 500 € (paid) and 1 000 € less a 200 € credit note (nothing paid by
    // 30/11). Invoice 1 fell due in October.
    expect(rate.dueCents).toBe(130_000);
    expect(rate.collectedCents).toBe(50_000);
    expect(rate.rate).toBeCloseTo(50_000 / 130_000);
  });
});

describe('paymentDelays', () => {
  it('weighs days to pay and days late by the amounts paid in the period', () => {
    const invoices = [
      invoice(1, 1, '2026-10-01', '2026-10-31', 100_000),
      invoice(3, 1, '2026-11-02', '2026-11-20', 50_000),
      invoice(5, 1, '2026-11-01', '2026-11-30', 10_000),
    ];
    const payments = [
      payment(1, 1, '2026-11-15', [[1, 60_000]]),
      payment(2, 1, '2026-11-25', [[3, 50_000]]),
      payment(3, 1, '2026-10-20', [[1, 40_000]]),
    ];

    const delays = paymentDelays(invoices, payments, '2026-11-01', '2026-11-30');

    // 600 € 45 days after the invoice and 15 days late, 500 € 23 days after and 5 days late;
    // the October payment is outside the period.
    expect(delays.paidCents).toBe(110_000);
    expect(delays.averageDaysToPay).toBe(35);
    expect(delays.averageDaysLate).toBe(10.5);
  });

  it('counts an early payment as 0 days late, not as negative', () => {
    const delays = paymentDelays(
      [invoice(1, 1, '2026-11-01', '2026-11-30', 10_000)],
      [payment(1, 1, '2026-11-20', [[1, 10_000]])],
      '2026-11-01',
      '2026-11-30',
    );

    expect(delays.averageDaysLate).toBe(0);
    expect(delays.averageDaysToPay).toBe(19);
  });

  it('has no average without a payment', () => {
    expect(paymentDelays([], [], '2026-11-01', '2026-11-30').averageDaysToPay).toBeNull();
  });
});

describe('promiseKeptRate', () => {
  it('counts kept and broken promises due in the period, not the cancelled or running ones', () => {
    const ledger = ledgerOf({
      debtors: [debtor(1)],
      promises: [
        promise(1, 1, '2026-11-01', '2026-11-10', 30_000),
        promise(2, 1, '2026-11-05', '2026-11-20', 20_000),
        promise(3, 1, '2026-11-05', '2026-11-21', 20_000, [], '2026-11-06'),
        promise(4, 1, '2026-11-25', '2026-11-30', 20_000),
        promise(5, 1, '2026-09-01', '2026-09-10', 20_000),
      ],
      payments: [payment(1, 1, '2026-11-08', [], 30_000)],
    });

    // Promise 1 kept by the payment of 08/11; promise 2 broken on 20/11; promise 3 cancelled;
    // promise 4 is due on the last day and still running; promise 5 fell due in September.
    const rate = promiseKeptRate(groupByDebtor(ledger).values(), '2026-11-01', '2026-11-30');

    expect(rate).toEqual({ kept: 1, broken: 1, rate: 0.5 });
  });
});

describe('disputeResolutionRate', () => {
  it('judges only the disputes whose 30 days have run out or that were closed', () => {
    const disputes = [
      dispute(1, 1, '2026-11-01', '2026-11-20'),
      dispute(2, 1, '2026-10-05', '2026-10-10'),
      dispute(3, 1, '2026-11-02', '2026-12-03'),
      dispute(4, 1, '2026-11-01', null),
      dispute(5, 1, '2026-11-20', null),
    ];

    // 1: closed in 19 days. 2: opened before the period. 3: closed after 31 days. 4: open for
    // 32 days. 5: open for 13 days, not judged yet.
    const rate = disputeResolutionRate(disputes, '2026-11-01', '2026-12-03');

    expect(rate).toEqual({ resolved: 1, judged: 3, pending: 1, rate: 1 / 3 });
  });
});
