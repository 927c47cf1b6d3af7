import { describe, expect, it } from 'vitest';
import { promiseProgress, type PromiseToPay } from '../../../src-shared/domain/promise-to-pay';

const promise = (overrides: Partial<PromiseToPay>): PromiseToPay => ({
  id: 1,
  debtorId: 1,
  madeOn: '2026-11-02',
  dueOn: '2026-11-20',
  amountCents: 100000,
  channel: 'appel',
  note: null,
  cancelledOn: null,
  invoiceIds: [],
  createdBy: 'Test',
  ...overrides,
});

describe('promiseProgress', () => {
  it('keeps a promise paid in two parts before its date, on the day of the second', () => {
    const payments = [
      { date: '2026-11-05', amountCents: 40000 },
      { date: '2026-11-18', amountCents: 60000 },
    ];

    const [result] = promiseProgress([promise({})], payments, '2026-12-03');

    expect(result).toEqual({
      promiseId: 1,
      status: 'tenue',
      paidCents: 100000,
      keptOn: '2026-11-18',
    });
  });

  it('breaks a promise whose date passed with too little paid', () => {
    const [result] = promiseProgress(
      [promise({})],
      [{ date: '2026-11-10', amountCents: 30000 }],
      '2026-11-21',
    );

    expect(result).toMatchObject({ status: 'rompue', paidCents: 30000 });
  });

  it('leaves a promise running until its date, and ignores payments before it was made', () => {
    const [result] = promiseProgress(
      [promise({})],
      [{ date: '2026-11-01', amountCents: 100000 }],
      '2026-11-20',
    );

    expect(result).toMatchObject({ status: 'en_cours', paidCents: 0 });
  });

  it('lets one payment keep only the promise due first', () => {
    const first = promise({ id: 1, dueOn: '2026-11-15', amountCents: 50000 });
    const second = promise({ id: 2, dueOn: '2026-11-30', amountCents: 50000 });

    const results = promiseProgress(
      [second, first],
      [{ date: '2026-11-10', amountCents: 50000 }],
      '2026-12-01',
    );

    expect(results.map((result) => result.status)).toEqual(['rompue', 'tenue']);
  });

  it('marks a cancelled promise as such whatever was paid', () => {
    const [result] = promiseProgress([promise({ cancelledOn: '2026-11-04' })], [], '2026-12-03');

    expect(result?.status).toBe('annulee');
  });
});
