import type Database from 'better-sqlite3';
import fs from 'node:fs';
import { openDatabase } from '../../src-main/database/open-database';

// The same chunk size as the import's reader, so the parse limit reads the file the same way.
const CHUNK_BYTES = 65_536;

/** Reads a file once and throws the bytes away: later readers find it in the page cache. */
export async function readThrough(filePath: string): Promise<void> {
  const stream = fs.createReadStream(filePath, { highWaterMark: CHUNK_BYTES });
  for await (const _chunk of stream as AsyncIterable<Buffer>) {
    // Nothing to do: the read itself is the point.
  }
}

/**
 * The parse limit: the file decoded and cut into lines and fields, with nothing else. The
 * field count is returned so that the work cannot be optimised away.
 */
export async function readAndSplit(filePath: string): Promise<{ lines: number; fields: number }> {
  const decoder = new TextDecoder('utf-8');
  const stream = fs.createReadStream(filePath, { highWaterMark: CHUNK_BYTES });
  let rest = '';
  let lines = 0;
  let fields = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    const pieces = (rest + decoder.decode(chunk, { stream: true })).split('\n');
    rest = pieces.pop() ?? '';
    for (const line of pieces) fields += line.split('\t').length;
    lines += pieces.length;
  }
  if (rest.length > 0) {
    fields += rest.split('\t').length;
    lines += 1;
  }
  return { lines, fields };
}

/** The highest rowid of every table of a file, to tell later which rows a write added. */
export function rowidMarks(sqlite: Database.Database): Map<string, number> {
  const marks = new Map<string, number>();
  for (const table of tableNames(sqlite)) {
    const highest = sqlite.prepare(`SELECT COALESCE(MAX(rowid), 0) FROM "${table}"`).pluck().get();
    marks.set(table, Number(highest));
  }
  return marks;
}

/** Rows of a table, as arrays in column order. */
interface TableRows {
  table: string;
  columns: string[];
  rows: unknown[][];
}

/** The rows a write added after `marks` were taken, table by table, parents before children. */
export function rowsAddedSince(sqlite: Database.Database, marks: Map<string, number>): TableRows[] {
  const added: TableRows[] = [];
  for (const [table, mark] of marks) {
    const rows = sqlite.prepare(`SELECT * FROM "${table}" WHERE rowid > ?`).raw().all(mark);
    if (rows.length === 0) continue;
    const columns = (sqlite.pragma(`table_info("${table}")`) as { name: string }[]).map(
      (column) => column.name,
    );
    added.push({ table, columns, rows: rows as unknown[][] });
  }
  return parentsFirst(sqlite, added);
}

/**
 * The write limit: the same rows inserted into a copy of the file as it was before the import,
 * opened as the app opens a file, with bare prepared statements in one transaction. Returns
 * the milliseconds the transaction took, commit included.
 */
export async function insertAtTheLimit(targetFile: string, tables: TableRows[]): Promise<number> {
  const database = await openDatabase(targetFile);
  const { sqlite } = database;
  const statements = tables.map(({ table, columns }) =>
    sqlite.prepare(
      `INSERT INTO "${table}" (${columns.map((column) => `"${column}"`).join(', ')})
       VALUES (${columns.map(() => '?').join(', ')})`,
    ),
  );
  const insertAll = sqlite.transaction(() => {
    tables.forEach(({ rows }, index) => {
      const statement = statements[index]!;
      for (const row of rows) statement.run(row);
    });
  });

  const started = performance.now();
  insertAll();
  const elapsed = performance.now() - started;
  await database.close();
  return elapsed;
}

function tableNames(sqlite: Database.Database): string[] {
  return sqlite
    .prepare(
      `SELECT name FROM sqlite_master
       WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE '%WITHOUT ROWID%'
       ORDER BY name`,
    )
    .pluck()
    .all() as string[];
}

// Foreign keys are enforced: a table goes in once every table it refers to is in.
function parentsFirst(sqlite: Database.Database, tables: TableRows[]): TableRows[] {
  const parents = new Map(
    tables.map(({ table }) => [
      table,
      new Set(
        (sqlite.pragma(`foreign_key_list("${table}")`) as { table: string }[])
          .map((key) => key.table)
          .filter((parent) => parent !== table && tables.some((other) => other.table === parent)),
      ),
    ]),
  );
  const ordered: TableRows[] = [];
  const placed = new Set<string>();
  while (ordered.length < tables.length) {
    const next = tables.find(
      ({ table }) =>
        !placed.has(table) && [...(parents.get(table) ?? [])].every((p) => placed.has(p)),
    );
    if (!next) throw new Error('bench: the added rows have circular foreign keys');
    ordered.push(next);
    placed.add(next.table);
  }
  return ordered;
}
