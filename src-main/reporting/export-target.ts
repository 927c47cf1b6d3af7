import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors/app-error';

/** The kinds of file the dashboard exports write. */
export type ExportExtension = '.xlsx' | '.pdf';

/**
 * Checks a path the page asked to write an export to. The page is not trusted with the
 * disk: a relative path (resolved against wherever the app was started), a folder that does
 * not exist, another kind of file, or a file already there are refused. An existing file is
 * replaced only when the request says so: the desktop save dialog has then asked, or the
 * page has asked « Remplacer ? ».
 */
export function checkExportTarget(
  target: string,
  extension: ExportExtension,
  overwrite: boolean,
): string {
  if (!path.isAbsolute(target)) {
    const message =
      `Indiquez le chemin complet du fichier (par exemple /home/moi/export${extension}) : ` +
      `« ${target} » n’en est pas un.`;
    throw new AppError('VALIDATION', message, { path: message });
  }
  const resolved = path.normalize(target);
  if (path.extname(resolved).toLowerCase() !== extension) {
    const message = `Le fichier d’export doit se terminer par ${extension}.`;
    throw new AppError('VALIDATION', message, { path: message });
  }
  const folder = path.dirname(resolved);
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) {
    throw new AppError(
      'FILE_NOT_FOUND',
      `Le dossier ${folder} n’existe pas : choisissez un autre emplacement.`,
    );
  }
  if (fs.existsSync(resolved)) {
    if (fs.statSync(resolved).isDirectory()) {
      const message = `${resolved} est un dossier : donnez un nom de fichier.`;
      throw new AppError('VALIDATION', message, { path: message });
    }
    if (!overwrite) {
      throw new AppError(
        'CONFLICT',
        `Le fichier ${resolved} existe déjà : confirmez pour le remplacer, ` +
          'ou choisissez un autre nom.',
      );
    }
  }
  return resolved;
}

/** A name in `directory` that no file has yet: `stem.xlsx`, else `stem-2.xlsx`, and so on. */
export function freeExportPath(
  directory: string,
  stem: string,
  extension: ExportExtension,
): string {
  let candidate = path.join(directory, `${stem}${extension}`);
  for (let index = 2; fs.existsSync(candidate); index += 1) {
    candidate = path.join(directory, `${stem}-${index}${extension}`);
  }
  return candidate;
}
