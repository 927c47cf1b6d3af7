import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestWorkspace, type TestWorkspace } from '../../support/temp-workspace';
import { addDebtorWithInvoices, createRelanceFile } from './relance-setup';

interface Received {
  from: string;
  to: string[];
  user: string | null;
  data: string;
}

// The Subject header as a mail client shows it: unfolded, its encoded words decoded.
function decodedSubject(raw: string): string {
  const header = /^Subject: (.*)$/m.exec(raw.replace(/\r\n[ \t]+/g, ' '))?.[1] ?? '';
  return header
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?Q\?([^?]*)\?=/gi, (_word, text: string) =>
      Buffer.from(
        text
          .replace(/_/g, ' ')
          .replace(/=([0-9A-F]{2})/gi, (_hex, code: string) =>
            String.fromCharCode(parseInt(code, 16)),
          ),
        'latin1',
      ).toString('utf8'),
    );
}

async function startSmtp(options: { password?: string; refuse?: boolean } = {}) {
  const received: Received[] = [];
  const server = new SMTPServer({
    disabledCommands: options.password ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    authOptional: !options.password,
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === 'compta' && auth.password === options.password) {
        callback(null, { user: auth.username });
      } else callback(new Error('Identifiants refusés'));
    },
    onRcptTo(_address, _session, callback) {
      if (options.refuse) {
        const error = new Error('Boîte inconnue') as Error & { responseCode: number };
        error.responseCode = 550;
        callback(error);
      } else callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          user: (session.user as string | undefined) ?? null,
          data: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { server, port, received, close: () => new Promise<void>((r) => server.close(() => r())) };
}

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
