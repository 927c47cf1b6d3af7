import type BetterSqlite3 from 'better-sqlite3';

interface SchemaObject {
  type: 'table' | 'index' | 'view' | 'trigger';
  name: string;
  sql: string | null;
}

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

// SQLite's online backup cannot serve here: it writes through a connection
// of its own, so nothing can be checked inside the transaction that replaces
// the pages, and it silently does nothing when its first step finds the file
// busy. The content is instead rebuilt through the app's own connection: the
// objects of the file are dropped and those of the source created again,
// their rows copied, all inside one IMMEDIATE transaction. The rollback
// journal makes it all or nothing (a crash halfway leaves the previous
// content), other apps keep reading the same file, and no other writer can
// slip in between the check that opens the transaction and its commit.

/**
 * Replaces every table, index, view and trigger of the open file, and its
 * rows and schema version, by those of the file at `sourcePath`. `inside`
 * runs first inside the transaction (it may throw, and then nothing
 * changes) and `after` last, once the new content is in place.
 */
export function replaceContent(
  sqlite: BetterSqlite3.Database,
  sourcePath: string,
  hooks: { inside(): void; after(): void },
): void {
  if (sqlite.inTransaction) throw new Error('replaceContent: a transaction is already open');
  sqlite.prepare('ATTACH DATABASE ? AS restored').run(sourcePath);
  // Foreign keys cannot be switched inside a transaction; they are checked
  // once the content is whole, before the commit.
  const foreignKeys = sqlite.pragma('foreign_keys', { simple: true }) === 1;
  sqlite.pragma('foreign_keys = OFF');
  try {
    sqlite
      .transaction(() => {
        hooks.inside();
        dropEverything(sqlite);
        copyEverything(sqlite);
        hooks.after();
        const broken = sqlite.pragma('main.foreign_key_check') as unknown[];
        if (broken.length > 0) throw new Error(`replaceContent: ${broken.length} broken links`);
      })
      .immediate();
  } finally {
    sqlite.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
    sqlite.prepare('DETACH DATABASE restored').run();
  }
}

function objectsOf(sqlite: BetterSqlite3.Database, schema: 'main' | 'restored'): SchemaObject[] {
  return sqlite
    .prepare(
      `SELECT type, name, sql FROM ${schema}.sqlite_schema
       WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid`,
    )
    .all() as SchemaObject[];
}

// Indexes and triggers go with their table; views are dropped first since
// they only name tables.
function dropEverything(sqlite: BetterSqlite3.Database): void {
  const objects = objectsOf(sqlite, 'main');
  for (const view of objects.filter((object) => object.type === 'view')) {
    sqlite.exec(`DROP VIEW main.${quoted(view.name)}`);
  }
  for (const table of objects.filter((object) => object.type === 'table')) {
    sqlite.exec(`DROP TABLE main.${quoted(table.name)}`);
  }
}

// Tables first, filled before their indexes and triggers exist (no trigger
// fires on rows that are only being put back), then everything else in the
// order the source created it.
function copyEverything(sqlite: BetterSqlite3.Database): void {
  const objects = objectsOf(sqlite, 'restored');
  for (const table of objects.filter((object) => object.type === 'table')) {
    sqlite.exec(table.sql ?? '');
    sqlite.exec(
      `INSERT INTO main.${quoted(table.name)} SELECT * FROM restored.${quoted(table.name)}`,
    );
  }
  for (const object of objects.filter((item) => item.type !== 'table' && item.sql !== null)) {
    sqlite.exec(object.sql ?? '');
  }
  const hasSequence = sqlite
    .prepare("SELECT 1 FROM restored.sqlite_schema WHERE name = 'sqlite_sequence'")
    .get();
  if (hasSequence) {
    sqlite.exec('DELETE FROM main.sqlite_sequence');
    sqlite.exec('INSERT INTO main.sqlite_sequence SELECT * FROM restored.sqlite_sequence');
  }
  const version = sqlite.pragma('restored.user_version', { simple: true }) as number;
  sqlite.pragma(`main.user_version = ${version}`);
}
