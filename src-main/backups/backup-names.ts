import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import type { BackupReason } from '../../src-shared/file-sharing/backup';
import { BACKUP_REASON_LABELS } from '../../src-shared/file-sharing/backup';

/** What a backup's file name says: whose copy, why, when. */
export interface BackupName {
  /** The original file's name without its extension. */
  base: string;
  reason: BackupReason;
  schemaVersion: number | null;
  takenAt: string;
  /** The first characters of the original's file id, or null for a file that had none yet. */
  fileKey: string | null;
}

const NO_KEY = 'sans-id';
const STAMP = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/;
const KEY = /^([0-9a-f]{8}|sans-id)$/;

// Names read `<file>--<reason>--<UTC time>--<file key>.sqlite`: sortable,
// readable by a bookkeeper browsing the folder, and enough to list the
// backups of one file without opening every copy.

/** The file name of a backup. */
export function backupFileName(name: Omit<BackupName, 'takenAt'> & { takenAt: Date }): string {
  const slug =
    name.reason === 'avant-migration' ? `avant-migration-v${name.schemaVersion ?? 0}` : name.reason;
  const stamp = name.takenAt.toISOString().replace(/[:.]/g, '-');
  return `${name.base}--${slug}--${stamp}--${name.fileKey ?? NO_KEY}.sqlite`;
}

/** Reads a backup's file name; null for any other file of the folder. */
export function parseBackupFileName(fileName: string): BackupName | null {
  if (!fileName.endsWith('.sqlite')) return null;
  const parts = fileName.slice(0, -'.sqlite'.length).split('--');
  // Copies taken before file keys existed have no fourth part.
  const hasKey = parts.length >= 4 && KEY.test(parts[parts.length - 1] ?? '');
  const tail = hasKey ? parts.slice(-3) : parts.slice(-2);
  const base = parts.slice(0, parts.length - tail.length).join('--');
  const [slug = '', stamp = '', key = NO_KEY] = tail;
  const time = STAMP.exec(stamp);
  const reason = reasonOf(slug);
  if (!base || !time || !reason) return null;
  return {
    base,
    reason: reason.reason,
    schemaVersion: reason.schemaVersion,
    takenAt: `${time[1]}T${time[2]}:${time[3]}:${time[4]}.${time[5]}Z`,
    fileKey: key === NO_KEY ? null : key,
  };
}

function reasonOf(slug: string): { reason: BackupReason; schemaVersion: number | null } | null {
  const migration = /^avant-migration-v(\d+)$/.exec(slug);
  if (migration) return { reason: 'avant-migration', schemaVersion: Number(migration[1]) };
  return Object.hasOwn(BACKUP_REASON_LABELS, slug)
    ? { reason: slug as BackupReason, schemaVersion: null }
    : null;
}

/** The original file's name without extension, as backup names carry it. */
export function baseNameOf(filePath: string): string {
  return path.basename(filePath, path.extname(filePath));
}

/** The file id written by the file-sharing migration, or null in an older file. */
export function readFileId(sqlite: BetterSqlite3.Database): string | null {
  const row = sqlite.prepare("SELECT value FROM settings WHERE key = 'file_id'").get() as
    { value: string } | undefined;
  return row?.value ?? null;
}

/** The short key of a file id used in backup names. */
export function fileKeyOf(fileId: string | null): string | null {
  return fileId ? fileId.slice(0, 8).toLowerCase() : null;
}
