import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestWorkspace, type TestWorkspace } from '../../support/temp-workspace';
import { addDebtorWithInvoices, createRelanceFile } from './relance-setup';

describe('the outcome of a call drives what happens next', () => {
  let test: TestWorkspace;
  let martin: number;
  const seen = () => ({ debtorId: martin, scenarioId: 1, stepIndex: 5 });

  beforeEach(async () => {
    test = createTestWorkspace('2026-12-03');
    await createRelanceFile(test);
    martin = (
      await addDebtorWithInvoices(test, { name: 'Garage Martin' }, [
        ['FA-10', '2026-10-01', 500_000],
      ])
    ).debtorId;
  });

  afterEach(() => test.dispose());

  it('prepares the call with talking points, the amount and answers to objections', async () => {
    const prepared = await test.call('relance:prepare', { debtorId: martin });

    expect(prepared.item.channel).toBe('appel');
    expect(prepared.call?.talkingPoints[0]).toBe(
      'Rappeler la mise en demeure restée sans réponse et son délai.',
    );
    expect(prepared.call?.objections.map((answer) => answer.objection)).toContain(
      '« Nous avons des difficultés de trésorerie. »',
    );
    expect(prepared.recipient.phone).toBe('+33143990000');
  });

  it('pauses on a promise, then resumes flagged the day after it is broken', async () => {
    await test.call('relance:recordCall', {
      ...seen(),
      outcome: 'promesse',
      note: 'Virement annoncé par le gérant',
      promise: { dueOn: '2026-12-08', amountCents: 500_000 },
      dispute: null,
    });

    const paused = await test.call('relance:debtor', { debtorId: martin });
    const collection = await test.call('collection:debtor', { debtorId: martin });
    test.setToday('2026-12-09');
    const agenda = await test.call('relance:agenda', {});

    expect(paused.outlook.state).toBe('paused');
    expect(collection.promises[0]).toMatchObject({ channel: 'appel', amountCents: 500_000 });
    const item = agenda.items.find((candidate) => candidate.debtorId === martin);
    expect(item?.resumedAfter).toEqual({ end: 'promesse_rompue', on: '2026-12-09' });
    expect(item?.repeat).toBe(true);
  });

  it('goes back to the plan’s own pace when the promised payment arrives on time', async () => {
    await test.call('relance:recordCall', {
      ...seen(),
      outcome: 'promesse',
      note: null,
      promise: { dueOn: '2026-12-08', amountCents: 200_000 },
      dispute: null,
    });
    const invoice = (await test.call('debtors:get', { id: martin })).invoices[0]!;
    test.setToday('2026-12-07');
    await test.call('payments:record', {
      input: {
        debtorId: martin,
        date: '2026-12-07',
        amountCents: 200_000,
        method: 'virement',
        reference: null,
        allocations: [{ invoiceId: invoice.id, amountCents: 200_000 }],
      },
    });
    test.setToday('2026-12-09');

    const collection = await test.call('collection:debtor', { debtorId: martin });
    const view = await test.call('relance:debtor', { debtorId: martin });
    test.setToday('2026-12-18');
    const agenda = await test.call('relance:agenda', {});

    expect(collection.promises[0]!.progress.status).toBe('tenue');
    // The rest goes back to the plan: the last step comes again 15 days after the call.
    expect(view.outlook.state === 'planned' && view.outlook.item.dueOn).toBe('2026-12-18');
    expect(
      agenda.items.find((candidate) => candidate.debtorId === martin)?.resumedAfter,
    ).toBeNull();
  });

  it('brings an unanswered call back two working days later, without completing the step', async () => {
    const result = await test.call('relance:recordCall', {
      ...seen(),
      outcome: 'pas_de_reponse',
      note: null,
      promise: null,
      dispute: null,
    });

    const view = await test.call('relance:debtor', { debtorId: martin });
    const file = await test.call('debtors:get', { id: martin });

    expect(result).toBeNull();
    expect(view.history).toEqual([]);
    expect(view.outlook.state === 'planned' && view.outlook.item.dueOn).toBe('2026-12-07');
    expect(file.events.at(-1)?.summary).toBe('Appel sans réponse : rappel prévu le 07/12/2026');
  });

  it('opens a dispute when the debtor contests: the invoice leaves the relance', async () => {
    await test.call('relance:recordCall', {
      ...seen(),
      outcome: 'litige',
      note: 'Conteste la qualité du travail',
      promise: null,
      dispute: { reason: 'qualite', description: null },
    });

    const collection = await test.call('collection:debtor', { debtorId: martin });
    const view = await test.call('relance:debtor', { debtorId: martin });

    expect(collection.disputes[0]).toMatchObject({
      reason: 'qualite',
      description: 'Conteste la qualité du travail',
    });
    expect(view.outlook.state).toBe('paused');
    expect(view.history[0]).toMatchObject({ callOutcome: 'litige', delivery: 'appel' });
  });

  it('asks for the date and amount of a promise', async () => {
    const error = await test.callError('relance:recordCall', {
      ...seen(),
      outcome: 'promesse',
      note: null,
      promise: null,
      dispute: null,
    });

    expect(error.fieldErrors?.promiseDueOn).toBe('Indiquez la date et le montant promis.');
  });
});
