import fs from 'node:fs';
import Database from 'better-sqlite3';
import { AppError } from '../errors/app-error';
import { toErrorData } from '../errors/to-error-data';
import { RECOUVRA_APPLICATION_ID } from './file-identity';
import type { NativeBinding } from './native-binding';

/** What a read-only look at a file found, before anything is written to it. */
export interface FileInspection {
  schemaVersion: number;
  isEmpty: boolean;
}

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
    return { schemaVersion, isEmpty };
  } catch (error) {
    if (error instanceof AppError) throw error;
    const data = toErrorData(error);
    throw new AppError(data.code === 'INTERNAL' ? 'FILE_DAMAGED' : data.code, data.message);
  } finally {
    database?.close();
  }
}

function assertIntact(database: Database.Database): void {
  const quickCheck = database.pragma('quick_check', { simple: true });
  const brokenLinks = database.pragma('foreign_key_check') as unknown[];
  if (quickCheck !== 'ok' || brokenLinks.length > 0) {
    throw new AppError(
      'FILE_DAMAGED',
      "Le fichier est endommagé (contrôle d'intégrité en échec). Il n'a pas été modifié : " +
        'restaurez sa dernière sauvegarde saine, que l’écran d’accueil de Recouvra vous propose.',
    );
  }
}
