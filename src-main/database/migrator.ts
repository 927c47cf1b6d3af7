import type BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../errors/app-error';
import type { Migration } from './migrations/migration';

/** What a migration run did. */
export interface MigrationOutcome {
  fromVersion: number;
  toVersion: number;
}

/** Reads the schema version stored in the file header. */
export function readSchemaVersion(database: BetterSqlite3.Database): number {
  return database.pragma('user_version', { simple: true }) as number;
}

/** Refuses a file written by a newer build, leaving it untouched. */
export function assertNotFromTheFuture(fileVersion: number, knownVersion: number): void {
  if (fileVersion > knownVersion) {
    throw new AppError(
      'FILE_TOO_NEW',
      `Ce fichier a été enregistré par une version plus récente de Recouvra (schéma ${fileVersion}) ; ` +
        `cette version ne connaît que le schéma ${knownVersion}. ` +
        "Mettez Recouvra à jour pour l'ouvrir. Le fichier n'a pas été modifié.",
    );
  }
}

/**
 * Brings the file to the latest schema. Every pending step runs inside one
 * transaction together with the new `user_version`, so a failure or a crash
 * leaves the file exactly at its previous version.
 */
export function runMigrations(
  database: BetterSqlite3.Database,
  migrations: readonly Migration[],
): MigrationOutcome {
  assertConsecutive(migrations);
  const latest = migrations.length;
  const fromVersion = readSchemaVersion(database);
  assertNotFromTheFuture(fromVersion, latest);
  if (fromVersion === latest) return { fromVersion, toVersion: latest };

  const pending = migrations.slice(fromVersion);
  database.transaction(() => {
    for (const migration of pending) migration.up(database);
    database.pragma(`user_version = ${latest}`);
  })();
  return { fromVersion, toVersion: latest };
}

function assertConsecutive(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migration list broken at position ${index + 1} (${migration.name})`);
    }
  });
}
