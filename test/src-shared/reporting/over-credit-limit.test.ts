import { describe, expect, it } from 'vitest';
import { buildDashboard, countOverCreditLimit } from '../../../src-shared/reporting/dashboard';
import { defaultDashboardFilters } from '../../../src-shared/reporting/dashboard-filters';
import { dashboardView, type ReportSources } from '../../../src-shared/reporting/dashboard-view';
import { debtorsBehind } from '../../../src-shared/reporting/drill-down';
import { groupByDebtor } from '../../../src-shared/reporting/report-ledger';
import { rateDebtors } from '../../../src-shared/risk/assess-file';
import type { RiskClass } from '../../../src-shared/risk/risk-class';
import { debtor, invoice, ledgerOf, payment } from '../../support/report-ledger-builder';

const AS_OF = '2026-12-03';

// Classes are set by hand so that each suggested limit can be worked out on paper.
const CLASSES: Record<number, RiskClass> = { 1: 'B', 2: 'D', 3: 'A', 4: 'B', 5: 'A', 6: 'C' };

function sources(): ReportSources {
  const ledger = ledgerOf({
    debtors: [
      debtor(1, { displayName: 'Alpha', sector: 'BTP' }),
      debtor(2, { displayName: 'Bêta', sector: 'Santé' }),
      debtor(3, { displayName: 'Gamma', sector: 'BTP' }),
      debtor(4, { displayName: 'Delta', sector: 'BTP' }),
      debtor(5, { displayName: 'Epsilon', sector: 'BTP' }),
      debtor(6, { displayName: 'Zêta', sector: 'BTP' }),
    ],
    invoices: [
      invoice(1, 1, '2026-10-01', '2026-10-31', 120_000),
      invoice(2, 2, '2026-11-01', '2026-12-01', 30_000),
      invoice(3, 3, '2026-11-01', '2026-12-01', 200_000),
      invoice(4, 4, '2026-11-01', '2026-12-01', 200_000),
      invoice(5, 5, '2024-03-01', '2024-04-01', 40_000),
      invoice(6, 6, '2026-11-01', '2026-12-01', 50_000),
    ],
    payments: [payment(1, 6, '2026-11-20', [[6, 50_000]])],
    creditLimits: new Map([
      [1, 50_000],
      [4, 200_000],
      [6, 10_000],
    ]),
  });
  const byDebtor = groupByDebtor(ledger);
  const rated = rateDebtors(byDebtor.values(), AS_OF);
  const ratings = new Map(
    [...rated.ratings].map(([id, rating]) => [id, { ...rating, riskClass: CLASSES[id]! }]),
  );
  return { ledger, byDebtor, ratings: { ...rated, ratings } };
}

describe('countOverCreditLimit', () => {
  it('counts the debtors owing more than the limit set by hand, else the suggested one', () => {
    const source = sources();
    const filters = defaultDashboardFilters(AS_OF);

    const count = countOverCreditLimit(dashboardView(source, filters), source);

    // Alpha owes 1 200 € against 500 € set by hand: over by 700 €.
    // Bêta is class D: no credit suggested (0 €), it owes 300 €: over by 300 €.
    // Gamma is class A, invoiced 2 000 € over 2 months: 1 000 € a month, but its largest
    // invoice is 2 000 €, so 3 × 2 000 € = 6 000 € suggested; it owes 2 000 €: within.
    // Delta owes exactly its 2 000 € limit: not beyond it.
    // Epsilon was not invoiced in the last 12 months: no limit to pass.
    // Zêta has a 100 € limit but has paid everything: it owes nothing.
    expect(count).toBe(2);
    expect(buildDashboard(source, filters).overCreditLimit).toBe(2);
    expect(
      buildDashboard(source, { ...filters, sector: 'BTP' }).overCreditLimit,
      'Alpha only among BTP',
    ).toBe(1);
  });

  it('lists the same debtors behind the figure, with the excess over their limit', () => {
    const behind = debtorsBehind(sources(), defaultDashboardFilters(AS_OF), {
      kind: 'total',
      figure: 'overLimit',
    });

    expect(behind.amountLabel).toBe('Dépassement du plafond');
    expect(behind.rows.map((row) => [row.displayName, row.amountCents, row.openCents])).toEqual([
      ['Alpha', 70_000, 120_000],
      ['Bêta', 30_000, 30_000],
    ]);
    expect(behind.count).toBe(2);
    expect(behind.totalCents).toBe(100_000);
  });
});
