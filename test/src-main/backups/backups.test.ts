import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupBefore, backupsOf } from '../../../src-main/backups/backup-service';
import { Workspace } from '../../../src-main/workspace/workspace';
import { createTestWorkspace, type TestWorkspace } from '../../support/temp-workspace';
import { sampleDebtor } from '../../support/sample-inputs';

describe('backups of the open file', () => {
  let test: TestWorkspace;
  let file: string;

  beforeEach(async () => {
    test = createTestWorkspace();
    file = path.join(test.directory, 'atelier.sqlite');
    await test.call('file:create', { path: file, companyName: 'Atelier Lumière SAS' });
  });

  afterEach(() => test.dispose());

  const debtorNamesIn = (copy: string) => {
    const database = new Database(copy, { readonly: true });
    const names = database.prepare('SELECT name FROM debtors ORDER BY id').pluck().all();
    const locks = database.prepare('SELECT count(*) FROM file_lock').pluck().get();
    database.close();
    return { names, locks };
  };

  it('takes a copy on demand that holds every saved line and no lock', async () => {
    await test.call('debtors:create', { input: sampleDebtor() });

    const entry = await test.call('backups:create', {});

    expect(entry.reason).toBe('manuelle');
    expect(entry.sizeBytes).toBeGreaterThan(4096);
    expect(debtorNamesIn(path.join(test.directory, 'sauvegardes', entry.id))).toEqual({
      names: ['Boulangerie Dupont SARL'],
      locks: 0,
    });
  });

  it('takes a copy each time the file is opened for writing, none when read-only', async () => {
    await test.workspace.closeFile();

    await test.call('file:open', { path: file });
    await test.call('file:open', { path: file, readOnly: true });

    const { entries } = await test.call('backups:list', {});
    expect(entries.map((entry) => entry.reason)).toEqual(['ouverture']);
  });

  it('takes the backup before an import that other services ask for, and lists it', async () => {
    await test.call('debtors:create', { input: sampleDebtor() });

    const entry = await backupBefore(test.workspace.context(), 'import');

    const { entries } = await test.call('backups:list', {});
    expect(entries[0]).toEqual(entry);
    expect(entry.reason).toBe('avant-import');
    expect(debtorNamesIn(path.join(test.directory, 'sauvegardes', entry.id)).names).toHaveLength(1);
  });

  it('keeps only the set number of automatic copies, and never deletes manual ones', async () => {
    await test.call('backups:setKeepCount', { keepCount: 2 });
    await test.call('backups:create', {});
    for (let round = 0; round < 4; round += 1) {
      await backupBefore(test.workspace.context(), 'relances');
    }

    const { entries, keepCount } = await test.call('backups:list', {});

    expect(keepCount).toBe(2);
    expect(entries.map((entry) => entry.reason).sort()).toEqual([
      'avant-relances',
      'avant-relances',
      'manuelle',
    ]);
  });

  it('records a change of the rotation in the audit trail and refuses an absurd number', async () => {
    await test.call('backups:setKeepCount', { keepCount: 7 });
    const error = await test.callError('backups:setKeepCount', { keepCount: 0 });

    const database = test.workspace.context().database.sqlite;
    const audit = database
      .prepare("SELECT actor, before_json, after_json FROM audit_log WHERE table_name = 'settings'")
      .all();
    expect(audit).toEqual([
      { actor: 'Test', before_json: '{"backups_kept":30}', after_json: '{"backups_kept":7}' },
    ]);
    expect(error.fieldErrors?.keepCount).toBe('Indiquez un nombre de sauvegardes entre 1 et 365.');
    expect((await test.call('backups:list', {})).keepCount).toBe(7);
  });

  it('takes the daily copy while the file stays open once the newest copy is a day old', async () => {
    let now = new Date('2026-12-03T10:00:00.000Z');
    const clocked = new Workspace({
      dataDirectory: test.directory,
      actor: 'Test',
      now: () => now,
    });
    await clocked.createFile(path.join(test.directory, 'horloge.sqlite'), 'Horloge SAS');

    await clocked.maintain();
    now = new Date('2026-12-03T22:00:00.000Z');
    await clocked.maintain();
    now = new Date('2026-12-04T22:00:01.000Z');
    await clocked.maintain();

    const taken = backupsOf(clocked.context()).map((entry) => [entry.reason, entry.takenAt]);
    await clocked.closeFile();
    expect(taken).toEqual([
      ['quotidienne', '2026-12-04T22:00:01.000Z'],
      ['quotidienne', '2026-12-03T10:00:00.000Z'],
    ]);
  });

  it('deletes a backup the user no longer wants', async () => {
    const entry = await test.call('backups:create', {});

    const after = await test.call('backups:delete', { id: entry.id });

    expect(after.entries).toEqual([]);
    expect(fs.existsSync(path.join(test.directory, 'sauvegardes', entry.id))).toBe(false);
  });

  it('refuses a backup id that points outside the backup folder', async () => {
    const error = await test.callError('backups:restore', { id: '../atelier.sqlite' });

    expect(error.code).toBe('VALIDATION');
  });
});
