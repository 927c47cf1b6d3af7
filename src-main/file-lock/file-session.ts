import type { Transaction } from 'kysely';
import {
  describeLockHolder,
  type FileLockHolder,
  type ReadOnlyReason,
} from '../../src-shared/file-sharing/file-lock';
import type { OpenDatabase, WriteGuard } from '../database/open-database';
import type { DatabaseSchema } from '../database/schema';
import { AppError } from '../errors/app-error';
import { createLogger } from '../logging/logger';
import { judgeLockIn } from './locked-file';
import { deleteLockRow, readLockRow, toHolder, touchLockRow, type LockRow } from './lock-row';
import { readOnlyMessage } from './read-only-messages';
import { fileIdentityOf, isSameFile, type FileIdentity } from './same-file';

const log = createLogger('file-lock');

/** Makes a copy of what the connection still holds when its file vanished; null if impossible. */
export type RescueCopy = (database: OpenDatabase) => Promise<string | null>;

/**
 * One open file and this app's claim on it. While it holds the lock it
 * refreshes the heartbeat, and before every write it checks that the file
 * is still where it was opened and that its lock row still names this
 * session; when either fails the file turns read-only with a message saying
 * why, so nothing is written behind another app's back or into a file that
 * no longer exists.
 */
export class FileSession implements WriteGuard {
  readonly database: OpenDatabase;
  private readonly me: LockRow | null;
  private readonly identity: FileIdentity | null;
  private readonly rescue: RescueCopy;
  private reason: ReadOnlyReason | null;
  private holder: FileLockHolder | null;
  private rescueCopyPath: string | null = null;

  constructor(
    database: OpenDatabase,
    claim: { me: LockRow } | { reason: ReadOnlyReason; holder: FileLockHolder | null },
    rescue: RescueCopy,
  ) {
    this.database = database;
    this.rescue = rescue;
    this.identity = fileIdentityOf(database.filePath);
    if ('me' in claim) {
      this.me = claim.me;
      this.reason = null;
      this.holder = null;
      database.writeGuard = this;
    } else {
      this.me = null;
      this.reason = claim.reason;
      this.holder = claim.holder;
      this.turnReadOnly(claim.reason, claim.holder);
    }
  }

  /**
   * Why the file is read-only now, and who holds it when another app does.
   * A holder that has since closed the file reads as null; one that stopped
   * without closing it (killed, crashed) turns the reason to `holderStopped`.
   */
  state(now: Date): {
    readOnlyReason: ReadOnlyReason | null;
    holder: FileLockHolder | null;
    rescueCopyPath: string | null;
  } {
    if (this.reason === 'heldByOther' || this.reason === 'holderStopped') this.refreshHolder(now);
    return {
      readOnlyReason: this.reason,
      holder: this.holder,
      rescueCopyPath: this.rescueCopyPath,
    };
  }

  async beforeWrite(): Promise<void> {
    if (this.isStillThere()) return;
    await this.fileVanished();
    throw new AppError('FILE_NOT_FOUND', this.database.readOnlyMessage ?? '');
  }

  async insideWrite(trx: Transaction<DatabaseSchema>): Promise<void> {
    const row = await trx
      .selectFrom('fileLock')
      .select('sessionId')
      .where('id', '=', 1)
      .executeTakeFirst();
    if (row?.sessionId === this.me?.sessionId) return;
    this.lockLost();
    throw new AppError('READ_ONLY', this.database.readOnlyMessage ?? '');
  }

  /** The periodic check while the file stays open: file still there, heartbeat written. */
  async heartbeat(now: Date): Promise<void> {
    if (this.me === null || this.reason !== null) return;
    if (!this.isStillThere()) {
      await this.fileVanished();
      return;
    }
    try {
      if (!touchLockRow(this.database.sqlite, this.me.sessionId, now)) this.lockLost();
    } catch (error) {
      // A busy file (another app writing) or a slow share: the next beat will try again.
      log.warn('heartbeat not written', { code: String((error as { code?: unknown }).code) });
    }
  }

