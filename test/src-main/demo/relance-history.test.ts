import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../src-shared/dates/calendar-date';
import { isBusinessDay } from '../../../src-shared/dates/french-holidays';
import { composeMessage } from '../../../src-main/relance/relance-message';
import { loadScenarios } from '../../../src-main/relance/scenario-repository';
import { readRelanceSettings } from '../../../src-main/relance/relance-settings-store';
import type { Scenario } from '../../../src-shared/relance/scenario';
import { createTestWorkspace, type TestWorkspace } from '../../support/temp-workspace';
import { engineOutlookOn, loadDebtorRecords, openOnDay, type DebtorRecords } from './engine-on-day';

const TODAY = '2026-12-03';

describe('relance history of the demonstration file', () => {
  let test: TestWorkspace;
  let scenarios: Map<number, Scenario>;
  let settings: { minGapDays: number; allowWeekends: boolean };
  const debtors = new Map<number, DebtorRecords>();
  // The plan the app chooses for each debtor today.
  const plans = new Map<number, Scenario>();

  beforeAll(async () => {
    test = createTestWorkspace(TODAY);
    await test.call('file:createDemo', {
      path: path.join(test.directory, 'demo.sqlite'),
      seed: 2026,
      debtors: 60,
    });
    const { db } = test.workspace.context().database;
    scenarios = new Map((await loadScenarios(db)).map((scenario) => [scenario.id, scenario]));
    settings = await readRelanceSettings(db);
    const ids = await db.selectFrom('debtors').select('id').orderBy('id').execute();
    for (const { id } of ids) {
      debtors.set(id, await loadDebtorRecords(db, id));
      const view = await test.call('relance:debtor', { debtorId: id });
      plans.set(id, scenarios.get(view.choice.scenarioId!)!);
    }
  }, 120_000);

  afterAll(() => test.dispose());

  it('records each relance under today’s plan, the day the engine had it due, at its step', () => {
    let checked = 0;

    for (const [debtorId, records] of debtors) {
      const scenario = plans.get(debtorId)!;
      for (const action of records.actions) {
        const outlook = engineOutlookOn(records, scenario, settings, action.doneOn);

        expect(action.scenarioId).toBe(scenario.id);
        expect(outlook.state, `debtor ${action.debtorId} on ${action.doneOn}`).toBe('due');
        if (outlook.state !== 'due') continue;
        expect([
          outlook.relance.stepIndex,
          outlook.relance.invoiceIds,
          outlook.relance.dueOn,
        ]).toEqual([action.stepIndex, action.invoiceIds, action.plannedOn]);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('logs an unanswered call only on a day the engine asked for a call', () => {
    let checked = 0;

    for (const [debtorId, records] of debtors) {
      for (const call of records.callBacks) {
        const outlook = engineOutlookOn(records, plans.get(debtorId)!, settings, call.on);

        expect(outlook.state).toBe('due');
        if (outlook.state !== 'due') continue;
        expect([outlook.relance.step.channel, outlook.relance.invoiceIds]).toEqual([
          'appel',
          call.invoiceIds,
        ]);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('acts on working days before today, on open invoices from the step’s day, with content', () => {
    const actions = [...debtors.values()].flatMap((records) =>
      records.actions.map((action) => ({ action, records })),
    );

    for (const { action, records } of actions) {
      const step = scenarios.get(action.scenarioId!)!.steps[action.stepIndex]!;
      const dues = records.invoices
        .filter((invoice) => action.invoiceIds.includes(invoice.id))
        .map((invoice) => invoice.dueDate);
      expect(isBusinessDay(action.doneOn), action.doneOn).toBe(true);
      expect(action.doneOn < TODAY).toBe(true);
      expect(action.plannedOn <= action.doneOn).toBe(true);
      expect(dues.some((due) => addDays(due, step.offsetDays) <= action.doneOn)).toBe(true);
      for (const id of action.invoiceIds) {
        expect(openOnDay(records, [id], action.doneOn)).toBeGreaterThan(0);
      }
      expect(action.status === 'fait' ? action.body : action.skipReason).toBeTruthy();
      if (action.channel === 'appel') expect(action.body).toMatch(/^Issue : /);
      else if (action.status === 'fait') expect(action.recipient).toBeTruthy();
    }
    expect(actions.length).toBeGreaterThan(100);
    expect(actions.filter(({ action }) => action.status === 'ignore').length).toBeGreaterThan(0);
  });

  it('writes word for word, to the same recipient, what the app composes that day', async () => {
    const { db } = test.workspace.context().database;
    const settledLater = (records: DebtorRecords, invoiceIds: number[], day: string) =>
      records.payments.some(
        (payment) =>
          payment.date > day && payment.allocations.some((a) => invoiceIds.includes(a.invoiceId)),
      ) ||
      records.creditNotes.some((note) => note.date > day && invoiceIds.includes(note.invoiceId!));
    const sent = [...debtors.values()].flatMap((records) =>
      records.actions
        .filter((action) => action.status === 'fait' && action.channel !== 'appel')
        .filter((action) => !settledLater(records, action.invoiceIds, action.doneOn)),
    );
    const channels = new Set<string>();

    for (const action of sent) {
      const step = scenarios.get(action.scenarioId!)!.steps[action.stepIndex]!;
      const message = await composeMessage(
        db,
        action.doneOn,
        action.debtorId,
        action.invoiceIds,
        step,
      );
      expect(action.subject).toBe(message.subject || null);
      expect(action.body).toBe(message.sms?.text ?? message.body);
      const { email, phone, address } = message.recipient;
      const to = { email, sms: phone }[action.channel as string] ?? address.join(', ');
      expect(action.recipient).toBe(to);
      channels.add(action.channel);
    }
    expect([...channels].sort()).toEqual(
      expect.arrayContaining(['email', 'lettre', 'lrar', 'sms']),
    );
  });

  it('shows each relance on the timeline with what was sent, as one done in the app', async () => {
    const agenda = await test.call('relance:agenda', {});
    const item = agenda.items.find((candidate) => candidate.channel === 'email')!;
    const before = (await test.call('debtors:get', { id: item.debtorId })).events;

    const { debtorId, scenarioId, stepIndex } = item;
    await test.call('relance:do', {
      debtorId,
      scenarioId,
      stepIndex,
      subject: null,
      body: null,
      send: false,
    });

    const events = (await test.call('debtors:get', { id: item.debtorId })).events;
    const generated = before.filter((event) => event.kind === 'relance_done');
    const made = events.filter((event) => event.kind === 'relance_done').at(-1)!;
    expect(generated.length).toBeGreaterThan(0);
    for (const event of [...generated, made]) {
      expect(Object.keys(event.details)).toEqual(Object.keys(made.details));
      expect(event.summary).toMatch(/^Relance faite, étape \d+\/\d+ \([^)]+\)(, renouvelée)? : ./);
    }
    const timeline = await test.call('timeline:get', { debtorId: item.debtorId });
    const relances = timeline.filter((entry) => entry.category === 'relances' && entry.content);
    expect(relances.length).toBe(generated.filter((e) => e.details.channel !== 'appel').length + 1);
    expect(relances.every((entry) => entry.content!.body && entry.actor)).toBe(true);
  });
});
