import {
  addLegalContact,
  listLegalContacts,
  setLegalContactArchived,
  updateLegalContact,
} from '../../legal/legal-contacts-service';
import {
  getLegalSettings,
  removeUserRate,
  saveCourtAddress,
  saveUserEcbRate,
  saveUserLegalRate,
  updateLegalOptions,
} from '../../legal/legal-settings-service';
import type { HandlerRegistry } from '../dispatch';

/** The « Réglages juridiques » and the directory of commissaires de justice and lawyers. */
export const legalSettingsHandlers = {
  'legal:settings': (_args, { workspace }) => getLegalSettings(workspace.context()),
  'legal:updateOptions': (args, { workspace }) =>
    updateLegalOptions(workspace.context(), args.options),
  'legal:saveLegalRate': async (args, { workspace }) => {
    await saveUserLegalRate(workspace.context(), args.input);
    return getLegalSettings(workspace.context());
  },
  'legal:saveEcbRate': async (args, { workspace }) => {
    await saveUserEcbRate(workspace.context(), args.input);
    return getLegalSettings(workspace.context());
  },
  'legal:removeUserRate': async (args, { workspace }) => {
    await removeUserRate(workspace.context(), args.table, args.date);
    return getLegalSettings(workspace.context());
  },
  'legal:saveCourtAddress': async (args, { workspace }) => {
    await saveCourtAddress(workspace.context(), args.code, args.address);
    return getLegalSettings(workspace.context());
  },

  'legalContacts:list': (args, { workspace }) =>
    listLegalContacts(workspace.context().database.db, args.includeArchived),
  'legalContacts:add': (args, { workspace }) => addLegalContact(workspace.context(), args.input),
  'legalContacts:update': (args, { workspace }) =>
    updateLegalContact(workspace.context(), args.id, args.input),
  'legalContacts:archive': (args, { workspace }) =>
    setLegalContactArchived(workspace.context(), args.id, true),
  'legalContacts:restore': (args, { workspace }) =>
    setLegalContactArchived(workspace.context(), args.id, false),
} satisfies Partial<HandlerRegistry>;
