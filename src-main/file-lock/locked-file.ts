import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { judgeLock, type LockVerdict } from '../../src-shared/file-sharing/file-lock';
import type { LockRow } from './lock-row';
import { fileIdentityOf, isSameFile } from './same-file';
import { lockObserver } from './this-machine';

// A file manager that copies a file while it is open copies its lock row
// too: the copy would then open read-only, « held » by the app that holds
// the original. So the lock row says which file it was written for. The
// file_lock table has no column for it and this change adds no migration:
// the path rides in `session_id`, after the session's random id and a
// space. Apps only ever compare that column whole with their own value and
// never show it, so older rows (no space, no path) and older apps still work.
//
// Only this machine can say whether a path names the same file as the one
// being opened: the path was written on the holder's machine, and on another
// machine it means nothing (another drive letter, another mount point). A
// row from another machine is therefore judged as before, by its heartbeat;
// a copy made there of a file held there opens read-only here until that
// heartbeat is three minutes old.

/** A new session's value of `session_id`: a random id, then the path of the file it holds. */
export function newSessionId(filePath: string): string {
  return `${randomUUID()} ${path.resolve(filePath)}`;
}

/** The path a lock row was written for, or null for a row that does not say. */
export function lockedPathOf(sessionId: string): string | null {
  const space = sessionId.indexOf(' ');
  return space > 0 ? sessionId.slice(space + 1) : null;
}

/**
 * True when a lock row read in `filePath` was written on this machine for
 * another file that still exists: `filePath` is a copy, which nobody holds.
 * When the other path is gone, or names this very file (a link, another
 * spelling), the row is judged as usual.
 */
export function isLockOfAnotherFile(row: LockRow, filePath: string, machine: string): boolean {
  const lockedPath = lockedPathOf(row.sessionId);
  if (lockedPath === null || row.machine !== machine) return false;
  const locked = fileIdentityOf(lockedPath);
  const opened = fileIdentityOf(filePath);
  return locked !== null && opened !== null && !isSameFile(locked, opened);
}

/** How this app judges the lock row it read in `filePath` at `now`. */
export function judgeLockIn(row: LockRow | null, filePath: string, now: Date): LockVerdict {
  const observer = lockObserver(now);
  if (row && isLockOfAnotherFile(row, filePath, observer.machine)) {
    return { state: 'stale', holder: row, why: 'otherFile' };
  }
  return judgeLock(row, observer);
}
