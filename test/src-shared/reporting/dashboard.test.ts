import { describe, expect, it } from 'vitest';
import { buildDashboard } from '../../../src-shared/reporting/dashboard';
import {
  checkDashboardPeriod,
  defaultDashboardFilters,
} from '../../../src-shared/reporting/dashboard-filters';
import type { ReportSources } from '../../../src-shared/reporting/dashboard-view';
import { debtorsBehind } from '../../../src-shared/reporting/drill-down';
import { dashboardTables, riskMapTables } from '../../../src-shared/reporting/figure-tables';
import { groupByDebtor } from '../../../src-shared/reporting/report-ledger';
import { buildRiskMap } from '../../../src-shared/reporting/risk-map-report';
import { rateDebtors } from '../../../src-shared/risk/assess-file';
import { debtor, dispute, invoice, ledgerOf, payment } from '../../support/report-ledger-builder';

const AS_OF = '2026-12-03';

function sources(): ReportSources {
  const ledger = ledgerOf({
    debtors: [
      debtor(1, { displayName: 'Alpha', sector: 'BTP', departement: '75', postalCode: '75011' }),
      debtor(2, { displayName: 'Bêta', sector: 'Santé', departement: '92', postalCode: '92100' }),
      debtor(3, { displayName: 'Gamma', sector: 'BTP', departement: '93', postalCode: '93100' }),
    ],
    invoices: [
      invoice(1, 1, '2026-09-01', '2026-10-01', 100_000),
      invoice(2, 1, '2026-11-15', '2026-12-15', 40_000),
      invoice(3, 2, '2026-10-01', '2026-11-01', 70_000),
      invoice(4, 3, '2026-06-01', '2026-07-01', 10_000),
    ],
    payments: [
      payment(1, 1, '2026-11-20', [[1, 25_000]]),
      payment(2, 3, '2026-07-01', [[4, 10_000]]),
    ],
    disputes: [dispute(1, 2, '2026-11-10', null, [3])],
  });
  const byDebtor = groupByDebtor(ledger);
  return { ledger, byDebtor, ratings: rateDebtors(byDebtor.values(), AS_OF) };
}

describe('dashboard filters', () => {
  it('defaults to the three months ending today', () => {
    expect(defaultDashboardFilters(AS_OF)).toMatchObject({ from: '2026-09-04', to: AS_OF });
  });

  it('refuses a period in the future or in the wrong order, field by field', () => {
    expect(checkDashboardPeriod({ from: '2026-12-01', to: '2026-12-31' }, AS_OF).to).toContain(
      'ne peut pas dépasser aujourd’hui',
    );
    expect(checkDashboardPeriod({ from: '2026-12-01', to: '2026-11-01' }, AS_OF).from).toBe(
      'La date de début doit précéder la date de fin.',
    );
    expect(checkDashboardPeriod({ from: '2026-09-01', to: AS_OF }, AS_OF)).toEqual({});
  });
});

describe('buildDashboard', () => {
  it('computes every figure over the debtors the filters keep', () => {
    const all = buildDashboard(sources(), defaultDashboardFilters(AS_OF));
    const btp = buildDashboard(sources(), { ...defaultDashboardFilters(AS_OF), sector: 'BTP' });

    expect(all.debtorCount).toBe(3);
    expect(all.totals.outstandingCents).toBe(75_000 + 40_000 + 70_000);
    expect(all.totals.disputedCents).toBe(70_000);
    expect(all.aged.buckets.days61to90).toBe(75_000);
    expect(all.topOverdue.map((row) => row.displayName)).toEqual(['Alpha', 'Bêta']);
    expect(btp.debtorCount).toBe(2);
    expect(btp.totals.outstandingCents).toBe(115_000);
    expect(btp.totals.disputedCents).toBe(0);
  });

  it('filters on the risk class each debtor has at the end of the period', () => {
    const source = sources();
    const classes = new Set([...source.ratings.ratings.values()].map((r) => r.riskClass));
    const chosen = [...classes][0]!;

    const dashboard = buildDashboard(source, {
      ...defaultDashboardFilters(AS_OF),
      riskClass: chosen,
    });

    const expected = [...source.ratings.ratings.values()].filter((r) => r.riskClass === chosen);
    expect(dashboard.debtorCount).toBe(expected.length);
  });
});

describe('debtorsBehind', () => {
  it('lists the debtors behind an aged bucket with their shares adding up to the bar', () => {
    const source = sources();
    const filters = defaultDashboardFilters(AS_OF);
    const dashboard = buildDashboard(source, filters);

    const behind = debtorsBehind(source, filters, {
      kind: 'agedBucket',
      bucket: 'days31to60',
      date: null,
    });

    expect(behind.rows.map((row) => [row.displayName, row.amountCents])).toEqual([
      ['Bêta', 70_000],
    ]);
    expect(behind.totalCents).toBe(dashboard.aged.buckets.days31to60);
    expect(behind.amountLabel).toBe('Dans cette tranche');
  });

  it('lists the debtors of a département and of a Paris arrondissement', () => {
    const filters = defaultDashboardFilters(AS_OF);

    const hautsDeSeine = debtorsBehind(sources(), filters, { kind: 'geo', geo: '92' });
    const eleventh = debtorsBehind(sources(), filters, { kind: 'arrondissement', number: 11 });

    expect(hautsDeSeine.rows.map((row) => row.displayName)).toEqual(['Bêta']);
    expect(eleventh.rows.map((row) => [row.displayName, row.amountCents])).toEqual([
      ['Alpha', 115_000],
    ]);
  });

  it('lists the debtors behind the disputed total and an aged bucket of a past month end', () => {
    const filters = defaultDashboardFilters(AS_OF);

    const disputed = debtorsBehind(sources(), filters, { kind: 'total', figure: 'disputed' });
    const october = debtorsBehind(sources(), filters, {
      kind: 'agedBucket',
      bucket: 'days1to30',
      date: '2026-10-31',
    });

    expect(disputed.rows.map((row) => [row.displayName, row.amountCents])).toEqual([
      ['Bêta', 70_000],
    ]);
    // On 31/10 invoice 1 was 30 days late and not yet partly paid.
    expect(october.rows.map((row) => [row.displayName, row.amountCents])).toEqual([
      ['Alpha', 100_000],
    ]);
  });
});

describe('figure tables', () => {
  it('turns every figure into a sheet with its columns and rows', () => {
    const filters = defaultDashboardFilters(AS_OF);
    const tables = [
      ...dashboardTables(buildDashboard(sources(), filters)),
      ...riskMapTables(buildRiskMap(sources(), filters)),
    ];

    expect(tables.map((table) => table.key)).toEqual([
      'montants',
      'indicateurs',
      'balance-agee',
      'evolution',
      'top-retards',
      'relances',
      'prevision',
      'responsables',
      'classes',
      'classe-secteur',
      'taille',
      'departements',
      'arrondissements',
      'saisonnalite',
    ]);
    const amounts = tables[0]!;
    expect(amounts.rows[0]).toEqual(['Encours', 185_000]);
    expect(amounts.columns[1]).toEqual({ header: 'Valeur', kind: 'cents' });
    const aged = tables.find((table) => table.key === 'balance-agee')!;
    expect(aged.rows).toContainEqual(['31 à 60 jours', 70_000]);
    for (const table of tables) {
      for (const row of table.rows) expect(row).toHaveLength(table.columns.length);
    }
  });
});
