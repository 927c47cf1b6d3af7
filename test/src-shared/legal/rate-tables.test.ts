import { describe, expect, it } from 'vitest';
import { latePaymentPenalties } from '../../../src-shared/legal/late-payment-penalties';
import {
  b2bRateForHalfYear,
  ecbRateOn,
  legalRateForHalfYear,
  mergeUserRates,
} from '../../../src-shared/legal/rate-tables';
import { shippedRateTables } from './shipped-assets';

const shipped = shippedRateTables();

describe('b2bRateForHalfYear', () => {
  it('takes the ECB rate in force on 1 January or 1 July and adds 10 points', () => {
    const firstHalf2023 = b2bRateForHalfYear(shipped, '2023-01-01');
    const secondHalf2023 = b2bRateForHalfYear(shipped, '2023-07-01');

    // 2,50 % since 21/12/2022 → 12,50 %; 4,00 % since 21/06/2023 → 14,00 %.
    expect(firstHalf2023.ok && firstHalf2023.value.rateBp).toBe(1250);
    expect(secondHalf2023.ok && secondHalf2023.value.rateBp).toBe(1400);
  });

  it('keeps 10,00 % for the second half of 2022: the July hike took effect on 27 July', () => {
    const result = b2bRateForHalfYear(shipped, '2022-07-01');

    expect(result.ok && result.value.rateBp).toBe(1000);
  });

  it('gives 12,15 % for the first half of 2026 and refuses to guess the second', () => {
    const first = b2bRateForHalfYear(shipped, '2026-01-01');
    const second = b2bRateForHalfYear(shipped, '2026-07-01');

    expect(first.ok && first.value.rateBp).toBe(1215);
    expect(!second.ok && second.error.message).toContain('1er juillet 2026');
  });
});

describe('ecbRateOn', () => {
  it('does not stretch the last known rate past the day the table is confirmed to', () => {
    expect(ecbRateOn(shipped, '2026-01-01').ok).toBe(true);
    expect(ecbRateOn(shipped, '2026-01-02').ok).toBe(false);
  });
});

describe('legalRateForHalfYear', () => {
  it('reads the column of the creditor', () => {
    const other = legalRateForHalfYear(shipped, '2026-03-15', 'autresCas');
    const person = legalRateForHalfYear(shipped, '2026-03-15', 'personnePhysique');

    expect(other.ok && other.value.rateBp).toBe(262);
    expect(person.ok && person.value.rateBp).toBe(667);
  });

  it('names the half-year it does not know', () => {
    const result = legalRateForHalfYear(shipped, '2026-09-30', 'autresCas');

    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'missing-rate',
        table: 'taux-legal',
        message:
          "Le taux de l'intérêt légal du 2e semestre 2026 n'est pas encore renseigné : " +
          'ajoutez-le dans les réglages.',
      }),
    });
  });
});

describe('mergeUserRates', () => {
  const userRates = {
    legalRates: [
      { start: '2026-07-01', personnePhysiqueBp: 650, autresCasBp: 275, source: 'JORF saisi' },
    ],
    ecbRates: [{ effective: '2026-07-01', rateBp: 215, source: 'BCE, saisi par vous' }],
  };

  it('completes the table with the half-year the user entered', () => {
    const tables = mergeUserRates(shipped, userRates);

    const legal = legalRateForHalfYear(tables, '2026-09-30', 'autresCas');
    const b2b = b2bRateForHalfYear(tables, '2026-07-01');

    expect(legal.ok && [legal.value.rateBp, legal.value.row.origin]).toEqual([275, 'user']);
    expect(b2b.ok && b2b.value.rateBp).toBe(1215);
  });

  it('lets the user override a shipped half-year', () => {
    const tables = mergeUserRates(shipped, {
      legalRates: [
        { start: '2025-07-01', personnePhysiqueBp: 665, autresCasBp: 300, source: 'correction' },
      ],
    });

    const result = legalRateForHalfYear(tables, '2025-08-01', 'autresCas');

    expect(result.ok && result.value.rateBp).toBe(300);
    expect(tables.legalRates).toHaveLength(shipped.legalRates.length);
  });

  it('unblocks a late-payment computation that ran into the second half of 2026', () => {
    // 01/07 → 31/07/2026: 31 days at 2,15 % + 10 = 12,15 %:
    // 100 000 × 31 × 1215 / 3 650 000 = 1 031,92 → 1 032
    const input = {
      dueDate: '2026-06-30',
      amountInclTaxCents: 100_000,
      payments: [],
      computedOn: '2026-07-31',
      rate: { kind: 'statutory' as const },
    };

    const before = latePaymentPenalties(shipped, input);
    const after = latePaymentPenalties(mergeUserRates(shipped, userRates), input);

    expect(before.ok).toBe(false);
    expect(after.ok && after.totalCents).toBe(1032);
  });

  it('refuses a row that does not start a half-year, as a programming error', () => {
    expect(() =>
      mergeUserRates(shipped, {
        legalRates: [{ start: '2026-08-01', personnePhysiqueBp: 1, autresCasBp: 1, source: 'x' }],
      }),
    ).toThrow(RangeError);
  });
});
