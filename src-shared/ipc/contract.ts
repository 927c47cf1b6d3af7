import { z } from 'zod';
import type { Company } from '../domain/company';
import type { Contact, Debtor } from '../domain/debtor';
import type { DebtorFacets, DebtorFile, DebtorListPage } from '../domain/debtor-file';
import type { CreditNote, Invoice, Payment } from '../domain/ledger';
import type { AppInfo, OpenFileInfo, RecentFile } from '../domain/workspace';
import { byId, noArgs } from './schemas/common';
import {
  contactAdd,
  contactUpdate,
  debtorInput,
  debtorListQuery,
  debtorUpdate,
} from './schemas/debtor-schemas';
import { companyInput, fileCreate, fileOpen } from './schemas/file-schemas';
import { creditNoteInput, invoiceInput, paymentInput } from './schemas/ledger-schemas';

// A channel pairs the schema its argument must pass in main with the type of
// the value it answers. `returns` exists only to carry that type.
const channel = <Args extends z.ZodType>(args: Args) => ({
  returns: <Value>() => ({ args, value: undefined as unknown as Value }),
});

/**
 * Every IPC channel of the app, `domain:action`. Main validates each argument
 * against its schema and checks the sender before any handler runs; the
 * preload exposes one typed function per channel.
 */
export const contract = {
  'app:info': channel(noArgs).returns<AppInfo>(),

  'file:current': channel(noArgs).returns<OpenFileInfo | null>(),
  'file:recent': channel(noArgs).returns<RecentFile[]>(),
  'file:create': channel(fileCreate).returns<OpenFileInfo>(),
  'file:open': channel(fileOpen).returns<OpenFileInfo>(),
  'file:chooseAndOpen': channel(noArgs).returns<OpenFileInfo | null>(),
  'file:chooseAndCreate': channel(
    z.object({ companyName: z.string().max(500) }).strict(),
  ).returns<OpenFileInfo | null>(),
  'file:close': channel(noArgs).returns<null>(),
  'file:forgetRecent': channel(z.object({ path: z.string().max(4096) }).strict()).returns<null>(),

  'company:get': channel(noArgs).returns<Company>(),
  'company:update': channel(companyInput).returns<Company>(),

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

  'invoices:add': channel(z.object({ input: invoiceInput }).strict()).returns<Invoice>(),
  'payments:record': channel(z.object({ input: paymentInput }).strict()).returns<Payment>(),
  'creditNotes:add': channel(z.object({ input: creditNoteInput }).strict()).returns<CreditNote>(),
};

export type Contract = typeof contract;
export type ChannelName = keyof Contract;

/** The argument a channel takes, as the caller writes it (defaults may be left out). */
export type ArgsOf<C extends ChannelName> = z.input<Contract[C]['args']>;

/** The argument after validation, as a handler receives it. */
export type ParsedArgsOf<C extends ChannelName> = z.output<Contract[C]['args']>;

/** The value a channel answers with when it succeeds. */
export type ValueOf<C extends ChannelName> = Contract[C]['value'];

/** Every channel name, for the preload and the bridge. */
export const CHANNEL_NAMES = Object.keys(contract) as ChannelName[];

/** True when a string names a channel of the contract. */
export function isChannelName(name: string): name is ChannelName {
  return Object.hasOwn(contract, name);
}
