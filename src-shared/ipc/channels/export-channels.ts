import { z } from 'zod';
import type { ExportResult } from '../../domain/export';
import { filePath } from '../schemas/file-schemas';
import { channel } from './define-channel';

const exportChoice = z
  .object({
    kind: z.enum(['debtors', 'invoices', 'openItems']),
    format: z.enum(['csv', 'xlsx']),
  })
  .strict();

/** Exports to CSV or XLSX: choose where (desktop app), then write the file. */
export const exportChannels = {
  'export:choosePath': channel(exportChoice).returns<string | null>(),
  /**
   * `path` null writes to the `exports` folder of the user data folder. A path must be absolute
   * and its folder exist; a file already there is replaced only with `overwrite` (the desktop
   * save dialog asked, or the user answered « Remplacer » on the bridge).
   */
  'export:run': channel(
    exportChoice.extend({ path: filePath.nullable(), overwrite: z.boolean().default(false) }),
  ).returns<ExportResult>(),
};
