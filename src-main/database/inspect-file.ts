import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../errors/app-error';
import { toErrorData } from '../errors/to-error-data';
import { RECOUVRA_APPLICATION_ID } from './file-identity';
import { readSchemaWriter } from './migrator';
import type { NativeBinding } from './native-binding';

/** What a read-only look at a file found, before anything is written to it. */
export interface FileInspection {
  schemaVersion: number;
  /** No table at all: a file of 0 bytes (a failed copy) or an empty SQLite database. */
  isEmpty: boolean;
  /** The version of Recouvra that wrote the file's schema, when the file says. */
  writtenBy: string | null;
}

const DAMAGED =
  "Le fichier est endommagé (contrôle d'intégrité en échec). Il n'a pas été modifié : " +
  'restaurez sa dernière sauvegarde saine, que l’écran d’accueil de Recouvra vous propose.';

/**
 * Opens the file read-only to check that it is a Recouvra file, readable and
 * undamaged. Nothing is written, so a file from a newer version or a damaged
 * one is left exactly as it was.
 */
export function inspectDatabaseFile(filePath: string, binding: NativeBinding): FileInspection {
  if (!fs.existsSync(filePath)) {
    throw new AppError(
      'FILE_NOT_FOUND',
      `Le fichier ${filePath} est introuvable. Il a peut-être été déplacé, renommé ou supprimé.`,
    );
  }

  let database: Database.Database | null = null;
  try {
    database = new Database(filePath, { readonly: true, fileMustExist: true, ...binding });
    const applicationId = database.pragma('application_id', { simple: true }) as number;
    const schemaVersion = database.pragma('user_version', { simple: true }) as number;
    const tableCount = (
      database.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as {
        n: number;
      }
    ).n;
    const isEmpty = tableCount === 0;

    if (!isEmpty && applicationId !== RECOUVRA_APPLICATION_ID) {
      throw new AppError(
        'FILE_NOT_RECOUVRA',
        "Ce fichier est une base SQLite, mais pas un dossier Recouvra. Il n'a pas été modifié.",
      );
    }
    if (!isEmpty) assertIntact(database);
    return { schemaVersion, isEmpty, writtenBy: isEmpty ? null : readSchemaWriter(database) };
  } catch (error) {
    if (error instanceof AppError) throw error;
    const data = toErrorData(error);
    // At opening, a damaged page says the same as a failed check: the start
    // screen is where the restore is offered, not a screen of the open file.
    if (data.code === 'FILE_DAMAGED' || data.code === 'INTERNAL') {
      throw new AppError('FILE_DAMAGED', DAMAGED);
    }
    throw new AppError(data.code, data.message);
  } finally {
    database?.close();
  }
}

/**
 * Refuses a file with no table at all unless it is being created: an empty
 * file is a copy that failed (or a file emptied by mistake), and giving it
 * a fresh schema would hide that the company's data is missing.
 */
export function assertNotEmpty(filePath: string, inspection: FileInspection): void {
  if (!inspection.isEmpty) return;
  const size = fs.statSync(filePath).size;
  const what = size === 0 ? 'vide (0 octet)' : 'une base SQLite vide, sans aucune table';
  throw new AppError(
    'FILE_DAMAGED',
    `Le fichier ${path.basename(filePath)} est ${what} : ce n'est pas un dossier Recouvra ` +
      '(une copie interrompue, peut-être). Il n’a pas été modifié : restaurez sa dernière ' +
      'sauvegarde saine, que l’écran d’accueil de Recouvra vous propose, ou créez un nouveau ' +
      'dossier.',
  );
}

function assertIntact(database: Database.Database): void {
  const quickCheck = database.pragma('quick_check', { simple: true });
  const brokenLinks = database.pragma('foreign_key_check') as unknown[];
  if (quickCheck !== 'ok' || brokenLinks.length > 0) throw new AppError('FILE_DAMAGED', DAMAGED);
}
