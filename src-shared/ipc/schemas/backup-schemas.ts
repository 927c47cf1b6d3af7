import { z } from 'zod';
import { filePath } from './file-schemas';

/** A backup is named by its file name alone: no folder, no way out of the backup folder. */
export const backupId = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[^/\\]+$/, { message: 'nom de sauvegarde attendu' });

export const byBackupId = z.object({ id: backupId }).strict();

export const keepCountInput = z.object({ keepCount: z.number().int().safe() }).strict();

/** A file that could not be opened; null means the one the last attempt failed on. */
export const damagedFileInput = z.object({ path: filePath.nullable() }).strict();

export const damagedFileRestore = z.object({ path: filePath.nullable(), id: backupId }).strict();

export const accountantSend = z
  .object({
    /** The folder that receives the pack; null puts it in the user data folder. */
    directory: filePath.nullable(),
    zip: z.boolean().default(false),
  })
  .strict();

export const accountantChooseAndSend = z.object({ zip: z.boolean().default(false) }).strict();
