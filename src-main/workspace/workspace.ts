import fs from 'node:fs';
import path from 'node:path';
import type { CalendarDate } from '../../src-shared/dates/calendar-date';
import type { OpenFileInfo } from '../../src-shared/domain/workspace';
import type { AppUser } from '../../src-shared/domain/app-user';
import type { BackupEntry, BackupReason } from '../../src-shared/file-sharing/backup';
import { LOCK_HEARTBEAT_MS } from '../../src-shared/file-sharing/file-lock';
import { APP_VERSION } from '../app-version';
import { backupDatabaseFile, copyFromConnection, freeBackupPath } from '../backups/backup-file';
import { readFileId } from '../backups/backup-names';
import { backupsOf, isDailyBackupDue, ownerOf, takeBackup } from '../backups/backup-service';
import { restoreDamagedFile } from '../backups/damaged-file';
import { restoreFromBackup } from '../backups/restore-backup';
import { getCompany } from '../company/company-service';
import { writeDemoDatabase } from '../demo/write-demo-database';
import { migrations } from '../database/migrations';
import type { OpenDatabase } from '../database/open-database';
import { AppError } from '../errors/app-error';
import { toErrorData } from '../errors/to-error-data';
import type { FileSession } from '../file-lock/file-session';
import { openSharedFile, type SharedFileOptions } from '../file-lock/open-shared-file';
import { JobRegistry } from '../jobs/job-registry';
import { plugMiseEnDemeureIntoRelance } from '../legal/relance-mise-en-demeure';
import { createLogger } from '../logging/logger';
import { plugRiskClassesIntoRelance } from '../risk/relance-risk-source';
import { chosenUser, userToChoose } from './current-user';
import { CurrentUserStore } from './current-user-store';
import { defaultFilePath } from './default-file-path';
import { localToday } from './local-clock';
import { RecentFiles } from './recent-files';
import type { ServiceContext } from './service-context';

const log = createLogger('workspace');

export interface WorkspaceOptions {
  /** The user data folder: default files, backups, recent list, logs. */
  dataDirectory: string;
  actor: string;
  now?: () => Date;
  today?: () => CalendarDate;
  /** A backup each time a file is opened for writing; the command line turns it off. */
  backupOnOpen?: boolean;
  /** How often the lock heartbeat and the daily backup check run; 0 stops the timer. */
  maintenanceEveryMs?: number;
}

/**
 * The app's state in the main process: which company file is open, this
 * app's claim on it, and the user-level lists around it. Every handler
 * reaches the database through it.
 */
export class Workspace {
  readonly dataDirectory: string;
  readonly recentFiles: RecentFiles;
  readonly currentUsers: CurrentUserStore;
  readonly jobs = new JobRegistry();
  private readonly options: WorkspaceOptions;
  private session: FileSession | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  private lastBackupFailure: string | null = null;
  /** The file the last open attempt failed on (a damaged file chosen in a native dialog). */
  lastFailedOpenPath: string | null = null;

  constructor(options: WorkspaceOptions) {
    this.options = options;
    this.dataDirectory = options.dataDirectory;
    this.recentFiles = new RecentFiles(options.dataDirectory);
    this.currentUsers = new CurrentUserStore(options.dataDirectory);
    // Every shell (desktop, bridge, command line, tests) builds one workspace: this is where
    // the relance engine gets the risk classes, as of this workspace's today.
    plugRiskClassesIntoRelance(() => this.today());
    // …and its « mise en demeure » steps get the letter of the legal side.
    plugMiseEnDemeureIntoRelance();
  }

  get backupDirectory(): string {
    return path.join(this.dataDirectory, 'sauvegardes');
  }

  /** The French message of the last automatic backup, when it failed. */
  get lastAutomaticBackupFailure(): string | null {
    return this.lastBackupFailure;
  }

  now(): Date {
    return this.options.now?.() ?? new Date();
  }

  today(): CalendarDate {
    return this.options.today?.() ?? localToday(this.now());
  }

