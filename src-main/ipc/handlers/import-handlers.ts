import { AppError } from '../../errors/app-error';
import { importFec, previewFecImport } from '../../import/fec-import/fec-import-service';
import { listImportBatches } from '../../import/import-batches';
import { checkImportPath } from '../../import/import-path';
import { readPaymentTermsDays } from '../../import/import-settings';
import { deleteImportProfile, listImportProfiles } from '../../import/spreadsheet/import-profiles';
import { importSheet, previewSheetImport } from '../../import/spreadsheet/sheet-import-service';
import type { HandlerRegistry } from '../dispatch';

/** Bringing data in: file choice, FEC and spreadsheet previews and imports, profiles, history. */
export const importHandlers = {
  'import:chooseFile': (args, { dialogs }) => {
    if (!dialogs) {
      throw new AppError(
        'UNSUPPORTED',
        'Les fenêtres de choix de fichier n’existent que dans l’application : saisissez le ' +
          'chemin du fichier.',
      );
    }
    return dialogs.chooseFileToImport(args.kind);
  },
  'import:fecPreview': async (args, { workspace }) => {
    const context = workspace.context();
    await checkImportPath(args.path);
    const jobId = workspace.jobs.start('fec-preview', (handle) =>
      previewFecImport(context, args.path, { paymentTermsDays: args.paymentTermsDays }, handle),
    );
    return { jobId };
  },
  'import:fecRun': async (args, { workspace }) => {
    const context = workspace.context();
    const { path, ...options } = args;
    await checkImportPath(path);
    const jobId = workspace.jobs.start('fec-import', (handle) =>
      importFec(context, path, options, handle),
    );
    return { jobId };
  },
  'import:sheetPreview': async (args, { workspace }) => {
    const { path, ...options } = args;
    const context = workspace.context();
    await checkImportPath(path);
    return previewSheetImport(context, path, options);
  },
  'import:sheetRun': async (args, { workspace }) => {
    const context = workspace.context();
    const { path, ...options } = args;
    await checkImportPath(path);
    const jobId = workspace.jobs.start('sheet-import', (handle) =>
      importSheet(context, path, options, handle),
    );
    return { jobId };
  },
  'import:profiles': (_args, { workspace }) => listImportProfiles(workspace.context().database.db),
  'import:profileDelete': async (args, { workspace }) => {
    await deleteImportProfile(workspace.context(), args.id);
    return null;
  },
  'import:settings': async (_args, { workspace }) => ({
    paymentTermsDays: await readPaymentTermsDays(workspace.context().database.db),
  }),
  'import:history': (_args, { workspace }) => listImportBatches(workspace.context().database.db),
} satisfies Partial<HandlerRegistry>;
