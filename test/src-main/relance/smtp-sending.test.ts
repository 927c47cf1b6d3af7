import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestWorkspace, type TestWorkspace } from '../../support/temp-workspace';
import { decodedSubject, startSmtp } from './loopback-smtp';
import { addDebtorWithInvoices, createRelanceFile } from './relance-setup';

describe('sending relance e-mails through SMTP', () => {
  let test: TestWorkspace;
  let debtorId: number;
  let smtp: Awaited<ReturnType<typeof startSmtp>> | null = null;
  const relance = () => ({
    debtorId,
    scenarioId: 1,
    stepIndex: 1,
    subject: null,
    body: null,
    send: true,
  });

  beforeEach(async () => {
    test = createTestWorkspace('2026-12-03');
    await createRelanceFile(test);
    debtorId = (
      await addDebtorWithInvoices(test, { name: 'Menuiserie Durand' }, [
        ['FA-1', '2026-11-20', 120_000],
      ])
    ).debtorId;
  });

  afterEach(async () => {
    await smtp?.close();
    smtp = null;
    await test.dispose();
  });

  it('sends the e-mail with its attachment to a real server and records it as sent', async () => {
    smtp = await startSmtp();
    await test.call('smtp:save', {
      host: '127.0.0.1',
      port: smtp.port,
      secure: false,
      user: null,
      password: null,
      from: 'Atelier Lumière <compta@atelier-lumiere.fr>',
    });

    const record = await test.call('relance:do', relance());

    expect(record.delivery).toBe('email_envoye');
    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!;
    expect(mail.from).toBe('compta@atelier-lumiere.fr');
    expect(mail.to).toEqual(['compta@dupont.example']);
    expect(decodedSubject(mail.data)).toBe('Factures échues – Menuiserie Durand');
    expect(mail.data).toContain("filename*0*=utf-8''Relev%C3%A9%20de%20compte");
    expect(mail.data).toContain('FA-1');
    expect(fs.readFileSync(record.outputPath!, 'utf8')).not.toContain('X-Unsent');
  });

  it('logs in with the saved user and password, which is never sent back to the screen', async () => {
    smtp = await startSmtp({ password: 's3cret' });
    const saved = await test.call('smtp:save', {
      host: '127.0.0.1',
      port: smtp.port,
      secure: false,
      user: 'compta',
      password: 's3cret',
      from: 'compta@atelier-lumiere.fr',
    });

    await test.call('relance:do', relance());

    expect(saved).toMatchObject({ user: 'compta', hasPassword: true });
    expect(JSON.stringify(saved)).not.toContain('s3cret');
    expect(smtp.received[0]?.user).toBe('compta');
  });

  it('records nothing and leaves no file when the server refuses the message', async () => {
    smtp = await startSmtp({ refuse: true });
    await test.call('smtp:save', {
      host: '127.0.0.1',
      port: smtp.port,
      secure: false,
      user: null,
      password: null,
      from: 'compta@atelier-lumiere.fr',
    });

    const error = await test.callError('relance:do', relance());
    const view = await test.call('relance:debtor', { debtorId });

    expect(error.code).toBe('SEND_FAILED');
    expect(error.message).toContain('Rien n’a été enregistré');
    expect(view.history).toEqual([]);
    expect(view.outlook.state).toBe('due');
  });

  it('sends nothing and leaves no file when the relance cannot be recorded', async () => {
    smtp = await startSmtp();
    await test.call('smtp:save', {
      host: '127.0.0.1',
      port: smtp.port,
      secure: false,
      user: null,
      password: null,
      from: 'compta@atelier-lumiere.fr',
    });
    // The database refuses the record, as a full disk or a lost lock would.
    test.workspace.context().database.sqlite.exec(
      `CREATE TEMP TRIGGER refuse_relance BEFORE INSERT ON main.relance_actions
         BEGIN SELECT RAISE(ABORT, 'écriture refusée'); END`,
    );

    const error = await test.callError('relance:do', relance());
    test.workspace.context().database.sqlite.exec('DROP TRIGGER temp.refuse_relance');
    const view = await test.call('relance:debtor', { debtorId });
    const dayFolder = path.join(test.directory, 'relances', '2026-12-03');

    expect(error.message).not.toContain('L’e-mail est parti');
    expect(smtp.received).toEqual([]);
    expect(view.history).toEqual([]);
    expect(fs.existsSync(dayFolder) ? fs.readdirSync(dayFolder) : []).toEqual([]);
  });

  it('keeps preparing drafts when the user does not ask to send', async () => {
    smtp = await startSmtp();
    await test.call('smtp:save', {
      host: '127.0.0.1',
      port: smtp.port,
      secure: false,
      user: null,
      password: null,
      from: 'compta@atelier-lumiere.fr',
    });

    const record = await test.call('relance:do', { ...relance(), send: false });

    expect(record.delivery).toBe('email_brouillon');
    expect(smtp.received).toEqual([]);
  });
});