  /** The context services run in; fails with a clear message when no file is open. */
  context(): ServiceContext {
    return {
      database: this.requireSession().database,
      actor: this.currentUser()?.name ?? this.options.actor,
      now: () => this.now(),
      today: () => this.today(),
      backupDirectory: this.backupDirectory,
    };
  }

  /** Who signs the changes when nobody chose a user at this machine: the system login. */
  get fallbackActor(): string {
    return this.options.actor;
  }

  /** The user of the open file chosen at this machine, who signs every change; or null. */
  currentUser(): AppUser | null {
    return chosenUser(this.requireSession().database.sqlite, this.currentUsers);
  }

  /** Chooses who works at this machine on the open file (null: the system login again). */
  chooseCurrentUser(userId: number | null): AppUser | null {
    const { sqlite } = this.requireSession().database;
    const fileId = readFileId(sqlite);
    if (!fileId) {
      throw new AppError('CONFLICT', 'Ce dossier est trop ancien pour retenir un utilisateur.');
    }
    if (userId === null) {
      this.currentUsers.set(fileId, null);
      return null;
    }
    const choice = userToChoose(sqlite, userId);
    if ('refusal' in choice) throw new AppError('VALIDATION', choice.refusal);
    this.currentUsers.set(fileId, userId);
    log.info('current user chosen', { userId });
    return choice.user;
  }

  /** Creates a new company file (at `filePath`, or in the user data folder) and opens it. */
  async createFile(filePath: string | null, companyName: string): Promise<OpenFileInfo> {
    const name = companyName.trim();
    if (!name) {
      throw new AppError('VALIDATION', 'Indiquez le nom de l’entreprise du dossier.', {
        companyName: 'Indiquez le nom de l’entreprise du dossier.',
      });
    }
    const target = filePath ?? defaultFilePath(this.dataDirectory, name);
    if (fs.existsSync(target)) {
      throw new AppError(
        'CONFLICT',
        `Un fichier existe déjà à cet emplacement (${path.basename(target)}) : choisissez un ` +
          `autre nom.`,
      );
    }
    await this.closeFile();
    const session = await openSharedFile(target, { ...this.sharing(false), create: true });
    await session.database.db
      .insertInto('company')
      .values({ id: 1, legalName: name, updatedAt: this.now().toISOString() })
      .execute();
    log.info('file created', { schemaVersion: migrations.length });
    return this.adopt(session);
  }

  /** Creates a demonstration file filled by the deterministic generator, and opens it. */
  async createDemoFile(
    filePath: string | null,
    scale: { seed: number; debtors: number },
  ): Promise<OpenFileInfo> {
    await this.createFile(filePath, 'Démonstration');
    const context = this.context();
    const summary = writeDemoDatabase(context.database.sqlite, {
      ...scale,
      today: this.today(),
      actor: context.actor,
      now: this.now().toISOString(),
    });
    log.info('demo file written', { ...summary });
    return this.adopt(this.requireSession());
  }

  /**
   * Opens an existing company file: for writing when no other app holds it,
   * read-only otherwise; migrated after a backup when it is older, and
   * backed up on opening.
   */
  async openFile(filePath: string, readOnly = false): Promise<OpenFileInfo> {
    const resolved = path.resolve(filePath);
    // Reopening the open file (read-only to writable, say) must not meet its own lock.
    if (this.session?.database.filePath === resolved) await this.closeFile();
    let backedUp = false;
    this.lastFailedOpenPath = resolved;
    const session = await openSharedFile(resolved, {
      ...this.sharing(readOnly),
      backupBeforeMigration: async (source, fromVersion) => {
        const reason = 'avant-migration';
        await backupDatabaseFile(source, this.backupDirectory, reason, this.now(), fromVersion);
        backedUp = true;
      },
    });
    this.lastFailedOpenPath = null;
    await this.closeFile();
    log.info('file opened', { readOnly: session.database.readOnly });
    const info = await this.adopt(session);
    if (!session.database.readOnly && !backedUp && this.options.backupOnOpen !== false) {
      await this.automaticBackup('ouverture');
    }
    return info;
  }

