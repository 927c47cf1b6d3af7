import type BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../errors/app-error';
import type { Migration } from './migrations/migration';

/** What a migration run did. */
export interface MigrationOutcome {
  fromVersion: number;
  toVersion: number;
}

// The schema version alone means nothing to a bookkeeper, and an older app
// cannot know which release brought a newer schema. So every app that
// creates or migrates a file writes its own version beside the schema, in
// the settings table; an older app quotes it when it refuses the file. It
// is written by the migrator, not by a migration, since a migration never
// imports app code and this value changes with every release.
/** The settings key holding the version of Recouvra that brought the file to its schema. */
export const SCHEMA_WRITTEN_BY_KEY = 'schema_written_by';

/** Reads the schema version stored in the file header. */
export function readSchemaVersion(database: BetterSqlite3.Database): number {
  return database.pragma('user_version', { simple: true }) as number;
}

/** The version of Recouvra that wrote the file's schema, or null when the file does not say. */
export function readSchemaWriter(database: BetterSqlite3.Database): string | null {
  if (!hasSettingsTable(database)) return null;
  const row = database
    .prepare('SELECT value FROM settings WHERE key = ?')
    .get(SCHEMA_WRITTEN_BY_KEY) as { value: string } | undefined;
  return row?.value ?? null;
}

/**
 * Refuses a file written by a newer build, leaving it untouched, and says
 * which version of Recouvra it needs when the file names the one that wrote it.
 */
export function assertNotFromTheFuture(
  fileVersion: number,
  knownVersion: number,
  writtenBy: string | null = null,
): void {
  if (fileVersion <= knownVersion) return;
  const untouched = "Le fichier n'a pas été modifié.";
  throw new AppError(
    'FILE_TOO_NEW',
    writtenBy
      ? `Ce dossier a été mis à jour par Recouvra ${writtenBy} ; installez cette version ou une ` +
          `plus récente pour l'ouvrir. ${untouched}`
      : `Ce dossier a été mis à jour par une version plus récente de Recouvra (schéma ` +
          `${fileVersion}, ` +
          `celle-ci ne connaît que le schéma ${knownVersion}) : installez la dernière version de ` +
          `Recouvra pour l'ouvrir. ${untouched}`,
  );
}

/**
 * Brings the file to the latest schema. Every pending step runs inside one
 * transaction together with the new `user_version` and, when `writtenBy` is
 * given (the app's version) and the schema has a settings table, the record
 * of the version that wrote it; so a failure or a crash leaves the file
 * exactly at its previous version.
 */
export function runMigrations(
  database: BetterSqlite3.Database,
  migrations: readonly Migration[],
  writtenBy: string | null = null,
): MigrationOutcome {
  assertConsecutive(migrations);
  const latest = migrations.length;
  const fromVersion = readSchemaVersion(database);
  assertNotFromTheFuture(fromVersion, latest, readSchemaWriter(database));
  if (fromVersion === latest) return { fromVersion, toVersion: latest };

  const pending = migrations.slice(fromVersion);
  database.transaction(() => {
    for (const migration of pending) migration.up(database);
    database.pragma(`user_version = ${latest}`);
    if (writtenBy !== null && hasSettingsTable(database)) {
      database
        .prepare('INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)')
        .run(SCHEMA_WRITTEN_BY_KEY, writtenBy);
    }
  })();
  return { fromVersion, toVersion: latest };
}

function hasSettingsTable(database: BetterSqlite3.Database): boolean {
  const row = database
    .prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'settings'")
    .get();
  return row !== undefined;
}

function assertConsecutive(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migration list broken at position ${index + 1} (${migration.name})`);
    }
  });
}
