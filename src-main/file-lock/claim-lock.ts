import type BetterSqlite3 from 'better-sqlite3';
import {
  judgeLock,
  type FileLockHolder,
  type LockObserver,
} from '../../src-shared/file-sharing/file-lock';
import { readLockRow, toHolder, writeLockRow, type LockRow } from './lock-row';

/** Whether this app got the file, and from whom when it took over a stale lock. */
export type ClaimOutcome =
  { claimed: true; tookOverFrom: LockRow | null } | { claimed: false; holder: FileLockHolder };

/**
 * Takes the file for writing unless a live holder has it. The check and the
 * write run in one IMMEDIATE transaction: SQLite's own write lock makes two
 * apps opening at the same moment see each other, so exactly one wins and
 * the other reads the winner's row. A stale lock (crash, killed process,
 * heartbeat long silent) is replaced, and the takeover is reported.
 */
export function claimLock(
  sqlite: BetterSqlite3.Database,
  me: LockRow,
  observer: LockObserver,
): ClaimOutcome {
  return sqlite
    .transaction((): ClaimOutcome => {
      const current = readLockRow(sqlite);
      if (current?.sessionId === me.sessionId) {
        writeLockRow(sqlite, { ...current, heartbeatAt: me.heartbeatAt });
        return { claimed: true, tookOverFrom: null };
      }
      const verdict = judgeLock(current, observer);
      if (verdict.state === 'held') return { claimed: false, holder: toHolder(verdict.holder) };
      writeLockRow(sqlite, me);
      return { claimed: true, tookOverFrom: verdict.state === 'stale' ? current : null };
    })
    .immediate();
}
