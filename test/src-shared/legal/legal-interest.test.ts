import { describe, expect, it } from 'vitest';
import { legalInterest, majorationStart } from '../../../src-shared/legal/legal-interest';
import { shippedRateTables } from './shipped-assets';

const tables = shippedRateTables();

describe('legalInterest', () => {
  it('runs from the day after the mise en demeure at each half-year rate, worked by hand', () => {
    // 5 000,00 € claimed, mise en demeure of 10/05/2024, computed on 31/01/2025, « autres cas »:
    // 2024-S1 5,07 %, 2024-S2 4,92 %, 2025-S1 3,71 %.
    // 11/05 → 30/06/2024: 21 + 30 = 51 days; 500 000 × 51 × 507 / 3 650 000 = 3 542,05 → 3 542
    // 01/07 → 31/12/2024: 184 days; 500 000 × 184 × 492 / 3 650 000 = 12 401,10 → 12 401
    // 01/01 → 31/01/2025: 31 days; 500 000 × 31 × 371 / 3 650 000 = 1 575,48 → 1 575
    // Total: 3 542 + 12 401 + 1 575 = 17 518 cents.
    const result = legalInterest(tables, {
      principalCents: 500_000,
      payments: [],
      miseEnDemeureDate: '2024-05-10',
      computedOn: '2025-01-31',
      column: 'autresCas',
    });

    expect(result.ok && result.lines.map((line) => [line.from, line.to, line.days])).toEqual([
      ['2024-05-11', '2024-06-30', 51],
      ['2024-07-01', '2024-12-31', 184],
      ['2025-01-01', '2025-01-31', 31],
    ]);
    expect(result.ok && result.lines.map((line) => line.amountCents)).toEqual([3542, 12_401, 1575]);
    expect(result.ok && result.totalCents).toBe(17_518);
    expect(result.ok && result.lines[0]?.basis).toBe(
      "taux de l'intérêt légal du 1er semestre 2024, autres cas (5,07\u00a0%)",
    );
  });

  it('adds 5 points from the day after the two months that follow an enforceable judgment', () => {
    // Judgment enforceable on 20/09/2024: the two months end on 20/11/2024, +5 points from 21/11.
    // 01/07 → 20/11/2024: 31 + 31 + 30 + 31 + 20 = 143 days × 4,92 %:
    //   500 000 × 143 × 492 / 3 650 000 = 9 637,81 → 9 638
    // 21/11 → 31/12/2024: 10 + 31 = 41 days × 9,92 %:
    //   500 000 × 41 × 992 / 3 650 000 = 5 571,51 → 5 572
    // 01/01 → 31/01/2025: 31 days × 8,71 %: 500 000 × 31 × 871 / 3 650 000 = 3 698,77 → 3 699
    // Total with the 3 542 of the first half-year: 3 542 + 9 638 + 5 572 + 3 699 = 22 451.
    const result = legalInterest(tables, {
      principalCents: 500_000,
      payments: [],
      miseEnDemeureDate: '2024-05-10',
      computedOn: '2025-01-31',
      column: 'autresCas',
      judgmentEnforceableOn: '2024-09-20',
    });

    expect(
      result.ok && result.lines.map((line) => [line.from, line.rateBp, line.amountCents]),
    ).toEqual([
      ['2024-05-11', 507, 3542],
      ['2024-07-01', 492, 9638],
      ['2024-11-21', 992, 5572],
      ['2025-01-01', 871, 3699],
    ]);
    expect(result.ok && result.totalCents).toBe(22_451);
    expect(result.ok && result.lines[2]?.basis).toContain('+ 5 points (C. mon. fin. art. L313-3');
  });

  it('starts the majoration on the day after the same date two months later', () => {
    expect(majorationStart('2024-09-20')).toBe('2024-11-21');
    expect(majorationStart('2024-12-31')).toBe('2025-03-01');
  });

  it("reads the creditor's column: a private creditor gets the higher rate", () => {
    // 01/02 → 29/02/2024: 29 days; 100 000 × 29 × 801 / 3 650 000 = 636,41 → 636
    const result = legalInterest(tables, {
      principalCents: 100_000,
      payments: [],
      miseEnDemeureDate: '2024-01-31',
      computedOn: '2024-02-29',
      column: 'personnePhysique',
    });

    expect(result.ok && result.lines).toEqual([
      expect.objectContaining({ days: 29, rateBp: 801, amountCents: 636 }),
    ]);
  });

  it('lowers the base from the day after a partial payment', () => {
    // 01/03 → 10/03/2025 on 3 000,00 €: 10 days × 3,71 %:
    //   300 000 × 10 × 371 / 3 650 000 = 304,93 → 305
    // 11/03 → 31/03/2025 on 1 000,00 €: 21 days: 100 000 × 21 × 371 / 3 650 000 = 213,45 → 213
    const result = legalInterest(tables, {
      principalCents: 300_000,
      payments: [{ date: '2025-03-10', amountCents: 200_000 }],
      miseEnDemeureDate: '2025-02-28',
      computedOn: '2025-03-31',
      column: 'autresCas',
    });

    expect(result.ok && result.lines.map((line) => [line.baseCents, line.amountCents])).toEqual([
      [300_000, 305],
      [100_000, 213],
    ]);
  });

  it('names the second half of 2026 when its rate is not in the table', () => {
    const result = legalInterest(tables, {
      principalCents: 100_000,
      payments: [],
      miseEnDemeureDate: '2026-06-01',
      computedOn: '2026-08-01',
      column: 'autresCas',
    });

    expect(!result.ok && result.error.message).toBe(
      "Le taux de l'intérêt légal du 2e semestre 2026 n'est pas encore renseigné : " +
        'ajoutez-le dans les réglages.',
    );
  });
});
