import type BetterSqlite3 from 'better-sqlite3';
import type { FileLockHolder, LockVerdict } from '../../src-shared/file-sharing/file-lock';
import { judgeLockIn } from './locked-file';
import { readLockRow, toHolder, writeLockRow, type LockRow } from './lock-row';

/** Whether this app got the file, and from whom (and why) when it replaced a stale lock. */
export type ClaimOutcome =
  | { claimed: true; tookOverFrom: { row: LockRow; why: StaleWhy } | null }
  | { claimed: false; holder: FileLockHolder };

type StaleWhy = Extract<LockVerdict, { state: 'stale' }>['why'];

/**
 * Takes the file at `filePath` for writing unless a live holder has it. The
 * check and the write run in one IMMEDIATE transaction: SQLite's own write
 * lock makes two apps opening at the same moment see each other, so exactly
 * one wins and the other reads the winner's row. A stale lock (crash, killed
 * process, heartbeat long silent, or the row of the original in a copy) is
 * replaced, and the takeover is reported.
 */
export function claimLock(
  sqlite: BetterSqlite3.Database,
  me: LockRow,
  filePath: string,
  now: Date,
): ClaimOutcome {
  return sqlite
    .transaction((): ClaimOutcome => {
      const current = readLockRow(sqlite);
      if (current?.sessionId === me.sessionId) {
        writeLockRow(sqlite, { ...current, heartbeatAt: me.heartbeatAt });
        return { claimed: true, tookOverFrom: null };
      }
      const verdict = judgeLockIn(current, filePath, now);
      if (verdict.state === 'held') return { claimed: false, holder: toHolder(verdict.holder) };
      writeLockRow(sqlite, me);
      const tookOverFrom =
        verdict.state === 'stale' && current ? { row: current, why: verdict.why } : null;
      return { claimed: true, tookOverFrom };
    })
    .immediate();
}
