import { describe, expect, it } from 'vitest';
import { invoicePrescription, isTimeBarred } from '../../../src-shared/legal/prescription';

describe('invoicePrescription', () => {
  it('gives five years between professionals, ending on the same date five years on', () => {
    const result = invoicePrescription({
      debtorKind: 'entreprise',
      dueDate: '2020-03-15',
      interruptions: [],
      referenceDate: '2024-01-10',
    });

    expect(result).toMatchObject({
      years: 5,
      article: 'C. com. art. L110-4',
      lastDayToAct: '2025-03-15',
      timeBarredFrom: '2025-03-16',
      warning: false,
    });
    expect(result.explanation).toBe(
      'Créance entre professionnels : prescription de 5 ans (C. com. art. L110-4) à compter de ' +
        "l'échéance du 15/03/2020. Dernier jour pour agir : 15/03/2025.",
    );
  });

  it('gives two years against a consumer', () => {
    const result = invoicePrescription({
      debtorKind: 'particulier',
      dueDate: '2023-06-30',
      interruptions: [],
      referenceDate: '2024-01-10',
    });

    expect(result).toMatchObject({
      years: 2,
      article: 'C. conso. art. L218-2',
      lastDayToAct: '2025-06-30',
    });
  });

  it('restarts the full period from each acknowledgment of the debt', () => {
    // Due 15/03/2020 → 15/03/2025; partial payment 10/01/2022 → 10/01/2027;
    // payment plan signed 01/02/2024 → 01/02/2029.
    const result = invoicePrescription({
      debtorKind: 'entreprise',
      dueDate: '2020-03-15',
      interruptions: [
        { date: '2024-02-01', kind: 'payment-plan' },
        { date: '2022-01-10', kind: 'partial-payment' },
      ],
      referenceDate: '2024-06-01',
    });

    expect(result.runsFrom).toBe('2024-02-01');
    expect(result.lastDayToAct).toBe('2029-02-01');
    expect(result.explanation).toContain(
      'interrompue par le paiement partiel du 10/01/2022 (C. civ. art. 2240), puis par ' +
        "l'échéancier signé du 01/02/2024 (C. civ. art. 2240). Un nouveau délai de 5 ans court " +
        'depuis le 01/02/2024.',
    );
  });

  it('restarts from a requête and says the interruption lasts until the proceedings end', () => {
    const result = invoicePrescription({
      debtorKind: 'particulier',
      dueDate: '2023-01-31',
      interruptions: [{ date: '2024-12-02', kind: 'requete' }],
      referenceDate: '2025-01-15',
    });

    expect(result.lastDayToAct).toBe('2026-12-02');
    expect(result.explanation).toContain('C. civ. art. 2241');
    expect(result.explanation).toContain('C. civ. art. 2242');
  });

  it('leaves out a payment made after the period had already run out', () => {
    const late = { date: '2022-03-01', kind: 'partial-payment' as const };

    const result = invoicePrescription({
      debtorKind: 'particulier',
      dueDate: '2020-01-15',
      interruptions: [late],
      referenceDate: '2022-06-01',
    });

    expect(result.lastDayToAct).toBe('2022-01-15');
    expect(result.lateInterruptions).toEqual([late]);
    expect(result.explanation).toContain('01/03/2022');
  });

  it('warns from six months before the claim becomes time-barred', () => {
    const at = (referenceDate: string) =>
      invoicePrescription({
        debtorKind: 'entreprise',
        dueDate: '2020-03-15',
        interruptions: [],
        referenceDate,
      }).warning;

    // Time-barred from 16/03/2025; six months before the reference date must reach that day.
    expect(at('2024-09-15')).toBe(false);
    expect(at('2024-09-16')).toBe(true);
    expect(at('2025-06-01')).toBe(true);
  });
});

describe('isTimeBarred', () => {
  it('bars the claim from the day after the last day to act', () => {
    const result = invoicePrescription({
      debtorKind: 'entreprise',
      dueDate: '2020-03-15',
      interruptions: [],
      referenceDate: '2025-01-01',
    });

    expect(isTimeBarred(result, '2025-03-15')).toBe(false);
    expect(isTimeBarred(result, '2025-03-16')).toBe(true);
  });
});
