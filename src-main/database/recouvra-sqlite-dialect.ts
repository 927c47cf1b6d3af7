import type BetterSqlite3 from 'better-sqlite3';
import {
  CompiledQuery,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
} from 'kysely';

class RecouvraSqliteDriver extends SqliteDriver {
  private readonly sqlite: BetterSqlite3.Database;

  constructor(sqlite: BetterSqlite3.Database) {
    super({ database: sqlite });
    this.sqlite = sqlite;
  }

  // Every kysely transaction of the app is a write (inTransaction), so it
  // asks for the write lock at BEGIN, where the busy timeout applies. A
  // deferred transaction that has read first and then meets another writer
  // is refused at once (SQLite cannot wait there without risking a
  // deadlock): two apps on a shared file would get « fichier occupé »
  // instead of waiting a few seconds for their turn.
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }

  // On a full disk or an I/O error (a USB stick pulled out) SQLite rolls the
  // transaction back by itself. kysely then sends its own ROLLBACK, which
  // fails with « no transaction is active » and hides the real cause: the
  // bookkeeper would read « erreur inattendue » instead of « disque plein ».
  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (this.sqlite.inTransaction) await super.rollbackTransaction(connection);
  }
}

/**
 * kysely's SQLite dialect, whose transactions begin IMMEDIATE and whose
 * rollback leaves alone a transaction SQLite already undid.
 */
export class RecouvraSqliteDialect extends SqliteDialect {
  private readonly sqlite: BetterSqlite3.Database;

  constructor(sqlite: BetterSqlite3.Database) {
    super({ database: sqlite });
    this.sqlite = sqlite;
  }

  override createDriver(): Driver {
    return new RecouvraSqliteDriver(this.sqlite);
  }
}
