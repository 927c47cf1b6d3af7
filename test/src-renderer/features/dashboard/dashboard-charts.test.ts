import type { TooltipItem } from 'chart.js';
import { describe, expect, it } from 'vitest';
import {
  agedBalanceChart,
  agedEvolutionChart,
  forecastChart,
  relanceChart,
  riskClassChart,
} from '../../../../src-renderer/features/dashboard/charts/dashboard-charts';
import { buildDashboard } from '../../../../src-shared/reporting/dashboard';
import { defaultDashboardFilters } from '../../../../src-shared/reporting/dashboard-filters';
import { groupByDebtor } from '../../../../src-shared/reporting/report-ledger';
import { rateDebtors } from '../../../../src-shared/risk/assess-file';
import { plainSpaces } from '../../../support/plain-spaces';
import { debtor, invoice, ledgerOf, payment } from '../../../support/report-ledger-builder';

const AS_OF = '2026-12-03';

function dashboard() {
  const ledger = ledgerOf({
    debtors: [debtor(1), debtor(2, { sector: 'Santé' })],
    invoices: [
      invoice(1, 1, '2026-06-01', '2026-07-01', 150_000),
      invoice(2, 1, '2026-11-20', '2026-12-20', 123_456),
      invoice(3, 2, '2026-10-01', '2026-10-31', 80_000),
    ],
    payments: [payment(1, 2, '2026-11-20', [[3, 30_000]])],
    relanceActions: [
      { debtorId: 2, date: '2026-11-10', channel: 'email', actor: 'Claire' },
      { debtorId: 2, date: '2026-11-15', channel: 'appel', actor: 'Claire' },
    ],
  });
  const byDebtor = groupByDebtor(ledger);
  return buildDashboard(
    { ledger, byDebtor, ratings: rateDebtors(byDebtor.values(), AS_OF) },
    defaultDashboardFilters(AS_OF),
  );
}

function tooltip(spec: ReturnType<typeof agedBalanceChart>, datasetIndex: number, index: number) {
  const dataset = spec.data.datasets[datasetIndex]!;
  const item = { dataset, raw: dataset.data[index], dataIndex: index } as TooltipItem<'bar'>;
  const label = spec.options.plugins?.tooltip?.callbacks?.label as (
    i: TooltipItem<'bar'>,
  ) => string;
  return plainSpaces(label(item));
}

describe('agedBalanceChart', () => {
  it('gives one bar per bucket with the bucket’s open amount', () => {
    const spec = agedBalanceChart(dashboard());

    expect(spec.data.labels).toEqual([
      'Non échu',
      '1 à 30 jours',
      '31 à 60 jours',
      '61 à 90 jours',
      'Plus de 90 jours',
    ]);
    expect(spec.data.datasets[0]!.data).toEqual([123_456, 0, 50_000, 0, 150_000]);
    expect(spec.data.datasets[0]!.label).toBe('Encours au 03/12/2026');
  });

  it('writes amounts the French way on the axis and in the tooltip', () => {
    const spec = agedBalanceChart(dashboard());
    const tick = spec.options.scales?.y?.ticks?.callback as (value: number) => string;

    expect(plainSpaces(tick.call(null as never, 150_000))).toBe('1,5 k €');
    expect(tooltip(spec, 0, 0)).toBe('Encours au 03/12/2026 : 1 234,56 €');
    expect(spec.options.locale).toBe('fr-FR');
    expect(spec.options.interaction).toEqual({ mode: 'index', intersect: false });
  });

  it('opens the debtors of the bucket clicked', () => {
    const spec = agedBalanceChart(dashboard());

    expect(spec.selectorAt(0, 4)).toEqual({ kind: 'agedBucket', bucket: 'over90', date: null });
    expect(spec.selectorAt(0, 9)).toBeNull();
  });
});

describe('agedEvolutionChart', () => {
  it('stacks the buckets at each month end and opens the debtors of a segment that day', () => {
    const data = dashboard();
    const spec = agedEvolutionChart(data);

    expect(spec.data.labels).toHaveLength(13);
    expect(spec.data.labels?.[12]).toBe('03/12/2026');
    expect(spec.data.datasets.map((dataset) => dataset.label)).toEqual([
      'Non échu',
      '1 à 30 jours',
      '31 à 60 jours',
      '61 à 90 jours',
      'Plus de 90 jours',
    ]);
    expect(spec.data.datasets[4]!.data[12]).toBe(150_000);
    expect(spec.options.scales?.x?.stacked).toBe(true);
    expect(spec.selectorAt(2, 11)).toEqual({
      kind: 'agedBucket',
      bucket: 'days31to60',
      date: '2026-11-30',
    });
  });
});

describe('forecastChart', () => {
  it('labels each week by its Monday and stacks plans, promises and invoices', () => {
    const spec = forecastChart(dashboard());

    expect(spec.data.labels?.[0]).toBe('Sem. du 30/11');
    expect(spec.data.datasets.map((dataset) => dataset.label)).toEqual([
      'Échéanciers',
      'Promesses',
      'Factures (délai habituel)',
    ]);
    // Invoice 2 (1 234,56 €, due 20/12, no payment history) is expected the week of 14/12.
    expect(spec.data.datasets[2]!.data[2]).toBe(123_456);
    expect(spec.selectorAt(2, 2)).toEqual({ kind: 'forecastWeek', weekStart: '2026-12-14' });
  });
});

describe('relanceChart', () => {
  it('shows what each channel recovered and how many actions it took', () => {
    const spec = relanceChart(dashboard());
    const afterLabel = spec.options.plugins?.tooltip?.callbacks?.afterLabel as (
      item: TooltipItem<'bar'>,
    ) => string;

    expect(spec.data.labels?.slice(0, 2)).toEqual(['E-mail', 'Lettre simple']);
    // The 300 € paid on 20/11 follows the call of 15/11.
    expect(spec.data.datasets[0]!.data[4]).toBe(30_000);
    expect(afterLabel({ dataIndex: 4 } as TooltipItem<'bar'>)).toBe('1 action(s)');
    expect(spec.selectorAt(0, 4)).toEqual({ kind: 'relanceChannel', channel: 'appel' });
  });
});

describe('riskClassChart', () => {
  it('colours each class and opens its debtors', () => {
    const spec = riskClassChart(dashboard());

    expect(spec.data.labels?.[0]).toBe('A — risque faible');
    expect(spec.data.datasets[0]!.backgroundColor).toEqual([
      '#2e7d32',
      '#9acd32',
      '#f28e2b',
      '#c62828',
    ]);
    const total = (spec.data.datasets[0]!.data as number[]).reduce((sum, value) => sum + value, 0);
    expect(total).toBe(323_456);
    expect(spec.selectorAt(0, 3)).toEqual({ kind: 'riskClass', riskClass: 'D' });
  });
});
