import type BetterSqlite3 from 'better-sqlite3';
import type { FileLockHolder } from '../../src-shared/file-sharing/file-lock';

/** The lock row as stored: the holder as others see it, and the session that wrote it. */
export interface LockRow extends FileLockHolder {
  /** Compared whole, never shown; it also says which file it holds (see locked-file.ts). */
  sessionId: string;
  appVersion: string;
}

interface StoredLockRow {
  session_id: string;
  holder_name: string;
  machine: string;
  process_id: number;
  app_version: string;
  opened_at: string;
  heartbeat_at: string;
}

// The lock is plumbing, not a change a user makes: it goes through the raw
// connection, outside kysely's transactions and outside the audit trail.

/** True when the file's schema has the lock table (older files get it when migrated). */
export function hasLockTable(sqlite: BetterSqlite3.Database): boolean {
  return (
    sqlite
      .prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'file_lock'")
      .get() !== undefined
  );
}

/** The current lock row, or null when nobody holds the file (or the table does not exist yet). */
export function readLockRow(sqlite: BetterSqlite3.Database): LockRow | null {
  if (!hasLockTable(sqlite)) return null;
  const row = sqlite.prepare('SELECT * FROM file_lock WHERE id = 1').get() as
    StoredLockRow | undefined;
  if (!row) return null;
  return {
    sessionId: row.session_id,
    holderName: row.holder_name,
    machine: row.machine,
    processId: row.process_id,
    appVersion: row.app_version,
    openedAt: row.opened_at,
    heartbeatAt: row.heartbeat_at,
  };
}

/** Writes the lock row, replacing any previous holder; the caller decided it may. */
export function writeLockRow(sqlite: BetterSqlite3.Database, row: LockRow): void {
  sqlite
    .prepare(
      `INSERT OR REPLACE INTO file_lock
         (id, session_id, holder_name, machine, process_id, app_version, opened_at, heartbeat_at)
       VALUES (1, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      row.sessionId,
      row.holderName,
      row.machine,
      row.processId,
      row.appVersion,
      row.openedAt,
      row.heartbeatAt,
    );
}

/** Refreshes the heartbeat; false when the row no longer names this session. */
export function touchLockRow(sqlite: BetterSqlite3.Database, sessionId: string, at: Date): boolean {
  const result = sqlite
    .prepare('UPDATE file_lock SET heartbeat_at = ? WHERE id = 1 AND session_id = ?')
    .run(at.toISOString(), sessionId);
  return result.changes === 1;
}

/** Deletes the lock row when it is this session's; false when someone else holds it now. */
export function deleteLockRow(sqlite: BetterSqlite3.Database, sessionId: string): boolean {
  return (
    sqlite.prepare('DELETE FROM file_lock WHERE id = 1 AND session_id = ?').run(sessionId)
      .changes === 1
  );
}

/** Deletes any lock row: for copies (backups, the accountant's copy), which nobody holds. */
export function clearLockRows(sqlite: BetterSqlite3.Database): void {
  if (hasLockTable(sqlite)) sqlite.prepare('DELETE FROM file_lock').run();
}

/** The part of a lock row other apps are shown (never the session id). */
export function toHolder(row: FileLockHolder): FileLockHolder {
  return {
    holderName: row.holderName,
    machine: row.machine,
    processId: row.processId,
    openedAt: row.openedAt,
    heartbeatAt: row.heartbeatAt,
  };
}
