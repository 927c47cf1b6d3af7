import type { Migration } from './migration';
import { initialSchema } from './001-initial-schema';
import { collectionRecords } from './002-collection-records';
import { importRecords } from './003-import-records';
import { legalEscalation } from './004-legal-escalation';
import { creditLimits } from './005-credit-limits';
import { fileSharing } from './006-file-sharing';
import { relanceEngine } from './007-relance-engine';
import { machineSecrets } from './008-machine-secrets';

/** Every schema step, in order. Append only; never edit a released migration. */
export const migrations: readonly Migration[] = [
  initialSchema,
  collectionRecords,
  importRecords,
  legalEscalation,
  creditLimits,
  fileSharing,
  relanceEngine,
  machineSecrets,
];

/** The schema version this build of the app writes. */
export const CURRENT_SCHEMA_VERSION = migrations.length;
