import type { TooltipItem } from 'chart.js';
import { describe, expect, it } from 'vitest';
import {
  seasonalityChart,
  sizeChart,
} from '../../../../src-renderer/features/dashboard/charts/risk-map-charts';
import { defaultDashboardFilters } from '../../../../src-shared/reporting/dashboard-filters';
import { debtorsBehind } from '../../../../src-shared/reporting/drill-down';
import { groupByDebtor } from '../../../../src-shared/reporting/report-ledger';
import { buildRiskMap } from '../../../../src-shared/reporting/risk-map-report';
import { rateDebtors } from '../../../../src-shared/risk/assess-file';
import { debtor, invoice, ledgerOf, payment } from '../../../support/report-ledger-builder';

const AS_OF = '2026-12-03';

function sources() {
  const ledger = ledgerOf({
    debtors: [
      debtor(1, { sizeClass: 'micro' }),
      debtor(2, { kind: 'particulier', sizeClass: null }),
    ],
    invoices: [
      invoice(1, 1, '2026-10-01', '2026-11-01', 100_000),
      invoice(2, 1, '2026-10-01', '2026-11-10', 100_000),
      invoice(3, 2, '2026-11-01', '2026-11-15', 40_000),
    ],
    payments: [payment(1, 1, '2026-11-02', [[1, 100_000]])],
  });
  const byDebtor = groupByDebtor(ledger);
  return { ledger, byDebtor, ratings: rateDebtors(byDebtor.values(), AS_OF) };
}

function report() {
  return buildRiskMap(sources(), defaultDashboardFilters(AS_OF));
}

describe('sizeChart', () => {
  it('puts open and overdue amounts side by side for each size class', () => {
    const spec = sizeChart(report());

    expect(spec.data.labels).toEqual([
      'Microentreprises',
      'PME',
      'ETI',
      'Grandes entreprises',
      'Particuliers',
      'Taille non renseignée',
    ]);
    expect(spec.data.datasets.map((dataset) => dataset.label)).toEqual(['Encours', 'Dont échu']);
    expect(spec.data.datasets[0]!.data).toEqual([100_000, 0, 0, 0, 40_000, 0]);
    expect(spec.options.plugins?.legend).toEqual({ display: true, position: 'bottom' });
    expect(spec.selectorAt(1, 4)).toEqual({ kind: 'size', size: 'particulier' });
  });
});

describe('seasonalityChart', () => {
  it('labels the due months in French and gives the late rate in the tooltip', () => {
    const spec = seasonalityChart(report());
    const afterBody = spec.options.plugins?.tooltip?.callbacks?.afterBody as (
      items: TooltipItem<'bar'>[],
    ) => string;
    const november = spec.data.labels!.indexOf('nov. 2026');

    expect(spec.data.labels).toHaveLength(24);
    // November: 2 400 € fell due; 1 000 € was paid the day after, 1 400 € is still unpaid.
    expect(spec.data.datasets[0]!.data[november]).toBe(240_000);
    expect(spec.data.datasets[1]!.data[november]).toBe(140_000);
    expect(afterBody([{ dataIndex: november } as TooltipItem<'bar'>]).replace(/\s/g, ' ')).toBe(
      'Taux de retard : 58,3 %',
    );
  });

  it('opens everything due that month from the grey bar, the late part from the red one', () => {
    const spec = seasonalityChart(report());
    const november = spec.data.labels!.indexOf('nov. 2026');
    const due = spec.selectorAt(0, november)!;
    const late = spec.selectorAt(1, november)!;

    const dueList = debtorsBehind(sources(), defaultDashboardFilters(AS_OF), due);
    const lateList = debtorsBehind(sources(), defaultDashboardFilters(AS_OF), late);

    expect(spec.data.datasets.map((dataset) => dataset.label)).toEqual([
      'Échu dans le mois',
      'Payé en retard ou impayé',
    ]);
    expect(due).toEqual({ kind: 'dueMonth', month: '2026-11', part: 'due' });
    expect(late).toEqual({ kind: 'dueMonth', month: '2026-11', part: 'late' });
    // Debtor 1 owed 2 000 € in November, paid 1 000 € the day after the due date (on time)
    // and still owes the rest; debtor 2's 400 € is unpaid since 15/11.
    expect(dueList.amountLabel).toBe('Échu dans le mois');
    expect(dueList.rows.map((row) => [row.debtorId, row.amountCents])).toEqual([
      [1, 200_000],
      [2, 40_000],
    ]);
    expect(lateList.amountLabel).toBe('Payé en retard ou resté impayé');
    expect(lateList.rows.map((row) => [row.debtorId, row.amountCents])).toEqual([
      [1, 100_000],
      [2, 40_000],
    ]);
    expect(lateList.totalCents).toBe(spec.data.datasets[1]!.data[november]);
    expect(dueList.totalCents).toBe(spec.data.datasets[0]!.data[november]);
  });
});
