import type { Stats } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { ExportFormat } from '../../src-shared/domain/export';
import { AppError } from '../errors/app-error';

/** Where an export was asked to go, as the request gives it. */
export interface ExportPlace {
  format: ExportFormat;
  /** An absolute path, or null for the `exports` folder of the user data folder. */
  path: string | null;
  /** The user agreed to replace the file already at `path`. */
  overwrite: boolean;
}

/**
 * The file an export may write, checked before anything is computed. A path from the renderer
 * must be absolute, end in the format's extension, sit in a folder that exists, and not replace
 * a file unless the request says the user agreed. Without a path, the export goes to the
 * `exports` folder under a name no earlier export took.
 */
export async function exportTarget(
  place: ExportPlace,
  defaultDirectory: string,
  suggestedName: string,
): Promise<string> {
  if (place.path === null) {
    await fs.mkdir(defaultDirectory, { recursive: true }).catch(() => {
      throw folderRefused(defaultDirectory);
    });
    return freeName(defaultDirectory, suggestedName);
  }

  const target = place.path;
  if (!path.isAbsolute(target)) {
    throw new AppError(
      'VALIDATION',
      `Indiquez le chemin complet du fichier, dossier compris (reçu « ${target} »).`,
    );
  }
  if (path.extname(target).toLowerCase() !== `.${place.format}`) {
    throw new AppError(
      'VALIDATION',
      `Le nom du fichier doit se terminer par .${place.format} (reçu « ${path.basename(target)} ` +
        `»).`,
    );
  }
  const folder = path.dirname(target);
  if ((await statOf(folder))?.isDirectory() !== true) {
    throw new AppError(
      'VALIDATION',
      `Le dossier « ${folder} » n'existe pas : créez-le d'abord, ou choisissez un autre dossier.`,
    );
  }
  const existing = await statOf(target);
  if (existing?.isDirectory() === true) {
    throw new AppError(
      'VALIDATION',
      `« ${target} » est un dossier : ajoutez à la fin le nom du fichier à créer.`,
    );
  }
  if (existing !== null && !place.overwrite) {
    throw new AppError(
      'CONFLICT',
      `Un fichier « ${path.basename(target)} » existe déjà dans « ${folder} ». Remplacez-le, ou ` +
        `choisissez un autre nom.`,
    );
  }
  return target;
}

// `debiteurs-2026-12-03.csv`, then `debiteurs-2026-12-03-2.csv`…: a second export of the day
// never replaces the first.
async function freeName(directory: string, suggestedName: string): Promise<string> {
  const extension = path.extname(suggestedName);
  const base = suggestedName.slice(0, -extension.length);
  for (let index = 1; ; index += 1) {
    const name = index === 1 ? suggestedName : `${base}-${index}${extension}`;
    const candidate = path.join(directory, name);
    if ((await statOf(candidate)) === null) return candidate;
  }
}

async function statOf(target: string): Promise<Stats | null> {
  return fs.stat(target).catch(() => null);
}

function folderRefused(directory: string): AppError {
  return new AppError(
    'FILE_ACCESS',
    `Le dossier des exports « ${directory} » n'a pas pu être créé (droits d'accès, disque plein ` +
      `?).`,
  );
}
