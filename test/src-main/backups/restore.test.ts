import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RECOUVRA_APPLICATION_ID } from '../../../src-main/database/file-identity';
import { migrations } from '../../../src-main/database/migrations';
import { runMigrations } from '../../../src-main/database/migrator';
import { createTestWorkspace, type TestWorkspace } from '../../support/temp-workspace';
import { sampleDebtor } from '../../support/sample-inputs';

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
