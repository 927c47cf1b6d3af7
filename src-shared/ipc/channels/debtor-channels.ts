import { z } from 'zod';
import type { Contact, Debtor } from '../../domain/debtor';
import type { DebtorFacets, DebtorFile, DebtorListPage } from '../../domain/debtor-file';
import { byId, noArgs } from '../schemas/common';
import {
  contactAdd,
  contactUpdate,
  debtorInput,
  debtorListQuery,
  debtorUpdate,
} from '../schemas/debtor-schemas';
import { channel } from './define-channel';

/** Debtor files: the list, one file, identity and contacts. */
export const debtorChannels = {
  'debtors:list': channel(debtorListQuery).returns<DebtorListPage>(),
  'debtors:facets': channel(noArgs).returns<DebtorFacets>(),
  'debtors:get': channel(byId).returns<DebtorFile>(),
  'debtors:create': channel(z.object({ input: debtorInput }).strict()).returns<Debtor>(),
  'debtors:update': channel(debtorUpdate).returns<Debtor>(),
  'debtors:archive': channel(byId).returns<Debtor>(),
  'debtors:restore': channel(byId).returns<Debtor>(),

  'contacts:add': channel(contactAdd).returns<Contact>(),
  'contacts:update': channel(contactUpdate).returns<Contact>(),
  'contacts:archive': channel(byId).returns<null>(),
};
