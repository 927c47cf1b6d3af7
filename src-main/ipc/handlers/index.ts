import type { HandlerRegistry } from '../dispatch';
import { backupHandlers } from './backup-handlers';
import { debtorHandlers } from './debtor-handlers';
import { exportHandlers } from './export-handlers';
import { fileHandlers } from './file-handlers';
import { importHandlers } from './import-handlers';
import { jobHandlers } from './job-handlers';
import { legalProcedureHandlers } from './legal-procedure-handlers';
import { legalSettingsHandlers } from './legal-settings-handlers';
import { ledgerHandlers } from './ledger-handlers';
import { reportingHandlers } from './reporting-handlers';
import { relanceHandlers } from './relance-handlers';
import { collectionHandlers } from './collection-handlers';
import { sessionHandlers } from './session-handlers';

/** The registry: every channel of the contract and the service call behind it, by domain. */
export const handlers: HandlerRegistry = {
  ...fileHandlers,
  ...debtorHandlers,
  ...ledgerHandlers,
  ...jobHandlers,
  ...importHandlers,
  ...exportHandlers,
  ...backupHandlers,
  ...legalSettingsHandlers,
  ...legalProcedureHandlers,
  ...reportingHandlers,
  ...relanceHandlers,
  ...collectionHandlers,
  ...sessionHandlers,
};
