import { describe, expect, it } from 'vitest';
import { latePaymentPenalties } from '../../../src-shared/legal/late-payment-penalties';
import { shippedRateTables } from './shipped-assets';

const tables = shippedRateTables();

describe('latePaymentPenalties', () => {
  it('splits by half-year and by partial payment, with each line worked by hand', () => {
    // Invoice 10 000,00 € due 15/05/2023, 4 000,00 € paid on 10/09/2023, computed on 15/02/2024.
    // Statutory rate: ECB on 1 Jan 2023 2,50 % → 12,50 %; on 1 Jul 2023 4,00 % → 14,00 %;
    // on 1 Jan 2024 4,50 % → 14,50 %. Simple interest: base × days × rate / (365 × 10 000 bp).
    const result = latePaymentPenalties(tables, {
      dueDate: '2023-05-15',
      amountInclTaxCents: 1_000_000,
      payments: [{ date: '2023-09-10', amountCents: 400_000 }],
      computedOn: '2024-02-15',
      rate: { kind: 'statutory' },
    });

    // 16/05 → 30/06/2023: 16 + 30 = 46 days; 1 000 000 × 46 × 1250 / 3 650 000 = 15 753,42 → 15 753
    // 01/07 → 10/09/2023 (paid on the 10th, so still owed that day): 31 + 31 + 10 = 72 days;
    //   1 000 000 × 72 × 1400 / 3 650 000 = 27 616,44 → 27 616
    // 11/09 → 31/12/2023: 20 + 31 + 30 + 31 = 112 days; 600 000 × 112 × 1400 / 3 650 000
    //   = 25 775,34 → 25 775
    // 01/01 → 15/02/2024: 31 + 15 = 46 days; 600 000 × 46 × 1450 / 3 650 000 = 10 964,38 → 10 964
    // Total: 15 753 + 27 616 + 25 775 + 10 964 = 80 108 cents, i.e. 801,08 €.
    expect(result.ok && result.lines).toEqual([
      line('2023-05-16', '2023-06-30', 46, 1_000_000, 1250, 15_753),
      line('2023-07-01', '2023-09-10', 72, 1_000_000, 1400, 27_616),
      line('2023-09-11', '2023-12-31', 112, 600_000, 1400, 25_775),
      line('2024-01-01', '2024-02-15', 46, 600_000, 1450, 10_964),
    ]);
    expect(result.ok && result.totalCents).toBe(80_108);
  });

  it('says on each line which ECB rate it comes from', () => {
    const result = latePaymentPenalties(tables, {
      dueDate: '2023-06-30',
      amountInclTaxCents: 100_000,
      payments: [],
      computedOn: '2023-07-31',
      rate: { kind: 'statutory' },
    });

    expect(result.ok && result.lines[0]?.basis).toBe(
      'taux BCE au 1er juillet 2023 (4,00\u00a0%) + 10 points',
    );
  });

  it('counts one day of penalty for a payment made the day after the due date', () => {
    // 1 000 000 × 1 × 1450 / 3 650 000 = 397,26 → 397
    const result = latePaymentPenalties(tables, {
      dueDate: '2024-03-14',
      amountInclTaxCents: 1_000_000,
      payments: [{ date: '2024-03-15', amountCents: 1_000_000 }],
      computedOn: '2024-06-30',
      rate: { kind: 'statutory' },
    });

    expect(result.ok && result.lines).toEqual([
      line('2024-03-15', '2024-03-15', 1, 1_000_000, 1450, 397),
    ]);
  });

  it('owes nothing, and needs no rate, for an invoice paid off by its due date', () => {
    const result = latePaymentPenalties(tables, {
      dueDate: '2026-06-30',
      amountInclTaxCents: 50_000,
      payments: [{ date: '2026-06-30', amountCents: 50_000 }],
      computedOn: '2026-09-01',
      rate: { kind: 'statutory' },
    });

    expect(result).toEqual({ ok: true, lines: [], totalCents: 0 });
  });

  it('ignores a payment dated after the computation date', () => {
    // 01/03 → 31/03/2025: 31 days; 200 000 × 31 × 1315 / 3 650 000 = 2 233,70 → 2 234
    const result = latePaymentPenalties(tables, {
      dueDate: '2025-02-28',
      amountInclTaxCents: 200_000,
      payments: [{ date: '2025-04-10', amountCents: 200_000 }],
      computedOn: '2025-03-31',
      rate: { kind: 'statutory' },
    });

    expect(result.ok && result.totalCents).toBe(2234);
  });

  it('follows each ECB operation before 2013, when rates were not fixed per half-year', () => {
    // Invoice 1 000,00 € due 30/06/2011, computed on 31/12/2011. MRO: 1,25 % (13/04), 1,50 %
    // (13/07), 1,25 % (09/11), 1,00 % (14/12), each + 10 points.
    // 01/07 → 12/07: 12 days × 11,25 %: 100 000 × 12 × 1125 / 3 650 000 = 369,86 → 370
    // 13/07 → 08/11: 19 + 31 + 30 + 31 + 8 = 119 days × 11,50 %: 3 749,32 → 3 749
    // 09/11 → 13/12: 22 + 13 = 35 days × 11,25 %: 1 078,77 → 1 079
    // 14/12 → 31/12: 18 days × 11,00 %: 542,47 → 542; total 5 740
    const result = latePaymentPenalties(tables, {
      dueDate: '2011-06-30',
      amountInclTaxCents: 100_000,
      payments: [],
      computedOn: '2011-12-31',
      rate: { kind: 'statutory' },
    });

    expect(result.ok && result.lines.map((item) => [item.from, item.days, item.rateBp])).toEqual([
      ['2011-07-01', 12, 1125],
      ['2011-07-13', 119, 1150],
      ['2011-11-09', 35, 1125],
      ['2011-12-14', 18, 1100],
    ]);
    expect(result.ok && result.totalCents).toBe(5740);
  });

  it('refuses days before 2009, when the margin over the ECB rate was not 10 points', () => {
    const result = latePaymentPenalties(tables, {
      dueDate: '2008-11-30',
      amountInclTaxCents: 100_000,
      payments: [],
      computedOn: '2009-03-31',
      rate: { kind: 'statutory' },
    });

    expect(!result.ok && result.error.code).toBe('unsupported-period');
    expect(!result.ok && result.error.message).toContain('01/01/2009');
  });

  it('names the missing half-year instead of guessing the ECB rate of July 2026', () => {
    const result = latePaymentPenalties(tables, {
      dueDate: '2026-06-15',
      amountInclTaxCents: 100_000,
      payments: [],
      computedOn: '2026-07-10',
      rate: { kind: 'statutory' },
    });

    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'missing-rate',
        table: 'bce',
        message:
          'Le taux de la BCE en vigueur au 1er juillet 2026, qui fixe les pénalités de retard du ' +
          "2e semestre 2026, n'est pas encore renseigné : ajoutez-le dans les réglages.",
      }),
    });
  });
});

