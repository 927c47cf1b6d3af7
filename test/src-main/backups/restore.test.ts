import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RECOUVRA_APPLICATION_ID } from '../../../src-main/database/file-identity';
import { migrations } from '../../../src-main/database/migrations';
import { runMigrations } from '../../../src-main/database/migrator';
import { createTestWorkspace, type TestWorkspace } from '../../support/temp-workspace';
import { sampleDebtor } from '../../support/sample-inputs';
import { readRawLock } from '../file-lock/lock-rows';

describe('restoring a backup of the open file', () => {
  let test: TestWorkspace;
  let file: string;

  beforeEach(async () => {
    test = createTestWorkspace();
    file = path.join(test.directory, 'atelier.sqlite');
    await test.call('file:create', { path: file, companyName: 'Atelier Lumière SAS' });
  });

  afterEach(() => test.dispose());

  const names = async (workspace: TestWorkspace = test) =>
    (await workspace.call('debtors:list', {})).rows.map((row) => row.displayName);

  it('puts the backup’s content back after backing up the current state', async () => {
    await test.call('debtors:create', { input: sampleDebtor({ name: 'Avant SARL' }) });
    const backup = await test.call('backups:create', {});
    await test.call('debtors:create', { input: sampleDebtor({ name: 'Après SARL' }) });

    const info = await test.call('backups:restore', { id: backup.id });

    expect(await names()).toEqual(['Avant SARL']);
    expect(info.readOnly).toBe(false);
    const { entries } = await test.call('backups:list', {});
    const safety = entries.find((entry) => entry.reason === 'avant-restauration');
    const copy = new Database(path.join(test.directory, 'sauvegardes', safety?.id ?? ''), {
      readonly: true,
    });
    expect(copy.prepare('SELECT name FROM debtors ORDER BY id').pluck().all()).toEqual([
      'Avant SARL',
      'Après SARL',
    ]);
    copy.close();
  });

  it('records the restore in the audit trail and keeps the file writable by this app', async () => {
    const backup = await test.call('backups:create', {});

    await test.call('backups:restore', { id: backup.id });
    await test.call('debtors:create', { input: sampleDebtor() });

    const audit = test.workspace
      .context()
      .database.sqlite.prepare(
        "SELECT action, actor, after_json FROM audit_log WHERE table_name = 'backups'",
      )
      .all() as { action: string; actor: string; after_json: string }[];
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'restore', actor: 'Test' });
    expect(JSON.parse(audit[0]?.after_json ?? '{}')).toMatchObject({ restoredFrom: backup.id });
    expect(await names()).toEqual(['Boulangerie Dupont SARL']);
  });

  it('shows the restored content to another app reading the file', async () => {
    const backup = await test.call('backups:create', {});
    await test.call('debtors:create', { input: sampleDebtor({ name: 'Après SARL' }) });
    const reader = createTestWorkspace();
    await reader.call('file:open', { path: file });
    expect(await names(reader)).toEqual(['Après SARL']);

    await test.call('backups:restore', { id: backup.id });

    expect(await names(reader)).toEqual([]);
    await reader.dispose();
  });

  it('is refused to an app that does not hold the file, and changes nothing', async () => {
    await test.call('debtors:create', { input: sampleDebtor() });
    const backup = await test.call('backups:create', {});
    const reader = createTestWorkspace();
    await reader.call('file:open', { path: file });

    const error = await reader.callError('backups:restore', { id: backup.id });

    expect(error.code).toBe('READ_ONLY');
    expect(error.message).toMatch(
      /^La restauration est impossible : le dossier est ouvert en écriture par Test/,
    );
    expect(await names()).toEqual(['Boulangerie Dupont SARL']);
    await reader.dispose();
  });

  it('is refused, and changes nothing, once another app has taken the file over', async () => {
    await test.call('debtors:create', { input: sampleDebtor({ name: 'Avant SARL' }) });
    const backup = await test.call('backups:create', {});
    // This app went silent (a laptop asleep) long enough for its lock to look stale…
    const raw = new Database(file);
    raw.prepare('UPDATE file_lock SET heartbeat_at = ?').run('2026-12-03T07:00:00.000Z');
    raw.close();
    // …and a second app took the file over and saved its work.
    const other = createTestWorkspace();
    const opened = await other.call('file:open', { path: file });
    await other.call('debtors:create', { input: sampleDebtor({ name: 'Travail de B SARL' }) });
    const lockOfB = readRawLock(file);

    const error = await test.callError('backups:restore', { id: backup.id });

    expect(opened.readOnly).toBe(false);
    expect(error.code).toBe('READ_ONLY');
    expect(error.message).toContain('ce dossier a été repris par Test sur le poste');
    expect(error.message).toContain('Rien n’a été modifié');
    expect(await names(other)).toEqual(['Avant SARL', 'Travail de B SARL']);
    expect(readRawLock(file)).toEqual(lockOfB);
    expect((await test.call('file:current', {}))?.readOnlyReason).toBe('takenOver');
    expect((await other.call('debtors:create', { input: sampleDebtor() })).name).toBe(
      'Boulangerie Dupont SARL',
    );
    await other.dispose();
  });

  it('writes its own lock row into the restored content, so no other app can claim it', async () => {
    const before = readRawLock(file);
    const backup = await test.call('backups:create', {});
    await test.call('debtors:create', { input: sampleDebtor({ name: 'Après SARL' }) });

    await test.call('backups:restore', { id: backup.id });
    const reader = createTestWorkspace();
    const seen = await reader.call('file:open', { path: file });

    expect(readRawLock(file)?.session_id).toBe(before?.session_id);
    expect(seen.readOnlyReason).toBe('heldByOther');
    expect(await names()).toEqual([]);
    await reader.dispose();
  });

  it('refuses a damaged backup and leaves the file as it was', async () => {
    const backup = await test.call('backups:create', {});
    await test.call('debtors:create', { input: sampleDebtor() });
    const copy = path.join(test.directory, 'sauvegardes', backup.id);
    const bytes = fs.readFileSync(copy);
    bytes.fill(0x41, 0, 100);
    fs.writeFileSync(copy, bytes);

    const error = await test.callError('backups:restore', { id: backup.id });

    expect(error.code).toBe('FILE_DAMAGED');
    expect(error.message).toContain('Cette sauvegarde est illisible ou endommagée');
    expect(await names()).toEqual(['Boulangerie Dupont SARL']);
  });
});

