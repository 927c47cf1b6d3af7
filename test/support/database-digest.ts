import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';

// The lock row is rewritten by the open file's heartbeat whatever the user does.
const VOLATILE_TABLES = new Set(['file_lock']);

/** Row counts of every table and a hash of every row: equal digests mean an unchanged file. */
export function databaseDigest(sqlite: Database.Database): {
  counts: Record<string, number>;
  hash: string;
} {
  const tables = sqlite
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`)
    .pluck()
    .all() as string[];
  const hash = createHash('sha256');
  const counts: Record<string, number> = {};
  for (const table of tables.filter((name) => !VOLATILE_TABLES.has(name))) {
    const rows = sqlite.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).raw().all();
    counts[table] = rows.length;
    hash.update(`${table}\n${JSON.stringify(rows)}\n`);
  }
  return { counts, hash: hash.digest('hex') };
}
