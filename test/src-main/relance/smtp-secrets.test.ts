import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SecretCipher } from '../../../src-main/secrets/secret-store';
import { createTestWorkspace, type TestWorkspace } from '../../support/temp-workspace';
import { startSmtp } from './loopback-smtp';
import { addDebtorWithInvoices, createRelanceFile } from './relance-setup';

// What Electron's safeStorage does with the system keychain, with a key of the test's own.
function testCipher(): SecretCipher {
  const key = crypto.randomBytes(32);
  return {
    encrypt: async (text) => {
      const iv = crypto.randomBytes(12);
      const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    decrypt: async (data) => {
      const decipher = crypto.createDecipheriv('aes-256-gcm', key, data.subarray(0, 12));
      decipher.setAuthTag(data.subarray(12, 28));
      return Buffer.concat([decipher.update(data.subarray(28)), decipher.final()]).toString();
    },
  };
}

describe('the SMTP password, kept on this computer only', () => {
  let test: TestWorkspace;
  let other: TestWorkspace | null = null;
  let debtorId: number;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  const filePath = () => path.join(test.directory, 'dossier.sqlite');
  const secretsPath = () => path.join(test.directory, 'secrets.json');
  const account = () => ({
    host: '127.0.0.1',
    port: smtp.port,
    secure: false,
    user: 'compta',
    password: 's3cret',
    from: 'compta@atelier-lumiere.fr',
  });
  const relance = { scenarioId: 1, stepIndex: 1, subject: null, body: null, send: true };

  beforeEach(async () => {
    smtp = await startSmtp({ password: 's3cret' });
    test = createTestWorkspace('2026-12-03');
    await createRelanceFile(test);
    debtorId = (
      await addDebtorWithInvoices(test, { name: 'Menuiserie Durand' }, [
        ['FA-1', '2026-11-20', 120_000],
      ])
    ).debtorId;
  });

  afterEach(async () => {
    await other?.dispose();
    other = null;
    await test.dispose();
    await smtp.close();
  });

  it('keeps the password out of the company file, in a file only its user can read', async () => {
    await test.call('smtp:save', account());
    const { value: fileId } = test.workspace
      .context()
      .database.sqlite.prepare("SELECT value FROM settings WHERE key = 'file_id'")
      .get() as { value: string };
    await test.workspace.closeFile();

    const bytes = fs.readFileSync(filePath());
    const secrets = JSON.parse(fs.readFileSync(secretsPath(), 'utf8')) as unknown;

    expect(bytes.includes('s3cret')).toBe(false);
    expect(bytes.includes('smtp.host')).toBe(true);
    expect(fs.statSync(secretsPath()).mode & 0o777).toBe(0o600);
    expect(secrets).toEqual({
      version: 1,
      files: { [fileId]: { 'smtp.password': { protection: 'fichier_protege', value: 's3cret' } } },
    });
  });

  it('tells the screen how the password is kept, and sends with it', async () => {
    await test.call('smtp:save', account());

    const configuration = await test.call('scenarios:configuration', {});
    const record = await test.call('relance:do', { debtorId, ...relance });

    expect(configuration.passwordStorage).toBe('fichier_protege');
    expect(configuration.smtp).toMatchObject({ user: 'compta', hasPassword: true });
    expect(record.delivery).toBe('email_envoye');
    expect(smtp.received[0]?.user).toBe('compta');
  });

  it('asks for the password again when the file is opened on another computer', async () => {
    await test.call('smtp:save', account());
    await test.workspace.closeFile();
    other = createTestWorkspace('2026-12-03');
    const copy = path.join(other.directory, 'dossier.sqlite');
    fs.copyFileSync(filePath(), copy);
    await other.call('file:open', { path: copy });

    const configuration = await other.call('scenarios:configuration', {});
    const refused = await other.callError('relance:do', { debtorId, ...relance });
    const view = await other.call('relance:debtor', { debtorId });

    expect(configuration.smtp).toMatchObject({ user: 'compta', hasPassword: false });
    expect(refused.code).toBe('SEND_FAILED');
    expect(refused.message).toContain('n’est pas enregistré sur cet ordinateur');
    expect(smtp.received).toEqual([]);
    expect(view.history).toEqual([]);
  });

  it('encrypts the password with the system keychain when the shell has one', async () => {
    test.context.secretCipher = testCipher();
    await test.call('smtp:save', account());

    const secrets = fs.readFileSync(secretsPath(), 'utf8');
    const configuration = await test.call('scenarios:configuration', {});
    await test.call('relance:do', { debtorId, ...relance });

    expect(secrets).not.toContain('s3cret');
    expect(secrets).toContain('"protection": "chiffre"');
    expect(configuration.passwordStorage).toBe('chiffre');
    expect(smtp.received[0]?.user).toBe('compta');
  });

  it('forgets the password on this computer with the account', async () => {
    await test.call('smtp:save', account());

    await test.call('smtp:clear', {});

    expect(JSON.parse(fs.readFileSync(secretsPath(), 'utf8'))).toEqual({ version: 1, files: {} });
  });
});
