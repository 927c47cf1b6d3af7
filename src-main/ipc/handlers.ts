import { addContact, archiveContact, updateContact } from '../debtors/contact-service';
import { loadDebtorFile } from '../debtors/debtor-file';
import { debtorFacets, listDebtors } from '../debtors/debtor-list';
import { createDebtor, setDebtorArchived, updateDebtor } from '../debtors/debtor-service';
import { getCompany, updateCompany } from '../company/company-service';
import { migrations } from '../database/migrations';
import { AppError } from '../errors/app-error';
import { addCreditNote, addInvoice, recordPayment } from '../ledger/ledger-service';
import type { HandlerRegistry } from './dispatch';
import type { FileDialogs, HandlerContext } from './handler-context';

function requireDialogs(context: HandlerContext): FileDialogs {
  if (!context.dialogs) {
    throw new AppError(
      'UNSUPPORTED',
      'Les fenêtres de choix de fichier n’existent que dans l’application : saisissez le chemin du fichier.',
    );
  }
  return context.dialogs;
}

/** The registry: every channel of the contract and the service call behind it. */
export const handlers: HandlerRegistry = {
  'app:info': (_args, { workspace, shell, dialogs, appVersion }) => ({
    version: appVersion,
    schemaVersion: migrations.length,
    dataDirectory: workspace.dataDirectory,
    today: workspace.today(),
    shell,
    hasNativeDialogs: dialogs !== null,
  }),

  'file:current': (_args, { workspace }) => workspace.currentFile(),
  'file:recent': (_args, { workspace }) => workspace.recentFiles.list(),
  'file:create': (args, { workspace }) => workspace.createFile(args.path, args.companyName),
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

  'debtors:list': (args, { workspace }) => {
    const context = workspace.context();
    return listDebtors(context.database.db, args, context.today());
  },
  'debtors:facets': (_args, { workspace }) => debtorFacets(workspace.context().database.db),
  'debtors:get': (args, { workspace }) => loadDebtorFile(workspace.context(), args.id),
  'debtors:create': (args, { workspace }) => createDebtor(workspace.context(), args.input),
  'debtors:update': (args, { workspace }) => updateDebtor(workspace.context(), args.id, args.input),
  'debtors:archive': (args, { workspace }) => setDebtorArchived(workspace.context(), args.id, true),
  'debtors:restore': (args, { workspace }) =>
    setDebtorArchived(workspace.context(), args.id, false),

  'contacts:add': (args, { workspace }) =>
    addContact(workspace.context(), args.debtorId, args.input),
  'contacts:update': (args, { workspace }) =>
    updateContact(workspace.context(), args.id, args.input),
  'contacts:archive': async (args, { workspace }) => {
    await archiveContact(workspace.context(), args.id);
    return null;
  },

  'invoices:add': (args, { workspace }) => addInvoice(workspace.context(), args.input),
  'payments:record': (args, { workspace }) => recordPayment(workspace.context(), args.input),
  'creditNotes:add': (args, { workspace }) => addCreditNote(workspace.context(), args.input),
};
