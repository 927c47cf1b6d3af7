import type { OpenFileInfo } from '../../domain/workspace';
import type { AccountantPack } from '../../file-sharing/accountant-pack';
import type { BackupEntry, BackupOverview, GoodBackup } from '../../file-sharing/backup';
import {
  accountantChooseAndSend,
  accountantSend,
  byBackupId,
  damagedFileInput,
  damagedFileRestore,
  keepCountInput,
} from '../schemas/backup-schemas';
import { noArgs } from '../schemas/common';
import { channel } from './define-channel';

/**
 * Backups of the open file, restoring one, rescuing a damaged file from the
 * start screen, and the accountant's pack.
 */
export const backupChannels = {
  'backups:list': channel(noArgs).returns<BackupOverview>(),
  'backups:create': channel(noArgs).returns<BackupEntry>(),
  'backups:setKeepCount': channel(keepCountInput).returns<BackupOverview>(),
  'backups:delete': channel(byBackupId).returns<BackupOverview>(),
  'backups:restore': channel(byBackupId).returns<OpenFileInfo>(),
  'backups:latestGood': channel(damagedFileInput).returns<GoodBackup | null>(),
  'backups:restoreDamaged': channel(damagedFileRestore).returns<OpenFileInfo>(),

  'accountant:send': channel(accountantSend).returns<AccountantPack>(),
  'accountant:chooseAndSend': channel(accountantChooseAndSend).returns<AccountantPack | null>(),
};
