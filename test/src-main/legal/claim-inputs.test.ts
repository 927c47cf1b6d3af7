import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProcedureStepInput } from '../../../src-shared/domain/legal-case';
import { sampleDebtor } from '../../support/sample-inputs';
import { createTestWorkspace, type TestWorkspace } from '../../support/temp-workspace';
import { addInvoice, openCompanyFile } from './legal-fixture';

const consumer = {
  kind: 'particulier' as const,
  name: 'Durand',
  firstName: 'Paul',
  legalForm: null,
  siren: null,
  nafCode: null,
  sector: null,
  sizeClass: null,
};

function step(kind: ProcedureStepInput['kind'], occurredOn: string): ProcedureStepInput {
  return { kind, occurredOn, deadlineOn: null, reference: null, note: null, contactId: null };
}

describe('the legal facts a consumer claim reads from the procedure', () => {
  let test: TestWorkspace;
  let debtorId: number;

  beforeEach(async () => {
    test = createTestWorkspace('2025-06-30');
    await openCompanyFile(test);
    debtorId = (await test.call('debtors:create', { input: sampleDebtor(consumer) })).id;
  });

  afterEach(() => test.dispose());

  it(
    'runs each invoice from the first letter that listed it; an invoice in none accrues ' +
      'nothing',
    async () => {
      await addInvoice(test, debtorId, 'FA-7', '2025-05-31', 100_000);
      await addInvoice(test, debtorId, 'FA-8', '2025-07-31', 50_000);
      // First letter on 30/06: FA-7 only (FA-8 is not due yet).
      await test.call('legal:miseEnDemeure', { debtorId, sentOn: '2025-06-30' });
      test.setToday('2025-08-31');
      // Second letter on 31/08: FA-7 again, and FA-8.
      await test.call('legal:miseEnDemeure', { debtorId, sentOn: '2025-08-31' });
      test.setToday('2025-09-30');
      await addInvoice(test, debtorId, 'FA-9', '2025-08-15', 30_000);

      const { claim, miseEnDemeureSentOn } = await test.call('legal:procedure', { debtorId });

      // 2,76 % (2025 S2, autres cas), each from the day after its first letter:
      //   FA-7 01/07 → 30/09  92 d: 100 000 × 92 × 276 / 3 650 000 = 695,67 → 696
      //   FA-8 01/09 → 30/09  30 d:  50 000 × 30 × 276 / 3 650 000 = 113,42 → 113
      //   FA-9, in no letter: nothing.
      expect(claim.invoices.map((invoice) => [invoice.number, invoice.accruedCents])).toEqual([
        ['FA-7', 696],
        ['FA-8', 113],
        ['FA-9', 0],
      ]);
      expect(claim.invoices[0]?.lines[0]?.from).toBe('2025-07-01');
      expect(claim.accruedCents).toBe(809);
      expect(claim.totalCents).toBe(180_809);
      expect(miseEnDemeureSentOn).toBe('2025-08-31');
    },
  );

  it('adds 5 points two months after the ordonnance became enforceable, from the steps', async () => {
    test.setToday('2024-05-10');
    await addInvoice(test, debtorId, 'FA-1', '2024-04-30', 500_000);
    await test.call('legal:miseEnDemeure', { debtorId, sentOn: '2024-05-10' });
    test.setToday('2024-06-03');
    const { draft } = await test.call('legal:injonctionDraft', { debtorId });
    await test.call('legal:injonctionExport', {
      draft: { ...draft, court: { ...draft.court, address: '2 avenue du Général de Gaulle' } },
    });
    test.setToday('2025-01-31');
    for (const [kind, on] of [
      ['requete_deposee', '2024-06-03'],
      ['ordonnance_rendue', '2024-06-20'],
      ['ordonnance_signifiee', '2024-08-19'],
      // The month of opposition ended on Thursday 19/09/2024.
      ['delai_opposition_expire', '2024-09-20'],
    ] as const) {
      await test.call('cases:recordStep', { debtorId, input: step(kind, on) });
    }

    const { claim } = await test.call('legal:procedure', { debtorId });

    // Letter of 10/05/2024, enforceable on 20/09/2024, so + 5 points from 21/11/2024:
    //   11/05 → 30/06/2024  51 d × 5,07 %: 500 000 × 51 × 507 / 3 650 000 = 3 542,05 → 3 542
    //   01/07 → 20/11/2024 143 d × 4,92 %: 500 000 × 143 × 492 / 3 650 000 = 9 637,81 → 9 638
    //   21/11 → 31/12/2024  41 d × 9,92 %: 500 000 × 41 × 992 / 3 650 000 = 5 571,51 → 5 572
    //   01/01 → 31/01/2025  31 d × 8,71 %: 500 000 × 31 × 871 / 3 650 000 = 3 698,77 → 3 699
    expect(
      claim.invoices[0]?.lines.map((line) => [line.from, line.to, line.rateBp, line.amountCents]),
    ).toEqual([
      ['2024-05-11', '2024-06-30', 507, 3542],
      ['2024-07-01', '2024-11-20', 492, 9638],
      ['2024-11-21', '2024-12-31', 992, 5572],
      ['2025-01-01', '2025-01-31', 871, 3699],
    ]);
    expect(claim.accruedCents).toBe(22_451);
    expect(claim.invoices[0]?.lines[2]?.basis).toContain('décision exécutoire le 20/09/2024');
  });
});
