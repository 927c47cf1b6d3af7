import { describe, expect, it } from 'vitest';
import { settlementsByInvoice } from '../../../src-shared/reporting/invoice-settlements';
import {
  arrondissementLabel,
  parisArrondissement,
} from '../../../src-shared/reporting/paris-arrondissement';
import { riskMap } from '../../../src-shared/reporting/risk-map';
import { lateByDueMonth } from '../../../src-shared/reporting/seasonality';
import type { RiskRating } from '../../../src-shared/risk/risk-score';
import { debtor, invoice, payment } from '../../support/report-ledger-builder';

const rating = (riskClass: RiskRating['riskClass']): RiskRating => ({
  riskClass,
  score: 10,
  neutral: false,
});

describe('parisArrondissement', () => {
  it('reads the arrondissement from 75001–75020 and 75116, and none from a CEDEX code', () => {
    expect(
      ['75001', '75011', '75020', '75116', '75700', '75021', '92100'].map(parisArrondissement),
    ).toEqual([1, 11, 20, 16, null, null, null]);
    expect(arrondissementLabel(1)).toBe('1er');
    expect(arrondissementLabel(18)).toBe('18e');
  });
});

describe('riskMap', () => {
  it('places each debtor that owes something by class × sector, size and place', () => {
    const debtors = [
      debtor(1, { sector: 'BTP', sizeClass: 'micro', departement: '75', postalCode: '75011' }),
      debtor(2, { sector: 'BTP', sizeClass: 'pme', departement: '93', postalCode: '93100' }),
      debtor(3, {
        kind: 'particulier',
        sector: null,
        sizeClass: null,
        departement: '69',
        postalCode: '69001',
      }),
      debtor(4, { sector: 'Santé', departement: '75', postalCode: '75116' }),
    ];
    const exposure = new Map([
      [1, { openCents: 100_000, overdueCents: 40_000 }],
      [2, { openCents: 50_000, overdueCents: 50_000 }],
      [3, { openCents: 20_000, overdueCents: 0 }],
      [4, { openCents: 0, overdueCents: 0 }],
    ]);
    const ratings = new Map([
      [1, rating('A')],
      [2, rating('D')],
      [3, rating('D')],
      [4, rating('A')],
    ]);

    const map = riskMap(debtors, exposure, ratings, '2026-12-03');

    expect(map.sectors).toEqual(['BTP', '']);
    expect(map.byClassAndSector.A.BTP).toEqual({
      openCents: 100_000,
      overdueCents: 40_000,
      debtors: 1,
    });
    expect(map.byClassAndSector.D.BTP).toEqual({
      openCents: 50_000,
      overdueCents: 50_000,
      debtors: 1,
    });
    expect(map.byClassAndSector.D['']).toEqual({ openCents: 20_000, overdueCents: 0, debtors: 1 });
    expect(map.byClassAndSector.B.BTP).toEqual({ openCents: 0, overdueCents: 0, debtors: 0 });
    expect(map.byClass.D.openCents).toBe(70_000);
    expect(map.bySize.micro.openCents).toBe(100_000);
    expect(map.bySize.particulier.openCents).toBe(20_000);
    expect(map.byDepartement['75'].openCents).toBe(100_000);
    expect(map.byDepartement.hors_idf.openCents).toBe(20_000);
    expect(map.byArrondissement[11]!.debtors).toBe(1);
    // Debtor 4 owes nothing: it is on no map.
    expect(map.byArrondissement[16]!.debtors).toBe(0);
    expect(map.total).toEqual({ openCents: 170_000, overdueCents: 90_000, debtors: 3 });
  });
});

describe('lateByDueMonth', () => {
  it('shares the invoices of each due month paid late or still unpaid past due', () => {
    const invoices = [
      invoice(1, 1, '2026-09-01', '2026-10-05', 100_000),
      invoice(2, 1, '2026-09-10', '2026-10-20', 50_000),
      invoice(3, 1, '2026-10-01', '2026-11-10', 30_000),
      invoice(4, 1, '2026-11-01', '2026-12-01', 20_000),
    ];
    const settlements = settlementsByInvoice(
      [payment(1, 1, '2026-10-30', [[1, 100_000]]), payment(2, 1, '2026-10-22', [[2, 50_000]])],
      [],
    );

    const months = lateByDueMonth(invoices, settlements, '2026-12-03', 3);

    // October: invoice 1 paid 25 days late, invoice 2 two days late (within tolerance).
    // November: invoice 3 unpaid 23 days past due. December: invoice 4 due 2 days ago only.
    expect(months).toEqual([
      {
        month: '2026-10',
        dueCents: 150_000,
        lateCents: 100_000,
        openCents: 0,
        overdueCents: 0,
        lateRate: 2 / 3,
      },
      {
        month: '2026-11',
        dueCents: 30_000,
        lateCents: 30_000,
        openCents: 30_000,
        overdueCents: 30_000,
        lateRate: 1,
      },
      {
        month: '2026-12',
        dueCents: 20_000,
        lateCents: 0,
        openCents: 20_000,
        overdueCents: 20_000,
        lateRate: 0,
      },
    ]);
  });
});
