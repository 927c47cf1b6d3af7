import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrations } from '../../../src-main/database/migrations';
import { runMigrations } from '../../../src-main/database/migrator';

describe('migration 4: legal escalation', () => {
  let database: Database.Database;

  beforeEach(() => {
    database = new Database(':memory:');
    runMigrations(database, migrations.slice(0, 3));
    database
      .prepare(
        `INSERT INTO debtors (kind, name, address_line1, postal_code, city, created_at, updated_at)
         VALUES ('entreprise', 'Ancien Client', '1 rue A', '77200', 'Torcy', '2025-01-01', '2025-01-01')`,
      )
      .run();
    runMigrations(database, migrations.slice(0, 4));
  });

  afterEach(() => database.close());

  it('keeps the debtors and adds a case to them', () => {
    database
      .prepare(
        `INSERT INTO legal_cases (debtor_id, opened_on, created_by, created_at)
         VALUES (1, '2025-02-01', 'Test', '2025-02-01T00:00:00Z')`,
      )
      .run();

    expect(database.prepare('SELECT name FROM debtors').all()).toEqual([{ name: 'Ancien Client' }]);
    expect(database.prepare('SELECT debtor_id FROM legal_cases').all()).toEqual([{ debtor_id: 1 }]);
  });

  it('allows one open case per debtor', () => {
    const open = database.prepare(
      `INSERT INTO legal_cases (debtor_id, opened_on, created_by, created_at)
       VALUES (1, '2025-02-01', 'Test', '2025-02-01T00:00:00Z')`,
    );
    open.run();

    expect(() => open.run()).toThrow(/UNIQUE/);
  });

  it('refuses a user taux légal that does not start a half-year', () => {
    expect(() =>
      database
        .prepare(`INSERT INTO user_legal_rates VALUES ('2026-08-01', 662, 275, 'x', 'Test', 'now')`)
        .run(),
    ).toThrow(/CHECK/);
  });
});
