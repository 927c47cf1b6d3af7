import type { Migration } from './migration';

// What the imports remember: each file brought in (so the same file is
// recognised and a re-import says what changed), the column mappings of
// spreadsheets named per source, and indexes that let a re-import find the
// ledger rows it wrote from their external references.
export const importRecords: Migration = {
  version: 3,
  name: 'import records',
  up(database) {
    database.exec(`
      CREATE TABLE import_batches (
        id            INTEGER PRIMARY KEY,
        kind          TEXT NOT NULL CHECK (kind IN ('fec', 'spreadsheet')),
        file_name     TEXT NOT NULL,
        file_hash     TEXT NOT NULL,
        file_size     INTEGER NOT NULL,
        period_from   TEXT,
        period_to     TEXT,
        company_siren TEXT,
        counts        TEXT NOT NULL DEFAULT '{}',
        actor         TEXT NOT NULL,
        imported_at   TEXT NOT NULL
      );
      CREATE INDEX import_batches_by_hash ON import_batches (file_hash);

      CREATE TABLE import_profiles (
        id               INTEGER PRIMARY KEY,
        name             TEXT NOT NULL UNIQUE,
        target           TEXT NOT NULL CHECK (target IN ('invoices', 'debtors')),
        header_signature TEXT NOT NULL,
        mapping          TEXT NOT NULL,
        created_at       TEXT NOT NULL,
        updated_at       TEXT NOT NULL
      );
      CREATE INDEX import_profiles_by_signature ON import_profiles (header_signature);

      CREATE INDEX invoices_by_external_ref ON invoices (external_ref)
        WHERE external_ref IS NOT NULL;
      CREATE INDEX payments_by_external_ref ON payments (external_ref)
        WHERE external_ref IS NOT NULL;
      CREATE INDEX credit_notes_by_external_ref ON credit_notes (external_ref)
        WHERE external_ref IS NOT NULL;
    `);
  },
};
