import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths } from '../../../src-shared/dates/calendar-date';
import {
  validatePaymentPlanInput,
  validatePromiseInput,
} from '../../../src-shared/domain/collection-rules';
import { openDatabase } from '../../../src-main/database/open-database';
import {
  writeDemoDatabase,
  type DemoWriteSummary,
} from '../../../src-main/demo/write-demo-database';
import { createTestWorkspace, type TestWorkspace } from '../../support/temp-workspace';
import { loadDebtorRecords, openOnDay, type DebtorRecords } from './engine-on-day';

const TODAY = '2026-12-03';

describe('collection records of the demonstration file', () => {
  let test: TestWorkspace;
  let summary: DemoWriteSummary;
  const debtors = new Map<number, DebtorRecords>();

  beforeAll(async () => {
    test = createTestWorkspace(TODAY);
    const file = path.join(test.directory, 'demo.sqlite');
    const database = await openDatabase(file, { create: true });
    summary = writeDemoDatabase(database.sqlite, {
      seed: 2026,
      debtors: 300,
      today: TODAY,
      actor: 'Test',
      now: `${TODAY}T07:00:00.000Z`,
    });
    await database.close();
    await test.call('file:open', { path: file });
    const { db } = test.workspace.context().database;
    for (const { id } of await db.selectFrom('debtors').select('id').execute()) {
      debtors.set(id, await loadDebtorRecords(db, id));
    }
  }, 120_000);

  afterAll(() => test.dispose());

  it('puts one of the firm’s three users in charge of each debtor, large accounts to the head', async () => {
    const users = await test.call('users:list', {});
    const sqlite = test.workspace.context().database.sqlite;
    const rows = sqlite
      .prepare(
        `SELECT d.size_class AS size, u.name AS owner, c.contact_name AS head
         FROM debtors d LEFT JOIN app_users u ON u.id = d.owner_user_id, company c`,
      )
      .all() as { size: string | null; owner: string | null; head: string }[];

    expect(users.map((user) => user.name)).toHaveLength(3);
    expect(rows.filter((row) => row.owner === null)).toEqual([]);
    const large = rows.filter((row) => row.size === 'eti' || row.size === 'ge');
    expect(large.length).toBeGreaterThan(0);
    expect(large.every((row) => row.owner === row.head)).toBe(true);
    expect(new Set(rows.map((row) => row.owner)).size).toBe(3);
  });

  it('keeps and breaks promises as the generator told it, by the app’s own reckoning', async () => {
    const statuses: Record<string, number> = {};

    for (const debtorId of debtors.keys()) {
      const collection = await test.call('collection:debtor', { debtorId });
      for (const promise of collection.promises) {
        statuses[promise.progress.status] = (statuses[promise.progress.status] ?? 0) + 1;
      }
    }

    expect(summary.promisesKept).toBeGreaterThan(10);
    expect(summary.promisesBroken).toBeGreaterThan(10);
    expect(statuses).toEqual({
      tenue: summary.promisesKept,
      rompue: summary.promisesBroken,
      ...(summary.promisesRunning > 0 ? { en_cours: summary.promisesRunning } : {}),
    });
  });

  it('follows payment plans, some honoured and some with a missed installment', async () => {
    const statuses: Record<string, number> = {};

    for (const debtorId of debtors.keys()) {
      const collection = await test.call('collection:debtor', { debtorId });
      for (const plan of collection.plans) {
        statuses[plan.progress.status] = (statuses[plan.progress.status] ?? 0) + 1;
        if (plan.progress.status === 'rompu') {
          expect(plan.progress.installments.some((i) => i.status === 'manquee')).toBe(true);
        }
      }
    }

    expect(summary.plansHonoured).toBeGreaterThan(0);
    expect(summary.plansMissed).toBeGreaterThan(0);
    expect(statuses).toEqual({
      solde: summary.plansHonoured,
      rompu: summary.plansMissed,
      ...(summary.plansRunning > 0 ? { en_cours: summary.plansRunning } : {}),
    });
  });

  it('takes each promise and plan on a call that day, within what the app accepts', () => {
    let checked = 0;

    for (const records of debtors.values()) {
      for (const promise of records.promises) {
        const call = records.actions.find((action) => action.doneOn === promise.madeOn);
        const open = openOnDay(records, promise.invoiceIds, promise.madeOn);
        expect([call?.channel, call?.callOutcome, call?.invoiceIds]).toEqual([
          'appel',
          'promesse',
          promise.invoiceIds,
        ]);
        expect(validatePromiseInput(promise, promise.madeOn, open)).toEqual({});
        checked += 1;
      }
      for (const plan of records.plans) {
        const open = openOnDay(records, plan.invoiceIds, plan.agreedOn);
        expect(records.promises.map((promise) => promise.madeOn)).toContain(plan.agreedOn);
        expect(validatePaymentPlanInput(plan, open)).toEqual({});
        expect(plan.installments.length).toBeGreaterThanOrEqual(2);
      }
    }
    expect(checked).toBe(summary.promisesKept + summary.promisesBroken + summary.promisesRunning);
  });

  it('fills the dashboard’s promise rate, relance activity and results per person', async () => {
    const users = await test.call('users:list', {});

    const dashboard = await test.call('reporting:dashboard', {
      from: addMonths(TODAY, -3),
      to: TODAY,
    });

    const { kept, broken, rate } = dashboard.promises;
    expect(kept).toBeGreaterThan(0);
    expect(broken).toBeGreaterThan(0);
    expect(rate).toBeCloseTo(kept / (kept + broken));
    expect(dashboard.relance.source).toBe('relance');
    const channels = new Map(dashboard.relance.channels.map((entry) => [entry.channel, entry]));
    for (const channel of ['email', 'appel', 'lettre', 'mise_en_demeure'] as const) {
      expect(channels.get(channel)!.actions, channel).toBeGreaterThan(0);
    }
    expect(channels.get('email')!.recoveredCents).toBeGreaterThan(0);
    expect(dashboard.owners.map((owner) => owner.name)).toEqual(
      users.map((user) => user.name).sort((a, b) => a.localeCompare(b, 'fr')),
    );
    const actions = dashboard.relance.channels.reduce((sum, entry) => sum + entry.actions, 0);
    expect(dashboard.owners.reduce((sum, owner) => sum + owner.actions, 0)).toBe(actions);
    expect(dashboard.owners.every((owner) => owner.actions > 0)).toBe(true);
  });

  it('writes the same history again for the same seed, another for another seed', async () => {
    let files = 0;
    const dump = async (seed: number) => {
      files += 1;
      const file = path.join(test.directory, `seed-${seed}-${files}.sqlite`);
      const database = await openDatabase(file, { create: true });
      writeDemoDatabase(database.sqlite, {
        seed,
        debtors: 40,
        today: TODAY,
        actor: 'Test',
        now: `${TODAY}T07:00:00.000Z`,
      });
      const tables = [
        'app_users',
        'relance_actions',
        'relance_action_invoices',
        'debtor_events',
        'promises',
        'promise_invoices',
        'payment_plans',
        'payment_plan_installments',
        'debtor_relance',
      ];
      const rows = tables.map((table) => database.sqlite.prepare(`SELECT * FROM ${table}`).all());
      await database.close();
      return JSON.stringify(rows);
    };

    const first = await dump(77);

    expect(await dump(77)).toBe(first);
    expect(await dump(78)).not.toBe(first);
    expect(first.length).toBeGreaterThan(10_000);
  });

  it('words its timeline lines and fills their details as the app does the same acts', async () => {
    const sqlite = test.workspace.context().database.sqlite;
    const lastId = () =>
      (sqlite.prepare('SELECT max(id) AS id FROM debtor_events').get() as { id: number }).id;
    const generatedUpTo = lastId();
    const calls = (await test.call('relance:agenda', {})).items.filter(
      (i) => i.channel === 'appel',
    );
    const [promised, unanswered] = calls;
    const seen = (item: typeof promised) => ({
      debtorId: item!.debtorId,
      scenarioId: item!.scenarioId,
      stepIndex: item!.stepIndex,
    });

    await test.call('relance:recordCall', {
      ...seen(promised),
      outcome: 'promesse',
      note: 'Virement annoncé.',
      promise: { dueOn: '2026-12-10', amountCents: promised!.invoices[0]!.openCents },
      dispute: null,
    });
    await test.call('relance:recordCall', {
      ...seen(unanswered),
      outcome: 'pas_de_reponse',
      note: 'Message laissé.',
      promise: null,
      dispute: null,
    });
    const plan = await test.call('plans:create', {
      input: {
        debtorId: promised!.debtorId,
        agreedOn: TODAY,
        note: null,
        invoiceIds: [promised!.invoices[0]!.id],
        installments: [
          { dueOn: '2026-12-15', amountCents: 100 },
          { dueOn: '2027-01-15', amountCents: promised!.invoices[0]!.openCents },
        ],
      },
    });
    await test.call('plans:sign', { id: plan.id, signedOn: TODAY });

    type Row = { id: number; kind: string; summary: string; details: string };
    const rows = sqlite
      .prepare('SELECT id, kind, summary, details FROM debtor_events')
      .all() as Row[];
    // A line's wording with its figures, dates, channel, subject and note left out.
    const shape = (row: Row) => [
      row.kind,
      row.summary
        .replace(/\d[\d\s,./]*/g, '#')
        .replace(/\((?:[^()]|\([^)]*\))*\)/g, '(…)')
        .replace(', renouvelée', '')
        .replace(/ : .*$/, ' : …'),
      Object.keys(JSON.parse(row.details)),
    ];
    const madeByApp = rows.filter((row) => row.id > generatedUpTo);
    const kinds = [
      'relance_done',
      'promise_added',
      'call_logged',
      'payment_plan_added',
      'payment_plan_signed',
    ];
    for (const kind of kinds) {
      const made = madeByApp.find((row) => row.kind === kind)!;
      const generated = rows.filter((row) => row.id <= generatedUpTo && row.kind === kind);
      expect(generated.length, kind).toBeGreaterThan(0);
      for (const row of generated) expect(shape(row)).toEqual(shape(made));
    }
  });
});
