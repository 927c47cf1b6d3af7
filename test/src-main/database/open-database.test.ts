import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RECOUVRA_APPLICATION_ID } from '../../../src-main/database/file-identity';
import packageJson from '../../../package.json';
import { migrations } from '../../../src-main/database/migrations';
import { SCHEMA_WRITTEN_BY_KEY, runMigrations } from '../../../src-main/database/migrator';
import { openDatabase } from '../../../src-main/database/open-database';
import { AppError } from '../../../src-main/errors/app-error';

const schemaWriterOf = (file: string) => {
  const raw = new Database(file, { readonly: true });
  const row = raw.prepare('SELECT value FROM settings WHERE key = ?').get(SCHEMA_WRITTEN_BY_KEY) as
    { value: string } | undefined;
  raw.close();
  return row?.value ?? null;
};

describe('openDatabase', () => {
  let directory: string;
  let file: string;

  beforeEach(() => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'recouvra-open-'));
    file = path.join(directory, 'dossier.sqlite');
  });

  afterEach(() => fs.rmSync(directory, { recursive: true, force: true }));

  const codeOf = async (work: Promise<unknown>) => {
    try {
      await work;
    } catch (error) {
      return error instanceof AppError ? error.code : String(error);
    }
    return 'opened';
  };

  it('creates a file marked as a Recouvra file at the current schema version', async () => {
    const database = await openDatabase(file, { create: true });
    await database.close();

    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('application_id', { simple: true })).toBe(RECOUVRA_APPLICATION_ID);
    expect(raw.pragma('user_version', { simple: true })).toBe(migrations.length);
    raw.close();
  });

  it('leaves a single self-contained file behind once closed, even after writes', async () => {
    const database = await openDatabase(file, { create: true });
    database.sqlite.prepare("INSERT INTO settings (key, value) VALUES ('a', 'b')").run();
    expect(database.sqlite.pragma('journal_mode', { simple: true })).toBe('delete');
    await database.close();

    expect(fs.readdirSync(directory)).toEqual(['dossier.sqlite']);
  });

  it('refuses a file from a newer version and leaves its bytes untouched', async () => {
    const raw = new Database(file);
    raw.pragma(`application_id = ${RECOUVRA_APPLICATION_ID}`);
    raw.exec('CREATE TABLE future (x)');
    raw.pragma(`user_version = ${migrations.length + 5}`);
    raw.close();
    const before = fs.readFileSync(file);

    expect(await codeOf(openDatabase(file))).toBe('FILE_TOO_NEW');

    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses another program’s SQLite file without touching it', async () => {
    const raw = new Database(file);
    raw.exec('CREATE TABLE clients (nom TEXT)');
    raw.close();
    const before = fs.readFileSync(file);

    expect(await codeOf(openDatabase(file))).toBe('FILE_NOT_RECOUVRA');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a file that is not a database at all', async () => {
    fs.writeFileSync(file, 'Ceci est une lettre, pas une base.'.repeat(200));

    expect(await codeOf(openDatabase(file))).toBe('FILE_NOT_RECOUVRA');
  });

  it('refuses an empty file instead of giving it a schema, and leaves it empty', async () => {
    fs.writeFileSync(file, '');

    const error = await openDatabase(file).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('FILE_DAMAGED');
    expect((error as AppError).message).toMatch(/^Le fichier dossier\.sqlite est vide \(0 octet\)/);
    expect(fs.statSync(file).size).toBe(0);
  });

  it('gives an empty file its schema when it is being created', async () => {
    fs.writeFileSync(file, '');

    const database = await openDatabase(file, { create: true });
    await database.close();

    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(migrations.length);
    raw.close();
  });

  it('records in a new file the version of Recouvra that wrote its schema', async () => {
    const database = await openDatabase(file, { create: true });
    await database.close();

    expect(schemaWriterOf(file)).toBe(packageJson.version);
  });

  it('records the version that migrated an older file, and leaves it alone on a plain open', async () => {
    const raw = new Database(file);
    raw.pragma(`application_id = ${RECOUVRA_APPLICATION_ID}`);
    runMigrations(raw, migrations.slice(0, 5), '0.0.9');
    raw.close();
    const older = schemaWriterOf(file);

    await (await openDatabase(file)).close();
    const migrated = schemaWriterOf(file);
    const rewrite = new Database(file);
    rewrite
      .prepare('UPDATE settings SET value = ? WHERE key = ?')
      .run('9.9.9', SCHEMA_WRITTEN_BY_KEY);
    rewrite.close();
    await (await openDatabase(file)).close();

    expect(older).toBe('0.0.9');
    expect(migrated).toBe(packageJson.version);
    expect(schemaWriterOf(file)).toBe('9.9.9');
  });

  it('names the version a newer file needs, and leaves its bytes untouched', async () => {
    await (await openDatabase(file, { create: true })).close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${migrations.length + 2}`);
    raw.prepare('UPDATE settings SET value = ? WHERE key = ?').run('0.3.0', SCHEMA_WRITTEN_BY_KEY);
    raw.close();
    const before = fs.readFileSync(file);

    const error = await openDatabase(file).catch((caught: unknown) => caught);

    expect((error as AppError).code).toBe('FILE_TOO_NEW');
    expect((error as AppError).message).toBe(
      'Ce dossier a été mis à jour par Recouvra 0.3.0 ; installez cette version ou une plus ' +
        "récente pour l'ouvrir. Le fichier n'a pas été modifié.",
    );
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('says the file is missing rather than creating an empty one', async () => {
    expect(await codeOf(openDatabase(file))).toBe('FILE_NOT_FOUND');
    expect(fs.existsSync(file)).toBe(false);
  });

  it('refuses a damaged file and leaves it for a restore', async () => {
    const database = await openDatabase(file, { create: true });
    database.sqlite.exec('CREATE TABLE filler (x TEXT)');
    const insert = database.sqlite.prepare('INSERT INTO filler VALUES (?)');
    database.sqlite.transaction(() => {
      for (let index = 0; index < 2000; index += 1) insert.run('x'.repeat(200));
    })();
    await database.close();
    const bytes = fs.readFileSync(file);
    bytes.fill(0x41, 8192, 8192 + 40_000);
    fs.writeFileSync(file, bytes);

    expect(await codeOf(openDatabase(file))).toBe('FILE_DAMAGED');
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('backs up an older file before migrating it', async () => {
    const raw = new Database(file);
    raw.pragma(`application_id = ${RECOUVRA_APPLICATION_ID}`);
    raw.exec('CREATE TABLE legacy (x)');
    raw.close();
    const backups: number[] = [];

    const database = await openDatabase(file, {
      backupBeforeMigration: async (_source, fromVersion) => {
        backups.push(fromVersion);
      },
    });
    await database.close();

    expect(backups).toEqual([0]);
  });
});
