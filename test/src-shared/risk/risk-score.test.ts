import { describe, expect, it } from 'vitest';
import { groupByDebtor, type DebtorLedger } from '../../../src-shared/reporting/report-ledger';
import { assessDebtor, debtorHistory } from '../../../src-shared/risk/assess-file';
import { riskClassForScore } from '../../../src-shared/risk/risk-class';
import {
  debtor,
  dispute,
  invoice,
  ledgerOf,
  payment,
  promise,
} from '../../support/report-ledger-builder';

const AS_OF = '2026-12-03';
const BTP_RATES = { bySector: new Map([['BTP', 0.4]]), file: 0.3 };

// Worked by hand: see each expectation.
function handWorkedDebtor(): DebtorLedger {
  const ledger = ledgerOf({
    debtors: [debtor(1)],
    invoices: [
      invoice(1, 1, '2025-06-01', '2025-07-01', 100_000),
      invoice(2, 1, '2026-03-01', '2026-03-31', 200_000),
      invoice(3, 1, '2026-08-01', '2026-08-31', 100_000),
      invoice(4, 1, '2026-09-01', '2026-10-01', 300_000),
      invoice(5, 1, '2026-11-20', '2026-12-20', 50_000),
    ],
    payments: [
      payment(1, 1, '2025-07-01', [[1, 100_000]]),
      payment(2, 1, '2026-05-10', [[2, 200_000]]),
      payment(3, 1, '2026-09-05', [[3, 100_000]]),
    ],
    disputes: [dispute(1, 1, '2026-04-01', '2026-04-20', [2])],
    promises: [promise(1, 1, '2026-10-05', '2026-10-15', 300_000, [4])],
  });
  return groupByDebtor(ledger).get(1)!;
}

describe('debtorHistory', () => {
  it('weighs past lateness by amount and counts unpaid overdue invoices as late', () => {
    const history = debtorHistory(handWorkedDebtor(), AS_OF);

    // 100 000 paid on time, 200 000 paid 40 days late, 100 000 paid 5 days late.
    expect(history.paidCents).toBe(400_000);
    expect(history.lateDayCents).toBe(200_000 * 40 + 100_000 * 5);
    // Invoice 2 paid 40 days late and invoice 4 unpaid 63 days past due; invoice 3 is
    // within the 7-day tolerance; invoice 5 is not yet due.
    expect(history.invoices).toEqual({ observed: 4, late: 2 });
    expect(history.recent).toEqual({ observed: 2, late: 1 });
    expect(history.previous).toEqual({ observed: 2, late: 1 });
    expect(history.overdueCents).toBe(300_000);
    expect(history.overdueDayCents).toBe(300_000 * 63);
    expect(history.openCents).toBe(350_000);
    expect(history.invoicedLast12MonthsCents).toBe(650_000);
  });
});

describe('assessDebtor', () => {
  it('adds up each factor by hand to a class C score of 41', () => {
    const { assessment } = assessDebtor(handWorkedDebtor(), { asOf: AS_OF, rates: BTP_RATES });
    const points = Object.fromEntries(assessment.factors.map((f) => [f.key, f.points]));

    expect(points).toEqual({
      // 25 × 21,25 days / 60
      lateHistory: 8.9,
      // 15 × 2 late / 4
      lateShare: 7.5,
      // 20 × 63/90 × min(1, 2 × 300 000/350 000)
      overdueNow: 14,
      // 1 late in 2 both in the last 6 months and the 12 before
      trend: 0,
      // one dispute in 24 months, closed
      disputes: 3,
      // the promise due 15/10/2026 was not kept
      brokenPromises: 5,
      // 18 months since the first invoice
      relationship: 1,
      // 5 × 40 % for the BTP sector
      sector: 2,
    });
    expect(assessment.score).toBe(41);
    expect(assessment.riskClass).toBe('C');
    expect(assessment.neutral).toBe(false);
  });

  it('explains every factor in French with the figures behind it', () => {
    const { assessment } = assessDebtor(handWorkedDebtor(), { asOf: AS_OF, rates: BTP_RATES });
    const detail = (key: string) =>
      assessment.factors.find((factor) => factor.key === key)?.detail.replace(/\s/g, ' ');

    expect(detail('lateHistory')).toBe(
      'Retard moyen de 21 jours après l’échéance sur 4 000,00 € réglés.',
    );
    expect(detail('lateShare')).toBe(
      '2 factures sur 4 payées plus de 7 jours après l’échéance ou encore impayées.',
    );
    expect(detail('overdueNow')).toBe(
      '3 000,00 € échus depuis 63 jours en moyenne (86 % de l’encours).',
    );
    expect(detail('sector')).toBe('40 % des factures du secteur « BTP » sont payées en retard.');
    expect(assessment.explanation).toContain('Score 41 sur 100');
  });

  it('gives a debtor without any invoice due or settled the neutral class and says so', () => {
    const ledger = ledgerOf({
      debtors: [debtor(2)],
      invoices: [invoice(9, 2, '2026-11-25', '2026-12-25', 80_000)],
    });

    const { assessment } = assessDebtor(groupByDebtor(ledger).get(2)!, {
      asOf: AS_OF,
      rates: BTP_RATES,
    });

    expect(assessment.riskClass).toBe('B');
    expect(assessment.score).toBeNull();
    expect(assessment.neutral).toBe(true);
    expect(assessment.explanation).toContain('Pas encore d’historique de paiement');
    expect(assessment.explanation).toContain('classe neutre B');
  });

  it('sees only what was known on the day assessed', () => {
    const before = assessDebtor(handWorkedDebtor(), { asOf: '2026-09-30', rates: BTP_RATES });
    const after = assessDebtor(handWorkedDebtor(), { asOf: AS_OF, rates: BTP_RATES });

    // On 30/09/2026 invoice 4 was not due yet and the promise not made.
    expect(before.history.overdueCents).toBe(0);
    expect(before.assessment.score).toBeLessThan(after.assessment.score!);
  });
});

describe('riskClassForScore', () => {
  it('cuts the 0–100 score into four classes at 15, 40 and 55', () => {
    expect([0, 14, 15, 39, 40, 54, 55, 100].map(riskClassForScore)).toEqual([
      'A',
      'A',
      'B',
      'B',
      'C',
      'C',
      'D',
      'D',
    ]);
  });
});
