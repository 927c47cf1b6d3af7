import os from 'node:os';
import type { LockObserver } from '../../src-shared/file-sharing/file-lock';

/** This machine's name as other machines will read it in the lock row. */
export function thisMachine(): string {
  return os.hostname() || 'poste inconnu';
}

/**
 * Whether a process of this machine still runs. Signal 0 checks without
 * sending anything; EPERM means it runs under another user.
 */
export function isProcessAlive(processId: number): boolean {
  if (!Number.isSafeInteger(processId) || processId <= 0) return false;
  try {
    process.kill(processId, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** How this app looks at a lock row at `now`. */
export function lockObserver(now: Date): LockObserver {
  return { now, machine: thisMachine(), isProcessAlive };
}
