import type { Migration } from './migration';
import { initialSchema } from './001-initial-schema';

/** Every schema step, in order. Append only; never edit a released migration. */
export const migrations: readonly Migration[] = [initialSchema];

/** The schema version this build of the app writes. */
export const CURRENT_SCHEMA_VERSION = migrations.length;
