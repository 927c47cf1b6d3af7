import type { ImportBatchSummary } from '../../domain/import-changes';
import type { ImportProfile, SheetPreview } from '../../domain/spreadsheet-import';
import { byId, noArgs } from '../schemas/common';
import {
  fecImportArgs,
  fecPreviewArgs,
  importChooseFile,
  sheetImportArgs,
  sheetPreviewArgs,
} from '../schemas/import-schemas';
import { channel } from './define-channel';

/** A long task started by a channel: poll `jobs:status` with its id. */
export interface StartedJob {
  jobId: string;
}

/**
 * Bringing data in: choose a file, preview a FEC (a job whose result is a FecImportPreview),
 * import it (a job whose result is an ImportResult), the same for a spreadsheet (its preview
 * answers at once), the saved column mappings, the payment terms last used, the history.
 */
export const importChannels = {
  'import:chooseFile': channel(importChooseFile).returns<string | null>(),
  'import:fecPreview': channel(fecPreviewArgs).returns<StartedJob>(),
  'import:fecRun': channel(fecImportArgs).returns<StartedJob>(),
  'import:sheetPreview': channel(sheetPreviewArgs).returns<SheetPreview>(),
  'import:sheetRun': channel(sheetImportArgs).returns<StartedJob>(),
  'import:profiles': channel(noArgs).returns<ImportProfile[]>(),
  'import:profileDelete': channel(byId).returns<null>(),
  'import:settings': channel(noArgs).returns<{ paymentTermsDays: number }>(),
  'import:history': channel(noArgs).returns<ImportBatchSummary[]>(),
};
