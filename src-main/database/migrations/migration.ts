import type BetterSqlite3 from 'better-sqlite3';

/**
 * A schema step. Migrations are frozen in time: once released they are never
 * edited, and they never import application code, so that an old file always
 * migrates the same way whatever the app has become.
 */
export interface Migration {
  version: number;
  name: string;
  up(database: BetterSqlite3.Database): void;
}
