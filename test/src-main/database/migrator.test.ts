import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Migration } from '../../../src-main/database/migrations/migration';
import {
  readSchemaVersion,
  readSchemaWriter,
  runMigrations,
} from '../../../src-main/database/migrator';
import { AppError } from '../../../src-main/errors/app-error';

const createNotes: Migration = {
  version: 1,
  name: 'notes',
  up: (database) => database.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)'),
};
const addAuthor: Migration = {
  version: 2,
  name: 'author',
  up: (database) => database.exec('ALTER TABLE notes ADD COLUMN author TEXT'),
};
const failing: Migration = {
  version: 3,
  name: 'fails halfway',
  up: (database) => {
    database.exec('CREATE TABLE tags (id INTEGER PRIMARY KEY)');
    throw new Error('disk trouble');
  },
};

const columns = (database: Database.Database, table: string) =>
  (database.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map(
    (column) => column.name,
  );

describe('runMigrations', () => {
  it('runs every pending step and records the new version', () => {
    const database = new Database(':memory:');

    const outcome = runMigrations(database, [createNotes, addAuthor]);

    expect(outcome).toEqual({ fromVersion: 0, toVersion: 2 });
    expect(readSchemaVersion(database)).toBe(2);
    expect(columns(database, 'notes')).toEqual(['id', 'text', 'author']);
  });

  it('runs only the steps a file has not had yet', () => {
    const database = new Database(':memory:');
    runMigrations(database, [createNotes]);
    database.prepare("INSERT INTO notes (text) VALUES ('gardée')").run();

    runMigrations(database, [createNotes, addAuthor]);

    expect(database.prepare('SELECT text, author FROM notes').all()).toEqual([
      { text: 'gardée', author: null },
    ]);
  });

  it('leaves the file at its previous version when a step fails', () => {
    const database = new Database(':memory:');
    runMigrations(database, [createNotes]);

    expect(() => runMigrations(database, [createNotes, addAuthor, failing])).toThrow(
      'disk trouble',
    );

    expect(readSchemaVersion(database)).toBe(1);
    expect(columns(database, 'notes')).toEqual(['id', 'text']);
    const tables = database.prepare("SELECT name FROM sqlite_schema WHERE name = 'tags'").all();
    expect(tables).toEqual([]);
  });

  it('refuses a file written by a newer version, naming both schemas when it names no release', () => {
    const database = new Database(':memory:');
    database.pragma('user_version = 7');

    let error: unknown;
    try {
      runMigrations(database, [createNotes, addAuthor]);
    } catch (caught) {
      error = caught;
    }

    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('FILE_TOO_NEW');
    expect((error as AppError).message).toMatch(/schéma 7, celle-ci ne connaît que le schéma 2/);
    expect(readSchemaVersion(database)).toBe(7);
  });

  it('records the version of the app that ran the steps, in the same transaction', () => {
    const settings: Migration = {
      version: 1,
      name: 'settings',
      up: (database) => database.exec('CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)'),
    };
    const database = new Database(':memory:');

    runMigrations(database, [settings], '0.2.0');
    expect(() => runMigrations(database, [settings, addAuthor, failing], '0.3.0')).toThrow();

    expect(readSchemaWriter(database)).toBe('0.2.0');
  });

  it('quotes the release that wrote a newer file', () => {
    const database = new Database(':memory:');
    database.exec('CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)');
    database.prepare("INSERT INTO settings VALUES ('schema_written_by', '0.3.0')").run();
    database.pragma('user_version = 9');

    expect(() => runMigrations(database, [createNotes])).toThrow(
      'Ce dossier a été mis à jour par Recouvra 0.3.0 ; installez cette version ou une plus ' +
        'récente',
    );
  });

  it('refuses a list with a gap in the version numbers', () => {
    const database = new Database(':memory:');

    expect(() => runMigrations(database, [createNotes, { ...failing, version: 5 }])).toThrow(
      /Migration list broken/,
    );
  });
});
