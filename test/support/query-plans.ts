import type Database from 'better-sqlite3';
import { CamelCasePlugin, Kysely, SqliteDialect } from 'kysely';
import type { OpenDatabase } from '../../src-main/database/open-database';
import type { DatabaseSchema } from '../../src-main/database/schema';

export interface CapturedQuery {
  sql: string;
  parameters: readonly unknown[];
}

/**
 * The same open file, with a kysely that records every query it runs, so a
 * test can replay them under EXPLAIN QUERY PLAN.
 */
export function recordingDatabase(database: OpenDatabase): {
  database: OpenDatabase;
  queries: CapturedQuery[];
} {
  const queries: CapturedQuery[] = [];
  const db = new Kysely<DatabaseSchema>({
    dialect: new SqliteDialect({ database: database.sqlite }),
    plugins: [new CamelCasePlugin()],
    log: (event) => {
      if (event.level === 'query') {
        queries.push({ sql: event.query.sql, parameters: event.query.parameters });
      }
    },
  });
  return { database: { ...database, db }, queries };
}

/** Full-table scans a query plan makes of the named tables (searches through an index are fine). */
export function tableScans(
  sqlite: Database.Database,
  query: CapturedQuery,
  tables: readonly string[],
): string[] {
  const plan = sqlite
    .prepare(`EXPLAIN QUERY PLAN ${query.sql}`)
    .all(...(query.parameters as unknown[])) as { detail: string }[];
  return plan
    .map((step) => step.detail)
    .filter((detail) =>
      tables.some((table) =>
        new RegExp(`^SCAN ${table}\\b(?! USING (COVERING )?INDEX)`).test(detail),
      ),
    );
}
