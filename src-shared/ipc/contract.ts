import type { z } from 'zod';
import { backupChannels } from './channels/backup-channels';
import { debtorChannels } from './channels/debtor-channels';
import { exportChannels } from './channels/export-channels';
import { fileChannels } from './channels/file-channels';
import { importChannels } from './channels/import-channels';
import { jobChannels } from './channels/job-channels';
import { legalProcedureChannels } from './channels/legal-procedure-channels';
import { legalSettingsChannels } from './channels/legal-settings-channels';
import { ledgerChannels } from './channels/ledger-channels';
import { reportingChannels } from './channels/reporting-channels';
import { relanceChannels } from './channels/relance-channels';
import { collectionChannels } from './channels/collection-channels';
import { sessionChannels } from './channels/session-channels';

/**
 * Every IPC channel of the app, `domain:action`, gathered from one file per
 * domain in ./channels. Main validates each argument against its schema and
 * checks the sender before any handler runs; the preload exposes one typed
 * function per channel.
 */
export const contract = {
  ...fileChannels,
  ...debtorChannels,
  ...ledgerChannels,
  ...jobChannels,
  ...importChannels,
  ...exportChannels,
  ...backupChannels,
  ...legalSettingsChannels,
  ...legalProcedureChannels,
  ...reportingChannels,
  ...relanceChannels,
  ...collectionChannels,
  ...sessionChannels,
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
