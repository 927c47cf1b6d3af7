import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestWorkspace, type TestWorkspace } from '../../support/temp-workspace';
import { sampleDebtor, sampleInvoice } from '../../support/sample-inputs';

describe('the open file', () => {
  let test: TestWorkspace;
  let file: string;

  beforeEach(async () => {
    test = createTestWorkspace();
    file = path.join(test.directory, 'atelier.sqlite');
    await test.call('file:create', { path: file, companyName: 'Atelier Lumière SAS' });
    await test.call('debtors:create', { input: sampleDebtor() });
  });

  afterEach(() => test.dispose());

  it('moved away while open: the write is refused and everything saved goes to a rescue copy', async () => {
    fs.renameSync(file, path.join(test.directory, 'ailleurs.sqlite'));

    const error = await test.callError('invoices:add', { input: sampleInvoice(1) });
    const info = await test.call('file:current', {});
    const recent = await test.call('file:recent', {});

    expect(error.code).toBe('FILE_NOT_FOUND');
    expect(error.message).toContain('Le fichier a disparu de son emplacement');
    expect(error.message).toContain('votre saisie est conservée à l’écran');
    expect(error.message).toContain(info?.rescueCopyPath ?? 'absent');
    expect(info?.readOnlyReason).toBe('vanished');
    const copy = new Database(info?.rescueCopyPath ?? '', { readonly: true });
    expect(copy.prepare('SELECT name FROM debtors').pluck().all()).toEqual([
      'Boulangerie Dupont SARL',
    ]);
    expect(copy.prepare('SELECT count(*) FROM invoices').pluck().get()).toBe(0);
    copy.close();
    expect(recent[0]).toMatchObject({
      path: info?.rescueCopyPath,
      companyName: 'Atelier Lumière SAS (copie de secours)',
    });
  });

  it('deleted while open: noticed by the heartbeat, before any write', async () => {
    fs.rmSync(file);

    await test.workspace.maintain();

    const info = await test.call('file:current', {});
    expect(info?.readOnlyReason).toBe('vanished');
    expect(fs.existsSync(info?.rescueCopyPath ?? '')).toBe(true);
  });

  it('on a disk that runs out of room: a French message, and nothing saved is lost', async () => {
    const { sqlite } = test.workspace.context().database;
    const pages = sqlite.pragma('page_count', { simple: true }) as number;
    // SQLite's page limit makes it answer exactly as on a full disk (SQLITE_FULL).
    sqlite.pragma(`max_page_count = ${pages}`);
    const big = sampleDebtor({ name: 'Grand Compte SA', notes: 'x'.repeat(20_000), siren: null });

    const error = await test.callError('debtors:create', { input: big });
    sqlite.pragma('max_page_count = 1073741823');
    const retried = await test.call('debtors:create', { input: big });

    expect(error.code).toBe('DISK_FULL');
    expect(error.message).toBe(
      "Le disque est plein : la modification n'a pas été enregistrée. Libérez de la place puis " +
        'réessayez.',
    );
    expect(retried.name).toBe('Grand Compte SA');
    expect((await test.call('debtors:list', {})).total).toBe(2);
  });

  it('that cannot be written because another program holds it: a French message, form kept', async () => {
    // Building the app's context reads the file: its timeout is set before the file is locked.
    test.workspace.context().database.sqlite.pragma('busy_timeout = 100');
    const other = new Database(file);
    other.exec('BEGIN EXCLUSIVE');

    const error = await test.callError('debtors:create', {
      input: sampleDebtor({ name: 'Bloqué' }),
    });
    other.exec('ROLLBACK');
    other.close();

    expect(error.code).toBe('FILE_LOCKED');
    expect(error.message).toContain("votre saisie est conservée à l'écran");
    expect((await test.call('debtors:list', {})).total).toBe(1);
  });
});
