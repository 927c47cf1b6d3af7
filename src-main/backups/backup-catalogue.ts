import fs from 'node:fs';
import path from 'node:path';
import { isRotated, type BackupEntry } from '../../src-shared/file-sharing/backup';
import { notFound } from '../errors/app-error';
import { parseBackupFileName } from './backup-names';

/** Which file's backups to list: its name, and the key of its file id when it has one. */
export interface BackupOwner {
  base: string;
  fileKey: string | null;
}

/**
 * The backups of one file, newest first. A copy whose name carries the same
 * file key belongs to it; a copy taken before the file had an id belongs to
 * it when the names match. Without a key (a damaged file whose id cannot be
 * read) the name alone decides.
 */
export function listBackups(directory: string, owner: BackupOwner): BackupEntry[] {
  let names: string[];
  try {
    names = fs.readdirSync(directory);
  } catch {
    return [];
  }
  const entries: BackupEntry[] = [];
  for (const name of names) {
    const parsed = parseBackupFileName(name);
    if (!parsed) continue;
    const sameFile =
      owner.fileKey !== null && parsed.fileKey !== null
        ? parsed.fileKey === owner.fileKey
        : parsed.base === owner.base;
    if (!sameFile) continue;
    const size = sizeOf(path.join(directory, name));
    if (size === null) continue;
    entries.push({
      id: name,
      reason: parsed.reason,
      schemaVersion: parsed.schemaVersion,
      takenAt: parsed.takenAt,
      sizeBytes: size,
      rotated: isRotated(parsed.reason),
    });
  }
  return entries.sort((a, b) => b.takenAt.localeCompare(a.takenAt) || b.id.localeCompare(a.id));
}

/** One backup of the file by its id, or a French « introuvable ». */
export function findBackup(directory: string, owner: BackupOwner, id: string): BackupEntry {
  const entry = listBackups(directory, owner).find((candidate) => candidate.id === id);
  if (!entry) throw notFound('Cette sauvegarde');
  return entry;
}

/**
 * Deletes the oldest automatic backups beyond `keep`, never the one just
 * taken (`newest`), whatever the clock says; returns the names deleted.
 */
export function rotateBackups(
  directory: string,
  owner: BackupOwner,
  keep: number,
  newest: string | null = null,
): string[] {
  const rotated = listBackups(directory, owner).filter((entry) => entry.rotated);
  const first = rotated.filter((entry) => entry.id === newest);
  const surplus = [...first, ...rotated.filter((entry) => entry.id !== newest)].slice(keep);
  for (const entry of surplus) fs.rmSync(path.join(directory, entry.id), { force: true });
  return surplus.map((entry) => entry.id);
}

function sizeOf(filePath: string): number | null {
  try {
    const stat = fs.statSync(filePath);
    return stat.isFile() ? stat.size : null;
  } catch {
    return null;
  }
}
