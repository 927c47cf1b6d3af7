import type { Migration } from './migration';
import { initialSchema } from './001-initial-schema';
import { collectionRecords } from './002-collection-records';

/** Every schema step, in order. Append only; never edit a released migration. */
export const migrations: readonly Migration[] = [initialSchema, collectionRecords];

/** The schema version this build of the app writes. */
export const CURRENT_SCHEMA_VERSION = migrations.length;