describe('latePaymentPenalties with a contractual rate', () => {
  const contractual = (rateBp: number, dueDate: string, computedOn: string) =>
    latePaymentPenalties(tables, {
      dueDate,
      amountInclTaxCents: 200_000,
      payments: [],
      computedOn,
      rate: { kind: 'contractual', rateBp },
    });

  it('accepts 15,21 % in the first half of 2024, exactly the floor of 3 × 5,07 %', () => {
    // 01/02 → 29/02/2024: 29 days; 200 000 × 29 × 1521 / 3 650 000 = 2 416,93 → 2 417
    const result = contractual(1521, '2024-01-31', '2024-02-29');

    expect(result.ok && result.lines).toEqual([
      expect.objectContaining({ days: 29, rateBp: 1521, amountCents: 2417 }),
    ]);
  });

  it('refuses 15,20 % in the first half of 2024, under the floor of 15,21 %', () => {
    const result = contractual(1520, '2024-01-31', '2024-02-29');

    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'rate-below-floor', floorBp: 1521 }),
    });
    expect(!result.ok && result.error.message).toBe(
      'Le taux contractuel de 15,20\u00a0% est inférieur au minimum légal du 1er semestre 2024 : ' +
        "3 × 5,07\u00a0% (taux de l'intérêt légal, autres cas) = 15,21\u00a0% (C. com. art. " +
        'L441-10). Appliquez le taux légal (BCE + 10 points) ou un taux au moins égal à ce ' +
        'minimum.',
    );
  });

  it('refuses 15 % in the first half of 2024 but accepts it in the second (floor 14,76 %)', () => {
    // 01/08 → 30/09/2024: 31 + 30 = 61 days; 200 000 × 61 × 1500 / 3 650 000 = 5 013,70 → 5 014
    const firstHalf = contractual(1500, '2024-05-31', '2024-06-30');
    const secondHalf = contractual(1500, '2024-07-31', '2024-09-30');

    expect(firstHalf.ok).toBe(false);
    expect(secondHalf.ok && secondHalf.totalCents).toBe(5014);
  });

  it('checks the floor of every half-year the penalties run through', () => {
    // 15 % clears 2024-S2 (14,76 %) but not 2024-S1 (15,21 %), so a period spanning both fails.
    const result = contractual(1500, '2024-06-15', '2024-08-31');

    expect(!result.ok && result.error.message).toContain('1er semestre 2024');
  });

  it('refuses days before 2009, when the floor was not 3 × the taux légal', () => {
    const result = contractual(1500, '2008-12-15', '2009-01-31');

    expect(!result.ok && result.error.code).toBe('unsupported-period');
  });

  it("names the missing half-year when the floor's taux légal is unknown", () => {
    const result = contractual(1500, '2026-06-30', '2026-07-15');

    expect(!result.ok && result.error.message).toBe(
      "Le taux de l'intérêt légal du 2e semestre 2026 n'est pas encore renseigné : " +
        'ajoutez-le dans les réglages.',
    );
  });
});

function line(
  from: string,
  to: string,
  days: number,
  baseCents: number,
  rateBp: number,
  amountCents: number,
) {
  return expect.objectContaining({ from, to, days, baseCents, rateBp, amountCents });
}