  async closeFile(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (!this.session) return;
    const closing = this.session;
    this.session = null;
    closing.release();
    await closing.database.close();
    log.info('file closed');
  }

  /** What the renderer shows about the open file, or null. */
  async currentFile(): Promise<OpenFileInfo | null> {
    return this.session ? this.describe(this.session) : null;
  }

  /** The open file's claim on it; fails with a clear message when no file is open. */
  requireSession(): FileSession {
    if (!this.session) {
      throw new AppError(
        'NO_OPEN_FILE',
        'Aucun dossier n’est ouvert : ouvrez ou créez un dossier.',
      );
    }
    return this.session;
  }

  /** Puts a backup's content back into the open file (after backing up the current state). */
  async restoreBackup(id: string): Promise<OpenFileInfo> {
    const session = this.requireSession();
    await restoreFromBackup(this.context(), session, id);
    return this.describe(session);
  }

  /** Replaces a file that could not be opened (damaged) by one of its backups, then opens it. */
  async restoreDamagedFile(filePath: string, id: string): Promise<OpenFileInfo> {
    const resolved = path.resolve(filePath);
    if (this.session?.database.filePath === resolved) await this.closeFile();
    await restoreDamagedFile(resolved, this.backupDirectory, id, this.now());
    return this.openFile(resolved);
  }

  /**
   * One beat of the upkeep while a file is open: the lock heartbeat (and
   * the checks that the file is still there and still ours), then the daily
   * backup when the newest copy is more than a day old.
   */
  async maintain(): Promise<void> {
    const session = this.session;
    if (!session) return;
    await session.heartbeat(new Date());
    if (session.database.readOnly || this.options.backupOnOpen === false) return;
    if (isDailyBackupDue(backupsOf(this.context()), this.now())) {
      await this.automaticBackup('quotidienne');
    }
  }

  private async automaticBackup(reason: BackupReason): Promise<BackupEntry | null> {
    try {
      const entry = await takeBackup(this.context(), reason);
      this.lastBackupFailure = null;
      return entry;
    } catch (error) {
      // An automatic copy that fails must not stop the work; the screen says so.
      this.lastBackupFailure = toErrorData(error).message;
      log.warn('automatic backup failed', { reason, code: toErrorData(error).code });
      return null;
    }
  }

  private sharing(readOnly: boolean): SharedFileOptions {
    return {
      readOnly,
      holderName: this.options.actor,
      appVersion: APP_VERSION,
      now: new Date(),
      rescue: (database) => this.rescueCopy(database),
    };
  }

  // When the file vanished while open, the connection still reads it (an
  // unlinked file lives on while open): copy what it holds to the backups
  // and list the copy on the start screen.
  private async rescueCopy(database: OpenDatabase): Promise<string> {
    const target = freeBackupPath(
      this.backupDirectory,
      { ...ownerOf(database), reason: 'secours', schemaVersion: null },
      this.now(),
    );
    await copyFromConnection(database.sqlite, target);
    const company = await getCompany(database.db);
    this.recentFiles.remember(target, `${company.legalName} (copie de secours)`, this.now());
    return target;
  }

  private async adopt(session: FileSession): Promise<OpenFileInfo> {
    this.session = session;
    const every = this.options.maintenanceEveryMs ?? LOCK_HEARTBEAT_MS;
    if (every > 0 && !this.timer) {
      this.timer = setInterval(() => void this.maintain(), every);
      this.timer.unref();
    }
    const info = await this.describe(session);
    this.recentFiles.remember(session.database.filePath, info.companyName, this.now());
    return info;
  }

  private async describe(session: FileSession): Promise<OpenFileInfo> {
    const { database } = session;
    const company = await getCompany(database.db);
    return {
      path: database.filePath,
      name: path.basename(database.filePath),
      readOnly: database.readOnly,
      companyName: company.legalName,
      schemaVersion: database.sqlite.pragma('user_version', { simple: true }) as number,
      ...session.state(new Date()),
    };
  }
}
