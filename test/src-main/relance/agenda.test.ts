import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { plainSpaces } from '../../support/plain-spaces';
import { createTestWorkspace, type TestWorkspace } from '../../support/temp-workspace';
import { addDebtorWithInvoices, createRelanceFile } from './relance-setup';

describe('today’s agenda and its actions', () => {
  let test: TestWorkspace;
  let durand: number;
  let martin: number;
  let petit: number;

  beforeEach(async () => {
    test = createTestWorkspace('2026-12-03');
    await createRelanceFile(test);
    durand = (
      await addDebtorWithInvoices(test, { name: 'Menuiserie Durand' }, [
        ['FA-1', '2026-11-20', 120_000],
        ['FA-2', '2026-11-30', 60_000],
      ])
    ).debtorId;
    martin = (
      await addDebtorWithInvoices(test, { name: 'Garage Martin', siren: '732829320' }, [
        ['FA-10', '2026-10-01', 500_000],
      ])
    ).debtorId;
    petit = (
      await addDebtorWithInvoices(
        test,
        { kind: 'particulier', name: 'Petit', firstName: 'Léa', siren: null, legalForm: null },
        [['FA-20', '2026-11-25', 30_000]],
      )
    ).debtorId;
    await addDebtorWithInvoices(test, { name: 'Pas encore dû' }, [['FA-30', '2027-01-31', 10_000]]);
  });

  afterEach(() => test.dispose());

  it('lists one relance per debtor due today, the largest and oldest debt first', async () => {
    const agenda = await test.call('relance:agenda', {});

    expect(agenda.items.map((item) => [item.debtorName, item.channel, item.stepIndex])).toEqual([
      ['Garage Martin', 'appel', 5],
      ['Menuiserie Durand', 'email', 1],
      ['Léa Petit', 'sms', 0],
    ]);
    expect(agenda.items[1]!.invoices.map((invoice) => invoice.number)).toEqual(['FA-1', 'FA-2']);
    expect(agenda.items[1]!.amountCents).toBe(180_000);
    expect(agenda.items[2]!.scenarioName).toBe('Particuliers');
  });

  it('filters the agenda by person in charge', async () => {
    const sophie = await test.call('users:add', {
      input: { name: 'Sophie Bernard', email: null, active: true },
    });
    await test.call('relance:setOwner', { debtorId: durand, userId: sophie.id });

    const hers = await test.call('relance:agenda', {
      owner: { kind: 'personne', userId: sophie.id },
    });
    const nobody = await test.call('relance:agenda', { owner: { kind: 'sans' } });

    expect(hers.items.map((item) => item.debtorName)).toEqual(['Menuiserie Durand']);
    expect(hers.items[0]!.ownerName).toBe('Sophie Bernard');
    expect(nobody.items.map((item) => item.debtorName)).toEqual(['Garage Martin', 'Léa Petit']);
  });

  it('prepares the e-mail with the invoices, the amount due and the deadline', async () => {
    const prepared = await test.call('relance:prepare', { debtorId: durand });

    expect(prepared.subject).toBe('Factures échues – Menuiserie Durand');
    expect(plainSpaces(prepared.body)).toContain('Montant restant dû : 1 800,00 €.');
    expect(prepared.body).toContain('d’ici le 11 décembre 2026');
    expect(prepared.body).toContain('- Facture FA-1 du 01/06/2026, échéance 20/11/2026');
    expect(prepared.recipient.email).toBe('compta@dupont.example');
  });

  it('writes the e-mail as a draft with the statement attached and records it on the timeline', async () => {
    const record = await test.call('relance:do', {
      debtorId: durand,
      scenarioId: 1,
      stepIndex: 1,
      subject: null,
      body: null,
      send: false,
    });

    expect(record).toMatchObject({ status: 'fait', delivery: 'email_brouillon', actor: 'Test' });
    const eml = fs.readFileSync(record.outputPath!, 'utf8');
    expect(eml).toContain('X-Unsent: 1');
    expect(eml).toContain('To: compta@dupont.example');
    expect(eml).toMatch(/filename\*0\*=utf-8''Relev%C3%A9%20de%20compte/);
    const file = await test.call('debtors:get', { id: durand });
    const event = file.events.find((candidate) => candidate.kind === 'relance_done')!;
    expect(event.summary).toBe(
      'Relance faite, étape 2/6 (E-mail) : Factures échues – Menuiserie Durand',
    );
    expect(event.details.body).toBe(record.body);
    expect(event.actor).toBe('Test');
    const agenda = await test.call('relance:agenda', {});
    expect(agenda.items.map((item) => item.debtorName)).not.toContain('Menuiserie Durand');
  });

  it('plans the next step after the minimum gap, on a working day', async () => {
    await test.call('relance:do', {
      debtorId: durand,
      scenarioId: 1,
      stepIndex: 1,
      subject: null,
      body: null,
      send: false,
    });

    const view = await test.call('relance:debtor', { debtorId: durand });

    // The call (J+15 of FA-1) falls on Saturday 5 December; 3 December + 5 days is Tuesday 8.
    expect(view.outlook.state).toBe('planned');
    if (view.outlook.state !== 'planned') return;
    expect(view.outlook.item).toMatchObject({
      channel: 'appel',
      dueOn: '2026-12-08',
      heldBy: 'ecart_minimum',
    });
  });

  it('refuses to do the same relance twice', async () => {
    const args = {
      debtorId: durand,
      scenarioId: 1,
      stepIndex: 1,
      subject: null,
      body: null,
      send: false,
    };
    await test.call('relance:do', args);

    const error = await test.callError('relance:do', args);

    expect(error.code).toBe('CONFLICT');
  });

  it('records the text as the user edited it, and refuses an unknown field in it', async () => {
    const base = { debtorId: durand, scenarioId: 1, stepIndex: 1, subject: 'Rappel', send: false };

    const refused = await test.callError('relance:do', { ...base, body: 'Total : {{montant}}' });
    const record = await test.call('relance:do', { ...base, body: 'Merci de régler 1 800 €.' });

    expect(refused.fieldErrors?.body).toContain('{{montant}}');
    expect(record.body).toBe('Merci de régler 1 800 €.');
    expect(fs.readFileSync(record.outputPath!, 'utf8')).toContain('Subject: Rappel');
  });

  it('opens only the folders relance documents are written to', async () => {
    const opened: string[] = [];
    test.context.folderOpener = {
      openFolder: async (folder) => {
        opened.push(folder);
        return true;
      },
    };
    const record = await test.call('relance:do', {
      debtorId: durand,
      scenarioId: 1,
      stepIndex: 1,
      subject: null,
      body: null,
      send: false,
    });

    const result = await test.call('relance:openFolder', { path: record.outputPath! });
    const refused = await test.callError('relance:openFolder', { path: '/usr/bin' });

    expect(result).toEqual({ opened: true });
    expect(opened).toEqual([path.dirname(record.outputPath!)]);
    expect(refused.message).toBe('Seuls les dossiers de relances peuvent être ouverts ici.');
  });

  it('skips a relance with a reason: the plan moves on and the timeline says why', async () => {
    await test.call('relance:skip', {
      debtorId: petit,
      scenarioId: 3,
      stepIndex: 0,
      reason: 'Client appelé hier',
    });

    const file = await test.call('debtors:get', { id: petit });
    const agenda = await test.call('relance:agenda', {});

    expect(file.events.at(-1)?.summary).toBe(
      'Relance ignorée, étape 1/5 (SMS) : Client appelé hier',
    );
    expect(agenda.items.map((item) => item.debtorId)).not.toContain(petit);
  });

  it('postpones a relance to a date, after which it comes back', async () => {
    await test.call('relance:postpone', {
      debtorId: martin,
      until: '2026-12-10',
      reason: 'Comptable absent',
    });

    const before = await test.call('relance:agenda', {});
    test.setToday('2026-12-10');
    const after = await test.call('relance:agenda', {});

    expect(before.items.map((item) => item.debtorId)).not.toContain(martin);
    expect(after.items.find((item) => item.debtorId === martin)?.channel).toBe('appel');
  });
});
