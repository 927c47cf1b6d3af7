import { spawnSync } from 'node:child_process';
import Database from 'better-sqlite3';

/** Writes a lock row into a closed file, as another app (or a crashed one) would have left it. */
export function writeForeignLock(
  file: string,
  row: {
    machine: string;
    processId: number;
    heartbeatAt: string;
    holderName?: string;
    sessionId?: string;
  },
): void {
  const database = new Database(file);
  database
    .prepare(
      `INSERT OR REPLACE INTO file_lock
         (id, session_id, holder_name, machine, process_id, app_version, opened_at, heartbeat_at)
       VALUES (1, ?, ?, ?, ?, '0.1.0', '2026-12-03T07:30:00.000Z', ?)`,
    )
    .run(
      row.sessionId ?? 'autre-session',
      row.holderName ?? 'Marie Dupont',
      row.machine,
      row.processId,
      row.heartbeatAt,
    );
  database.close();
}

/** The lock row of a file, read from outside the app. */
export function readRawLock(file: string): RawLock | undefined {
  const database = new Database(file, { readonly: true });
  const row = database.prepare('SELECT session_id, process_id, heartbeat_at FROM file_lock').get();
  database.close();
  return row as RawLock | undefined;
}

interface RawLock {
  session_id: string;
  process_id: number;
  heartbeat_at: string;
}

/** The id of a process that ran and is gone: what a crashed app leaves in its lock row. */
export function deadProcessId(): number {
  return spawnSync(process.execPath, ['-e', '']).pid ?? 999_999;
}
