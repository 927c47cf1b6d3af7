import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BatchResult } from '../../../src-shared/relance/relance-view';
import { createTestWorkspace, type TestWorkspace } from '../../support/temp-workspace';
import { addDebtorWithInvoices, createRelanceFile } from './relance-setup';

describe('the agenda and prescription', () => {
  let test: TestWorkspace;

  beforeEach(async () => {
    test = createTestWorkspace('2026-12-03');
    await createRelanceFile(test);
  });

  afterEach(() => test.dispose());

  it('leaves a time-barred invoice out of the relance and flags it on the agenda line', async () => {
    // Due 1 October 2021 between professionals: five years, the last day was 1 October 2026.
    const { debtorId, invoiceIds } = await addDebtorWithInvoices(test, { name: 'Garage Martin' }, [
      ['FA-2021-7', '2021-10-01', 90_000, '2021-09-01'],
      ['FA-1', '2026-11-20', 120_000],
    ]);

    const agenda = await test.call('relance:agenda', {});

    const item = agenda.items.find((candidate) => candidate.debtorId === debtorId)!;
    expect(item.invoices.map((invoice) => invoice.number)).toEqual(['FA-1']);
    expect(item.amountCents).toBe(120_000);
    expect(item.prescription).toEqual([
      {
        invoiceId: invoiceIds[0],
        number: 'FA-2021-7',
        lastDayToAct: '2026-10-01',
        timeBarred: true,
      },
    ]);
  });

  it('flags an invoice within six months of prescription and keeps it in the relance', async () => {
    // Against a consumer, two years: the last day to act is 1 March 2027.
    const { debtorId } = await addDebtorWithInvoices(
      test,
      { kind: 'particulier', name: 'Petit', firstName: 'Léa', siren: null, legalForm: null },
      [['FA-2025-3', '2025-03-01', 30_000, '2025-02-01']],
    );

    const agenda = await test.call('relance:agenda', {});

    const item = agenda.items.find((candidate) => candidate.debtorId === debtorId)!;
    expect(item.invoices.map((invoice) => invoice.number)).toEqual(['FA-2025-3']);
    expect(item.prescription).toMatchObject([
      { number: 'FA-2025-3', lastDayToAct: '2027-03-01', timeBarred: false },
    ]);
  });

  it('takes a debtor whose open invoices are all time-barred off the agenda, saying why', async () => {
    const { debtorId } = await addDebtorWithInvoices(test, { name: 'Ancien Client' }, [
      ['FA-2020-1', '2020-06-30', 50_000, '2020-06-01'],
    ]);

    const agenda = await test.call('relance:agenda', {});
    const view = await test.call('relance:debtor', { debtorId });

    expect(agenda.items.map((item) => item.debtorId)).not.toContain(debtorId);
    expect(view.outlook).toEqual({ state: 'idle', reason: 'prescrit' });
  });
});

describe('the agenda on days off', () => {
  let test: TestWorkspace;
  let durand: number;

  beforeEach(async () => {
    test = createTestWorkspace('2026-12-05');
    await createRelanceFile(test);
    // Its J+7 e-mail has been due since Tuesday 1 December; today is Saturday 5 December.
    durand = (
      await addDebtorWithInvoices(test, { name: 'Menuiserie Durand' }, [
        ['FA-1', '2026-11-24', 120_000],
      ])
    ).debtorId;
  });

  afterEach(() => test.dispose());

  it('on a Saturday, shows an overdue relance as planned for Monday and the batch sends none', async () => {
    const agenda = await test.call('relance:agenda', {});
    const view = await test.call('relance:debtor', { debtorId: durand });
    const { jobId } = await test.call('relance:runBatch', { send: false });
    const status = await test.workspace.jobs.wait(jobId);
    const refused = await test.callError('relance:do', {
      debtorId: durand,
      scenarioId: 1,
      stepIndex: 1,
      subject: null,
      body: null,
      send: false,
    });

    expect(agenda.items).toEqual([]);
    expect(agenda.resumesOn).toBe('2026-12-07');
    expect(view.outlook.state).toBe('planned');
    if (view.outlook.state === 'planned') {
      expect(view.outlook.item).toMatchObject({ dueOn: '2026-12-07', heldBy: 'jour_non_ouvre' });
    }
    const result = status.result as BatchResult;
    expect(result.letters + result.emailsDrafted + result.emailsSent).toBe(0);
    expect(fs.existsSync(result.folder)).toBe(false);
    expect(refused.message).toBe(
      'Aujourd’hui n’est pas un jour ouvré : cette relance est prévue le 07/12/2026 ' +
        '(réglage des garde-fous).',
    );
  });

  it('brings the relance back on the Monday', async () => {
    test.setToday('2026-12-07');

    const agenda = await test.call('relance:agenda', {});

    expect(agenda.items.map((item) => [item.debtorId, item.channel, item.dueOn])).toEqual([
      [durand, 'email', '2026-12-01'],
    ]);
  });

  it('sends on a Saturday when the settings allow days off', async () => {
    await test.call('relanceSettings:save', {
      minGapDays: 5,
      allowWeekends: true,
      defaultScenarioId: 1,
      outputDirectory: null,
    });

    const agenda = await test.call('relance:agenda', {});

    expect(agenda.items.map((item) => item.debtorId)).toEqual([durand]);
  });
});
