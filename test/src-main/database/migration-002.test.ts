import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RECOUVRA_APPLICATION_ID } from '../../../src-main/database/file-identity';
import { migrations } from '../../../src-main/database/migrations';
import { runMigrations } from '../../../src-main/database/migrator';
import { createTestWorkspace, type TestWorkspace } from '../../support/temp-workspace';

describe('opening a file of schema 1 with this version', () => {
  let test: TestWorkspace;
  let file: string;

  beforeEach(() => {
    test = createTestWorkspace();
    file = path.join(test.directory, 'ancien.sqlite');
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
  });

  afterEach(() => test.dispose());

  it('backs the file up, migrates it, and keeps its debtors', async () => {
    await test.call('file:open', { path: file });

    const backups = fs.readdirSync(path.join(test.directory, 'sauvegardes'));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/^ancien--avant-migration-v1--/);
    const backup = new Database(path.join(test.directory, 'sauvegardes', backups[0]!), {
      readonly: true,
    });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    backup.close();
    const list = await test.call('debtors:list', {});
    expect(list.rows.map((row) => row.displayName)).toEqual(['Ancien Client']);
    expect((await test.call('file:current', {}))?.schemaVersion).toBe(migrations.length);
  });
});