  /** Why a restore must not run now (another app holds the file, or it cannot be written). */
  restoreBlockedBecause(now: Date = new Date()): string | null {
    if (this.reason === null) return null;
    if (this.reason === 'heldByOther' || this.reason === 'holderStopped') this.refreshHolder(now);
    const why: Record<ReadOnlyReason, string> = {
      requested: 'vous avez ouvert ce dossier en lecture seule : rouvrez-le en écriture.',
      heldByOther: this.holder
        ? `le dossier est ouvert en écriture par ${describeLockHolder(this.holder)}. ` +
          `Demandez-lui de le fermer, puis recommencez.`
        : 'vous le consultez en lecture seule : rouvrez-le en écriture, puis recommencez.',
      holderStopped:
        'l’application qui tenait le dossier s’est arrêtée sans le fermer : rouvrez-le en ' +
        'écriture (Recouvra reprendra son verrou), puis recommencez.',
      readOnlyLocation: 'le fichier se trouve dans un dossier où Recouvra ne peut pas écrire.',
      takenOver: 'une autre application a repris le dossier.',
      vanished: 'le fichier a disparu de son emplacement.',
    };
    return `La restauration est impossible : ${why[this.reason]}`;
  }

  /**
   * For a write that bypasses kysely (a restore replacing the content): call
   * it inside that write's IMMEDIATE transaction of the raw connection. It
   * returns this session's lock row with a fresh heartbeat, to be written
   * into the new content, when the file's row still names this session;
   * otherwise another app took the file over: this one turns read-only and
   * the answer is null.
   */
  claimInside(now: Date): LockRow | null {
    if (this.me === null || this.reason !== null) return null;
    if (readLockRow(this.database.sqlite)?.sessionId === this.me.sessionId) {
      return { ...this.me, heartbeatAt: now.toISOString() };
    }
    this.lockLost();
    return null;
  }

  /** Deletes this session's lock row so the closed file carries no lock. */
  release(): void {
    if (this.me === null || this.reason !== null) return;
    try {
      deleteLockRow(this.database.sqlite, this.me.sessionId);
    } catch (error) {
      // The file is gone or unwritable: the row will be judged stale by the next app.
      log.warn('lock not released', { code: String((error as { code?: unknown }).code) });
    }
  }

  private isStillThere(): boolean {
    const now = fileIdentityOf(this.database.filePath);
    return this.identity === null || (now !== null && isSameFile(now, this.identity));
  }

  private async fileVanished(): Promise<void> {
    if (this.reason === 'vanished') return;
    this.turnReadOnly('vanished', null);
    this.rescueCopyPath = await this.rescue(this.database).catch(() => null);
    this.turnReadOnly('vanished', null);
    log.warn('file vanished while open', { rescued: this.rescueCopyPath !== null });
  }

  private lockLost(): void {
    let holder: FileLockHolder | null = null;
    try {
      const row = readLockRow(this.database.sqlite);
      holder = row ? toHolder(row) : null;
    } catch {
      holder = null;
    }
    this.turnReadOnly('takenOver', holder);
    log.warn('lock taken over by another app', {});
  }

  // A stale row left by a holder that stopped without closing the file is
  // told apart from no row at all: the user is told that reopening takes
  // that lock over, rather than that the other app closed the file.
  private refreshHolder(now: Date): void {
    try {
      const { database } = this;
      const verdict = judgeLockIn(readLockRow(database.sqlite), database.filePath, now);
      if (verdict.state === 'free') this.turnReadOnly('heldByOther', null);
      else if (verdict.state === 'held') this.turnReadOnly('heldByOther', toHolder(verdict.holder));
      else this.turnReadOnly('holderStopped', toHolder(verdict.holder));
    } catch {
      // Unreadable for now (busy): keep the last known holder.
    }
  }

  private turnReadOnly(reason: ReadOnlyReason, holder: FileLockHolder | null): void {
    this.reason = reason;
    this.holder = holder;
    this.database.readOnly = true;
    this.database.readOnlyMessage = readOnlyMessage(reason, holder, this.rescueCopyPath);
  }
}
