import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProcedureStepInput } from '../../../src-shared/domain/legal-case';
import { createTestWorkspace, type TestWorkspace } from '../../support/temp-workspace';
import { handWorkedDebtor, openCompanyFile } from './legal-fixture';

function step(kind: ProcedureStepInput['kind'], occurredOn: string): ProcedureStepInput {
  return { kind, occurredOn, deadlineOn: null, reference: null, note: null, contactId: null };
}

describe('following the procedure step by step', () => {
  let test: TestWorkspace;
  let debtorId: number;

  beforeEach(async () => {
    test = createTestWorkspace('2026-12-03');
    await openCompanyFile(test);
    ({ debtorId } = await handWorkedDebtor(test));
  });

  afterEach(() => test.dispose());

  it(
    'records requête, ordonnance and signification, each on the timeline, with the opposition ' +
      'deadline',
    async () => {
      await test.call('cases:recordStep', {
        debtorId,
        input: step('requete_deposee', '2026-09-01'),
      });
      await test.call('cases:recordStep', {
        debtorId,
        input: step('ordonnance_rendue', '2026-10-05'),
      });
      const served = await test.call('cases:recordStep', {
        debtorId,
        input: { ...step('ordonnance_signifiee', '2026-11-20'), reference: 'Acte 2026-1120' },
      });
      const file = await test.call('debtors:get', { id: debtorId });

      expect(served.steps.map((item) => item.kind)).toEqual([
        'requete_deposee',
        'ordonnance_rendue',
        'ordonnance_signifiee',
      ]);
      // Served on 20/11/2026: one month later is Sunday 20 December, so Monday 21 December.
      expect(served.deadlines).toEqual([
        expect.objectContaining({ kind: 'opposition', dueOn: '2026-12-21', level: 'info' }),
      ]);
      expect(file.events.slice(-3).map((event) => event.summary)).toEqual([
        'Requête en injonction de payer déposée le 01/09/2026',
        'Ordonnance portant injonction de payer rendue le 05/10/2026',
        'Ordonnance signifiée au débiteur le 20/11/2026 (réf. Acte 2026-1120)',
      ]);
    },
  );

  it('refuses a step out of order or in the future, saying what is missing', async () => {
    const early = await test.callError('cases:recordStep', {
      debtorId,
      input: step('ordonnance_signifiee', '2026-11-20'),
    });
    const future = await test.callError('cases:recordStep', {
      debtorId,
      input: step('requete_deposee', '2026-12-04'),
    });

    expect(early.fieldErrors?.occurredOn).toContain(
      '« Ordonnance portant injonction de payer rendue » enregistrée à cette date ou avant',
    );
    expect(future.fieldErrors?.occurredOn).toContain('dans le futur');
  });

  it('warns that an ordonnance not served within six months is about to lapse', async () => {
    await test.call('cases:recordStep', { debtorId, input: step('requete_deposee', '2026-05-04') });
    const legalCase = await test.call('cases:recordStep', {
      debtorId,
      input: step('ordonnance_rendue', '2026-06-20'),
    });
    const [summary] = await test.call('cases:list', {});

    expect(legalCase.deadlines[0]).toMatchObject({
      kind: 'signification',
      dueOn: '2026-12-20',
      level: 'warning',
    });
    expect(summary?.nextDeadline?.dueOn).toBe('2026-12-20');
    expect(summary?.lastStep).toEqual({ kind: 'ordonnance_rendue', occurredOn: '2026-06-20' });
  });

  it('cancels a step entered by mistake, keeping it visible, and closes the case', async () => {
    const filed = await test.call('cases:recordStep', {
      debtorId,
      input: step('requete_deposee', '2026-09-01'),
    });

    const cancelled = await test.call('cases:cancelStep', { stepId: filed.steps[0]!.id });
    const closed = await test.call('cases:close', { id: filed.id, outcome: 'paye' });
    const reopened = await test.call('cases:recordStep', {
      debtorId,
      input: step('mise_en_demeure_envoyee', '2026-12-01'),
    });

    expect(cancelled.steps[0]?.cancelledAt).not.toBeNull();
    expect(cancelled.deadlines).toEqual([]);
    expect(closed).toMatchObject({ closedOn: '2026-12-03', outcome: 'paye' });
    expect(reopened.id).not.toBe(filed.id);
    const list = await test.call('cases:list', {});
    expect(list.map((item) => item.closedOn)).toEqual([null, '2026-12-03']);
  });

  it('keeps who did each change in the audit trail', async () => {
    await test.call('cases:recordStep', { debtorId, input: step('requete_deposee', '2026-09-01') });

    const rows = test.workspace
      .context()
      .database.sqlite.prepare(
        "SELECT table_name, action, actor FROM audit_log WHERE table_name LIKE 'legal_%' ORDER " +
          'BY id',
      )
      .all();

    expect(rows).toEqual([
      { table_name: 'legal_cases', action: 'insert', actor: 'Test' },
      { table_name: 'legal_steps', action: 'insert', actor: 'Test' },
    ]);
  });
});

describe('a mise en demeure recorded as sent', () => {
  let test: TestWorkspace;

  afterEach(() => test.dispose());

  it('takes the deadline written in the letter when none is typed', async () => {
    test = createTestWorkspace('2025-09-30');
    await openCompanyFile(test);
    const { debtorId } = await handWorkedDebtor(test);
    await test.call('legal:miseEnDemeure', { debtorId });

    const legalCase = await test.call('cases:recordStep', {
      debtorId,
      input: step('mise_en_demeure_envoyee', '2025-09-30'),
    });

    expect(legalCase.steps[0]).toMatchObject({ deadlineOn: '2025-10-08' });
    expect(legalCase.deadlines[0]?.message).toContain("jusqu'au 08/10/2025");
  });

  it('refuses a sending date earlier than the date of the letter, in French', async () => {
    test = createTestWorkspace('2025-09-30');
    await openCompanyFile(test);
    const { debtorId } = await handWorkedDebtor(test);
    await test.call('legal:miseEnDemeure', { debtorId });

    const error = await test.callError('cases:recordStep', {
      debtorId,
      input: step('mise_en_demeure_envoyee', '2025-09-26'),
    });
    const [summary] = await test.call('cases:list', {});

    expect(error.fieldErrors?.occurredOn).toBe(
      'La mise en demeure est datée du 30/09/2025 : elle ne peut pas avoir été envoyée le ' +
        '26/09/2025, avant sa propre date.',
    );
    expect(summary?.lastStep).toBeNull();
  });
});
