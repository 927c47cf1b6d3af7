import type { Stats } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../errors/app-error';

/**
 * Refuses, with a French message, a path to import from that is not absolute or is not a
 * regular file: a relative path would be read from wherever the app happened to start.
 */
export async function checkImportPath(filePath: string): Promise<void> {
  if (!path.isAbsolute(filePath)) {
    throw new AppError(
      'VALIDATION',
      `Indiquez le chemin complet du fichier à importer, dossier compris (reçu « ${filePath} »).`,
    );
  }
  let stats: Stats;
  try {
    stats = await fs.stat(filePath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new AppError(
        'FILE_NOT_FOUND',
        `Le fichier « ${path.basename(filePath)} » est introuvable. Il a peut-être été déplacé, ` +
          `renommé ou supprimé.`,
      );
    }
    throw new AppError(
      'FILE_ACCESS',
      `Le fichier « ${path.basename(filePath)} » n'a pas pu être lu (droits d'accès, clé USB ` +
        `retirée, dossier réseau coupé ?).`,
    );
  }
  if (!stats.isFile()) {
    throw new AppError(
      'VALIDATION',
      `« ${filePath} » n'est pas un fichier : choisissez le fichier à importer lui-même.`,
    );
  }
}
