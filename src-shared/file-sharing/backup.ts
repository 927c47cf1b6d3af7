/**
 * Why a backup was taken. The value is also the middle part of the backup's
 * file name, so a bookkeeper browsing the folder reads it too.
 */
export type BackupReason =
  | 'manuelle'
  | 'ouverture'
  | 'quotidienne'
  | 'avant-migration'
  | 'avant-import'
  | 'avant-relances'
  | 'avant-procedure'
  | 'avant-restauration'
  | 'secours'
  | 'endommage';

/** What a service is about to do when it asks for a backup first. */
export type RiskyOperation = 'import' | 'relances' | 'procedure';

/** How the « Sauvegardes » screen names each reason. */
export const BACKUP_REASON_LABELS: Record<BackupReason, string> = {
  manuelle: 'À la demande',
  ouverture: 'À l’ouverture du dossier',
  quotidienne: 'Sauvegarde quotidienne',
  'avant-migration': 'Avant la mise à jour du fichier',
  'avant-import': 'Avant un import',
  'avant-relances': 'Avant un lot de relances',
  'avant-procedure': 'Avant une étape de procédure',
  'avant-restauration': 'Avant une restauration',
  secours: 'Copie de secours (fichier disparu)',
  endommage: 'Fichier endommagé mis de côté',
};

// Copies the user asked for, the last state before a schema change, and
// the copies kept when a file vanished or was damaged are never deleted by
// the rotation: only the routine automatic ones are.
const ROTATED: ReadonlySet<BackupReason> = new Set<BackupReason>([
  'ouverture',
  'quotidienne',
  'avant-import',
  'avant-relances',
  'avant-procedure',
  'avant-restauration',
]);

/** True when the rotation may delete backups taken for this reason. */
export function isRotated(reason: BackupReason): boolean {
  return ROTATED.has(reason);
}

/** How many automatic backups of a file are kept unless the user sets another number. */
export const DEFAULT_BACKUPS_KEPT = 30;
/** The bounds of the rotation a user may set. */
export const MIN_BACKUPS_KEPT = 1;
export const MAX_BACKUPS_KEPT = 365;

/** A daily backup is due once the newest backup of the file is older than this. */
export const DAILY_BACKUP_AFTER_MS = 24 * 60 * 60_000;

/** One backup of the open file, as the « Sauvegardes » screen lists it. */
export interface BackupEntry {
  /** The backup's file name; it identifies the backup in every call. */
  id: string;
  reason: BackupReason;
  /** For a backup taken before a migration, the schema version it holds. */
  schemaVersion: number | null;
  takenAt: string;
  sizeBytes: number;
  /** Whether the rotation may delete it. */
  rotated: boolean;
}

/** The « Sauvegardes » screen: where the copies are, how many are kept, and the copies. */
export interface BackupOverview {
  directory: string;
  keepCount: number;
  entries: BackupEntry[];
  /** The French message of the last automatic backup that failed, if the last one failed. */
  lastFailure: string | null;
  /** Why a restore is impossible right now (read-only, held by someone else), or null. */
  restoreBlockedBecause: string | null;
}

/** The label of a backup's reason, with the schema version of a pre-migration copy. */
export function backupReasonLabel(entry: Pick<BackupEntry, 'reason' | 'schemaVersion'>): string {
  const label = BACKUP_REASON_LABELS[entry.reason];
  return entry.reason === 'avant-migration' && entry.schemaVersion !== null
    ? `${label} (schéma ${entry.schemaVersion})`
    : label;
}

/** A size in bytes the French way: « 512 octets », « 84 Ko », « 12,4 Mo ». */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} octets`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} Ko`;
  const megabytes = Math.round((bytes / (1024 * 1024)) * 10) / 10;
  return `${String(megabytes).replace('.', ',')} Mo`;
}

/** The newest backup of an unreadable file that passes the checks, and the company it holds. */
export interface GoodBackup {
  /** The damaged file it would replace. */
  filePath: string;
  entry: BackupEntry;
  companyName: string | null;
}
