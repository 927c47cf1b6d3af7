import { AppError } from '../errors/app-error';
import { toErrorData } from '../errors/to-error-data';
import { createLogger } from '../logging/logger';

const log = createLogger('backups');

const WORDING = {
  backup: { folder: 'des sauvegardes', notDone: 'la sauvegarde n’a pas été faite' },
  pack: { folder: 'de destination', notDone: 'l’envoi au comptable n’a pas été préparé' },
};

/**
 * Turns a failed copy (a backup, or the accountant's pack) into a French
 * message naming the folder and what to do; the file itself is untouched.
 */
export function backupFailure(
  error: unknown,
  directory: string,
  what: keyof typeof WORDING = 'backup',
): AppError {
  if (error instanceof AppError) return error;
  const { folder, notDone } = WORDING[what];
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  log.error('copy failed', error, { code, what });
  if (code === 'ENOSPC' || code.startsWith('SQLITE_FULL')) {
    return new AppError(
      'DISK_FULL',
      `Le disque du dossier ${folder} (${directory}) est plein : ${notDone}. ` +
        'Libérez de la place, puis recommencez. Le dossier Recouvra lui-même n’a pas été modifié.',
    );
  }
  if (
    ['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'ENOENT'].includes(code) ||
    code.startsWith('SQLITE_CANTOPEN')
  ) {
    return new AppError(
      'FILE_ACCESS',
      `Recouvra ne peut pas écrire dans le dossier ${folder} (${directory}) : ${notDone}. ` +
        'Le dossier Recouvra lui-même n’a pas été modifié.',
    );
  }
  const data = toErrorData(error);
  return new AppError(
    data.code,
    data.code === 'INTERNAL'
      ? `Une erreur inattendue s’est produite : ${notDone} ; le détail est dans le journal de ` +
          'l’application. Le dossier Recouvra lui-même n’a pas été modifié.'
      : data.message,
  );
}
