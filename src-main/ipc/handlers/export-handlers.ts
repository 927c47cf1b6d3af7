import { AppError } from '../../errors/app-error';
import { runExport, suggestedExportName } from '../../export/export-service';
import type { HandlerRegistry } from '../dispatch';

/** Exports of debtors, invoices and open items. */
export const exportHandlers = {
  'export:choosePath': (args, { dialogs, workspace }) => {
    if (!dialogs) {
      throw new AppError(
        'UNSUPPORTED',
        'Les fenêtres de choix de fichier n’existent que dans l’application : saisissez le ' +
          'chemin du fichier.',
      );
    }
    return dialogs.chooseExportPath(suggestedExportName(args.kind, args.format, workspace.today()));
  },
  'export:run': (args, { workspace }) =>
    runExport(workspace.context(), args, workspace.dataDirectory),
} satisfies Partial<HandlerRegistry>;
