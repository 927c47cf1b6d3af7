import fs from 'node:fs';
import path from 'node:path';
import type { BackupOverview } from '../../../src-shared/file-sharing/backup';
import { findBackup } from '../../backups/backup-catalogue';
import { backupsOf, ownerOf, takeBackup } from '../../backups/backup-service';
import { readKeepCount, setKeepCount } from '../../backups/backup-settings';
import { latestGoodBackup } from '../../backups/damaged-file';
import { sendToAccountant } from '../../accountant/send-to-accountant';
import { AppError } from '../../errors/app-error';
import type { Workspace } from '../../workspace/workspace';
import type { HandlerRegistry } from '../dispatch';

async function overview(workspace: Workspace): Promise<BackupOverview> {
  const context = workspace.context();
  return {
    directory: context.backupDirectory,
    keepCount: await readKeepCount(context.database.db),
    entries: backupsOf(context),
    lastFailure: workspace.lastAutomaticBackupFailure,
    restoreBlockedBecause: workspace.requireSession().restoreBlockedBecause(),
  };
}

/** The « Sauvegardes » screen and the damaged-file rescue of the start screen. */
export const backupHandlers = {
  'backups:list': (_args, { workspace }) => overview(workspace),
  'backups:create': (_args, { workspace }) => takeBackup(workspace.context(), 'manuelle'),
  'backups:setKeepCount': async (args, { workspace }) => {
    await setKeepCount(workspace.context(), args.keepCount);
    return overview(workspace);
  },
  'backups:delete': async (args, { workspace }) => {
    const context = workspace.context();
    const entry = findBackup(context.backupDirectory, ownerOf(context.database), args.id);
    fs.rmSync(path.join(context.backupDirectory, entry.id), { force: true });
    return overview(workspace);
  },
  'backups:restore': (args, { workspace }) => workspace.restoreBackup(args.id),
  'backups:latestGood': (args, { workspace }) => {
    const file = args.path ?? workspace.lastFailedOpenPath;
    return file ? latestGoodBackup(path.resolve(file), workspace.backupDirectory) : null;
  },
  'backups:restoreDamaged': (args, { workspace }) => {
    const file = args.path ?? workspace.lastFailedOpenPath;
    if (!file) throw new AppError('NOT_FOUND', 'Indiquez le fichier à restaurer.');
    return workspace.restoreDamagedFile(file, args.id);
  },

  'accountant:send': (args, { workspace }) =>
    sendToAccountant(
      workspace.context(),
      args.directory ?? path.join(workspace.dataDirectory, 'envois-comptable'),
      args.zip,
    ),
  'accountant:chooseAndSend': async (args, { workspace, dialogs }) => {
    if (!dialogs) {
      throw new AppError(
        'UNSUPPORTED',
        'Le choix du dossier n’existe que dans l’application : saisissez le chemin du dossier.',
      );
    }
    const suggested = path.join(workspace.dataDirectory, 'envois-comptable');
    const chosen = await dialogs.chooseFolder('Où préparer l’envoi au comptable ?', suggested);
    return chosen ? sendToAccountant(workspace.context(), chosen, args.zip) : null;
  },
} satisfies Partial<HandlerRegistry>;
