import { addContact, archiveContact, updateContact } from '../../debtors/contact-service';
import { loadDebtorFile } from '../../debtors/debtor-file';
import { debtorFacets, listDebtors } from '../../debtors/debtor-list';
import { createDebtor, setDebtorArchived, updateDebtor } from '../../debtors/debtor-service';
import type { HandlerRegistry } from '../dispatch';

/** Debtor files: list, one file, identity and contacts. */
export const debtorHandlers = {
  'debtors:list': (args, { workspace }) => {
    const context = workspace.context();
    return listDebtors(context.database, args, context.today());
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
} satisfies Partial<HandlerRegistry>;
