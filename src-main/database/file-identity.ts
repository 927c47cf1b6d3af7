/**
 * Marks a SQLite file as a Recouvra file (`PRAGMA application_id`), so that a
 * stray database from another program is refused instead of being migrated.
 * The value spells "Reco" in ASCII.
 */
export const RECOUVRA_APPLICATION_ID = 0x5265636f;

/** The extension given to new files; any SQLite tool opens them. */
export const DATABASE_EXTENSION = '.sqlite';

/** The folder of the user data folder where a new file goes when no path is given. */
export const DEFAULT_FILES_FOLDER = 'dossiers';
