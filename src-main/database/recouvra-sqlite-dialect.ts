import type BetterSqlite3 from 'better-sqlite3';
import { SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver } from 'kysely';

// On a full disk or an I/O error (a USB stick pulled out) SQLite rolls the
// transaction back by itself. kysely then sends its own ROLLBACK, which
// fails with « no transaction is active » and hides the real cause: the
// bookkeeper would read « erreur inattendue » instead of « disque plein ».
class RecouvraSqliteDriver extends SqliteDriver {
  private readonly sqlite: BetterSqlite3.Database;

  constructor(sqlite: BetterSqlite3.Database) {
    super({ database: sqlite });
    this.sqlite = sqlite;
  }

  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (this.sqlite.inTransaction) await super.rollbackTransaction(connection);
  }
}

/** kysely's SQLite dialect, whose rollback leaves alone a transaction SQLite already undid. */
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
