import path from 'node:path';
import { getCompany, updateCompany } from '../../company/company-service';
import { DEFAULT_FILES_FOLDER } from '../../database/file-identity';
import { migrations } from '../../database/migrations';
import { AppError } from '../../errors/app-error';
import type { HandlerRegistry } from '../dispatch';
import type { FileDialogs, HandlerContext } from '../handler-context';

function requireDialogs(context: HandlerContext): FileDialogs {
  if (!context.dialogs) {
    throw new AppError(
      'UNSUPPORTED',
      'Les fenêtres de choix de fichier n’existent que dans l’application : saisissez le chemin ' +
        'du fichier.',
    );
  }
  return context.dialogs;
}

/** The app, the company file and the creditor's identity. */
export const fileHandlers = {
  'app:info': (_args, { workspace, shell, dialogs, appVersion }) => ({
    version: appVersion,
    schemaVersion: migrations.length,
    dataDirectory: workspace.dataDirectory,
    filesDirectory: path.join(workspace.dataDirectory, DEFAULT_FILES_FOLDER),
    today: workspace.today(),
    shell,
    hasNativeDialogs: dialogs !== null,
  }),

  'file:current': (_args, { workspace }) => workspace.currentFile(),
  'file:recent': (_args, { workspace }) => workspace.recentFiles.list(),
  'file:create': (args, { workspace }) => workspace.createFile(args.path, args.companyName),
  'file:createDemo': (args, { workspace }) =>
    workspace.createDemoFile(args.path, { seed: args.seed, debtors: args.debtors }),
  'file:open': (args, { workspace }) => workspace.openFile(args.path, args.readOnly),
  'file:chooseAndOpen': async (_args, context) => {
    const chosen = await requireDialogs(context).chooseFileToOpen();
    return chosen ? context.workspace.openFile(chosen) : null;
  },
  'file:chooseAndCreate': async (args, context) => {
    const chosen = await requireDialogs(context).chooseNewFilePath(args.companyName);
    return chosen ? context.workspace.createFile(chosen, args.companyName) : null;
  },
  'file:close': async (_args, { workspace }) => {
    await workspace.closeFile();
    return null;
  },
  'file:forgetRecent': (args, { workspace }) => {
    workspace.recentFiles.forget(args.path);
    return null;
  },

  'company:get': (_args, { workspace }) => getCompany(workspace.context().database.db),
  'company:update': (args, { workspace }) => updateCompany(workspace.context(), args),
} satisfies Partial<HandlerRegistry>;