describe('restoring a copy taken before a migration', () => {
  it('migrates the restored content and keeps the file’s backups listed', async () => {
    const test = createTestWorkspace();
    const file = path.join(test.directory, 'ancien.sqlite');
    const raw = new Database(file);
    raw.pragma(`application_id = ${RECOUVRA_APPLICATION_ID}`);
    runMigrations(raw, migrations.slice(0, 1));
    raw
      .prepare(
        `INSERT INTO debtors (kind, name, address_line1, postal_code, city, created_at, updated_at)
         VALUES ('entreprise', 'Ancien Client', '1 rue A', '75001', 'Paris', '2025-01-01', '2025-01-01')`,
      )
      .run();
    raw.close();
    await test.call('file:open', { path: file });
    await test.call('debtors:create', { input: sampleDebtor() });
    const before = await test.call('backups:list', {});
    const migration = before.entries.find((entry) => entry.reason === 'avant-migration');

    const info = await test.call('backups:restore', { id: migration?.id ?? '' });

    const after = await test.call('backups:list', {});
    expect(info.schemaVersion).toBe(migrations.length);
    expect((await test.call('debtors:list', {})).rows.map((row) => row.displayName)).toEqual([
      'Ancien Client',
    ]);
    expect(after.entries.map((entry) => entry.reason).sort()).toEqual([
      'avant-migration',
      'avant-restauration',
    ]);
    await test.dispose();
  });
});
