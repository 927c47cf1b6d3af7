import type { HandlerRegistry } from '../dispatch';
import { debtorHandlers } from './debtor-handlers';
import { fileHandlers } from './file-handlers';
import { jobHandlers } from './job-handlers';
import { ledgerHandlers } from './ledger-handlers';

/** The registry: every channel of the contract and the service call behind it, by domain. */
export const handlers: HandlerRegistry = {
  ...fileHandlers,
  ...debtorHandlers,
  ...ledgerHandlers,
  ...jobHandlers,
};
