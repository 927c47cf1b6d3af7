import { describe, expect, it } from 'vitest';
import { planProgress, type PaymentPlan } from '../../../src-shared/domain/payment-plan';

const plan: PaymentPlan = {
  id: 7,
  debtorId: 1,
  agreedOn: '2026-09-01',
  signedOn: '2026-09-03',
  cancelledOn: null,
  note: null,
  invoiceIds: [1],
  createdBy: 'Test',
  installments: [
    { id: 1, dueOn: '2026-09-30', amountCents: 30000 },
    { id: 2, dueOn: '2026-10-31', amountCents: 30000 },
    { id: 3, dueOn: '2026-11-30', amountCents: 40000 },
  ],
};

describe('planProgress', () => {
  it('is honoured while each passed installment is covered by payments since the agreement', () => {
    const payments = [
      { date: '2026-08-15', amountCents: 99999 },
      { date: '2026-09-28', amountCents: 30000 },
      { date: '2026-10-30', amountCents: 35000 },
    ];

    const progress = planProgress(plan, payments, '2026-11-10');

    expect(progress.status).toBe('en_cours');
    expect(progress.installments.map((row) => [row.status, row.paidCents])).toEqual([
      ['payee', 30000],
      ['payee', 30000],
      ['partielle', 5000],
    ]);
  });

  it('is broken when an installment date passes uncovered', () => {
    const progress = planProgress(plan, [{ date: '2026-09-28', amountCents: 30000 }], '2026-11-01');

    expect(progress.status).toBe('rompu');
    expect(progress.installments[1]?.status).toBe('manquee');
  });

  it('is settled once every installment is paid, even early', () => {
    const progress = planProgress(
      plan,
      [{ date: '2026-09-02', amountCents: 100000 }],
      '2026-09-05',
    );

    expect(progress.status).toBe('solde');
  });
});
