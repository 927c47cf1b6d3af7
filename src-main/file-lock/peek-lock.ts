import Database from 'better-sqlite3';
import type { LockVerdict } from '../../src-shared/file-sharing/file-lock';
import { nativeBinding } from '../database/native-binding';
import { judgeLockIn } from './locked-file';
import { readLockRow, toHolder } from './lock-row';

/**
 * Reads who holds a file, through a read-only connection that writes
 * nothing. Null when the file cannot be read: opening it will say why.
 */
export function peekLock(filePath: string, now: Date): LockVerdict | null {
  let database: Database.Database | null = null;
  try {
    database = new Database(filePath, { readonly: true, fileMustExist: true, ...nativeBinding() });
    database.pragma('busy_timeout = 5000');
    const verdict = judgeLockIn(readLockRow(database), filePath, now);
    return verdict.state === 'free' ? verdict : { ...verdict, holder: toHolder(verdict.holder) };
  } catch {
    return null;
  } finally {
    database?.close();
  }
}
