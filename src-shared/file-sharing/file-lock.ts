/** Who holds a company file open for writing, as the lock row inside the file says. */
export interface FileLockHolder {
  holderName: string;
  machine: string;
  processId: number;
  openedAt: string;
  heartbeatAt: string;
}

/** How often the holder refreshes its lock row while the file stays open. */
export const LOCK_HEARTBEAT_MS = 30_000;

/**
 * A lock whose heartbeat is older than this is left over from a crash (or a
 * machine that went to sleep). Six missed heartbeats leave room for a slow
 * shared folder and for clocks a little apart between two machines.
 */
export const LOCK_STALE_AFTER_MS = 3 * 60_000;

/**
 * What a lock row means to the app that reads it. A stale row is left over
 * from a crash (`processGone`, `heartbeat`), or it was written for another
 * file of this machine and came along in a copy of it (`otherFile`).
 */
export type LockVerdict =
  | { state: 'free' }
  | { state: 'held'; holder: FileLockHolder }
  | { state: 'stale'; holder: FileLockHolder; why: 'heartbeat' | 'processGone' | 'otherFile' };

/**
 * The app that reads the lock: its clock, its machine, and a way to see its machine's processes.
 */
export interface LockObserver {
  now: Date;
  machine: string;
  isProcessAlive(processId: number): boolean;
}

/**
 * Decides whether a lock still stands. A lock from this machine whose
 * process is gone is stale at once (the app crashed or was killed); any
 * other lock is stale only once its heartbeat is too old, since a process on
 * another machine cannot be seen from here.
 */
export function judgeLock(holder: FileLockHolder | null, observer: LockObserver): LockVerdict {
  if (!holder) return { state: 'free' };
  if (holder.machine === observer.machine && !observer.isProcessAlive(holder.processId)) {
    return { state: 'stale', holder, why: 'processGone' };
  }
  const silence = observer.now.getTime() - Date.parse(holder.heartbeatAt);
  // An unreadable date counts as old: a lock nobody can date protects nothing.
  if (Number.isNaN(silence) || silence > LOCK_STALE_AFTER_MS) {
    return { state: 'stale', holder, why: 'heartbeat' };
  }
  return { state: 'held', holder };
}

/** « Marie Dupont sur le poste PC-COMPTA depuis le 03/12/2026 à 09:14 », in local time. */
export function describeLockHolder(holder: FileLockHolder): string {
  const since = new Date(holder.openedAt);
  const pad = (value: number) => String(value).padStart(2, '0');
  const day = `${pad(since.getDate())}/${pad(since.getMonth() + 1)}/${since.getFullYear()}`;
  const time = `${pad(since.getHours())}:${pad(since.getMinutes())}`;
  return `${holder.holderName} sur le poste ${holder.machine} depuis le ${day} à ${time}`;
}

/**
 * Why the open file is read-only: the user asked for it, another app holds
 * it, the app that held it stopped without closing it (its lock is stale and
 * reopening takes it over), its folder or medium cannot be written, another
 * app took it over after this one went silent, or the file vanished.
 */
export type ReadOnlyReason =
  'requested' | 'heldByOther' | 'holderStopped' | 'readOnlyLocation' | 'takenOver' | 'vanished';
