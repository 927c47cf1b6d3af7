import fs from 'node:fs';
import path from 'node:path';
import type { CalendarDate } from '../../src-shared/dates/calendar-date';
import type { OpenFileInfo } from '../../src-shared/domain/workspace';
import { backupDatabaseFile } from '../backups/backup-file';
import { getCompany } from '../company/company-service';
import { writeDemoDatabase } from '../demo/write-demo-database';
import { migrations } from '../database/migrations';
import { openDatabase, type OpenDatabase } from '../database/open-database';
import { AppError } from '../errors/app-error';
import { JobRegistry } from '../jobs/job-registry';
import { createLogger } from '../logging/logger';
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
}

/**
 * The app's state in the main process: which company file is open, and the
 * user-level lists around it. Every handler reaches the database through it.
 */
export class Workspace {
  readonly dataDirectory: string;
  readonly recentFiles: RecentFiles;
  readonly jobs = new JobRegistry();
  private readonly options: WorkspaceOptions;
  private open: OpenDatabase | null = null;

  constructor(options: WorkspaceOptions) {
    this.options = options;
    this.dataDirectory = options.dataDirectory;
    this.recentFiles = new RecentFiles(options.dataDirectory);
  }

  get backupDirectory(): string {
    return path.join(this.dataDirectory, 'sauvegardes');
  }

  now(): Date {
    return this.options.now?.() ?? new Date();
  }

  today(): CalendarDate {
    return this.options.today?.() ?? localToday(this.now());
  }

  /** The context services run in; fails with a clear message when no file is open. */
  context(): ServiceContext {
    if (!this.open) {
      throw new AppError(
        'NO_OPEN_FILE',
        'Aucun dossier n’est ouvert : ouvrez ou créez un dossier.',
      );
    }
    return {
      database: this.open,
      actor: this.options.actor,
      now: () => this.now(),
      today: () => this.today(),
    };
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
        `Un fichier existe déjà à cet emplacement (${path.basename(target)}) : choisissez un autre nom.`,
      );
    }
    await this.closeFile();
    const database = await openDatabase(target, { create: true });
    const now = this.now().toISOString();
    await database.db
      .insertInto('company')
      .values({ id: 1, legalName: name, updatedAt: now })
      .execute();
    log.info('file created', { schemaVersion: migrations.length });
    return this.adopt(database);
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
    return this.adopt(context.database);
  }

  /** Opens an existing company file, migrating it after a backup when it is older. */
  async openFile(filePath: string, readOnly = false): Promise<OpenFileInfo> {
    const resolved = path.resolve(filePath);
    const database = await openDatabase(resolved, {
      readOnly,
      backupBeforeMigration: async (source, fromVersion) => {
        await backupDatabaseFile(source, this.backupDirectory, `avant-migration-v${fromVersion}`);
      },
    });
    await this.closeFile();
    log.info('file opened', { readOnly });
    return this.adopt(database);
  }

  async closeFile(): Promise<void> {
    if (!this.open) return;
    const closing = this.open;
    this.open = null;
    await closing.close();
    log.info('file closed');
  }

  /** What the renderer shows about the open file, or null. */
  async currentFile(): Promise<OpenFileInfo | null> {
    return this.open ? this.describe(this.open) : null;
  }

  private async adopt(database: OpenDatabase): Promise<OpenFileInfo> {
    this.open = database;
    const info = await this.describe(database);
    this.recentFiles.remember(database.filePath, info.companyName, this.now());
    return info;
  }

  private async describe(database: OpenDatabase): Promise<OpenFileInfo> {
    const company = await getCompany(database.db);
    return {
      path: database.filePath,
      name: path.basename(database.filePath),
      readOnly: database.readOnly,
      companyName: company.legalName,
      schemaVersion: database.sqlite.pragma('user_version', { simple: true }) as number,
    };
  }
}
