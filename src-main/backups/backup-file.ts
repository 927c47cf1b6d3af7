import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { nativeBinding } from '../database/native-binding';

/**
 * Writes a consistent copy of a Recouvra file with SQLite's online backup,
 * which is safe even while another connection writes to it (a plain file
 * copy of a live database is not). Returns the copy's path.
 */
export async function backupDatabaseFile(
  sourcePath: string,
  backupDirectory: string,
  reason: string,
  now: Date = new Date(),
): Promise<string> {
  fs.mkdirSync(backupDirectory, { recursive: true });
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const base = path.basename(sourcePath, path.extname(sourcePath));
  const target = path.join(backupDirectory, `${base}--${reason}--${stamp}.sqlite`);
  const source = new Database(sourcePath, {
    readonly: true,
    fileMustExist: true,
    ...nativeBinding(),
  });
  try {
    await source.backup(target);
  } finally {
    source.close();
  }
  return target;
}
