import type { Migration } from './migration';

// The first schema: the creditor company, its debtors and their ledger
// (invoices, payments and their allocations, credit notes), the append-only
// debtor timeline and the audit trail. Open amounts are never stored: they
// are computed from invoices, allocations and credit notes.
export const initialSchema: Migration = {
  version: 1,
  name: 'initial schema',
  up(database) {
    database.exec(`
      CREATE TABLE company (
        id                  INTEGER PRIMARY KEY CHECK (id = 1),
        legal_name          TEXT NOT NULL,
        legal_form          TEXT,
        share_capital_cents INTEGER,
        siren               TEXT,
        rcs_city            TEXT,
        address_line1       TEXT,
        address_line2       TEXT,
        postal_code         TEXT,
        city                TEXT,
        iban                TEXT,
        bic                 TEXT,
        contact_name        TEXT,
        email               TEXT,
        phone               TEXT,
        updated_at          TEXT NOT NULL
      );

      CREATE TABLE debtors (
        id            INTEGER PRIMARY KEY,
        kind          TEXT NOT NULL CHECK (kind IN ('entreprise', 'particulier')),
        name          TEXT NOT NULL,
        first_name    TEXT,
        legal_form    TEXT,
        siren         TEXT,
        siret         TEXT,
        vat_number    TEXT,
        naf_code      TEXT,
        sector        TEXT,
        size_class    TEXT CHECK (size_class IN ('micro', 'pme', 'eti', 'ge')),
        address_line1 TEXT NOT NULL,
        address_line2 TEXT,
        postal_code   TEXT NOT NULL,
        city          TEXT NOT NULL,
        departement   TEXT,
        phone         TEXT,
        email         TEXT,
        notes         TEXT,
        tags          TEXT NOT NULL DEFAULT '[]',
        search_key    TEXT NOT NULL DEFAULT '',
        external_ref  TEXT UNIQUE,
        archived      INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        archived_at   TEXT,
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL
      );
      CREATE INDEX debtors_by_name ON debtors (name COLLATE NOCASE);
      CREATE INDEX debtors_by_siren ON debtors (siren);
      CREATE INDEX debtors_by_departement ON debtors (departement);
      CREATE INDEX debtors_by_sector ON debtors (sector);

      CREATE TABLE contacts (
        id         INTEGER PRIMARY KEY,
        debtor_id  INTEGER NOT NULL REFERENCES debtors (id),
        name       TEXT NOT NULL,
        role       TEXT,
        email      TEXT,
        phone      TEXT,
        is_primary INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1)),
        archived   INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
      );
      CREATE INDEX contacts_by_debtor ON contacts (debtor_id);

      CREATE TABLE invoices (
        id                    INTEGER PRIMARY KEY,
        debtor_id             INTEGER NOT NULL REFERENCES debtors (id),
        number                TEXT NOT NULL,
        issue_date            TEXT NOT NULL,
        due_date              TEXT NOT NULL,
        amount_excl_tax_cents INTEGER NOT NULL,
        vat_cents             INTEGER NOT NULL,
        amount_incl_tax_cents INTEGER NOT NULL,
        currency              TEXT NOT NULL DEFAULT 'EUR',
        payment_terms         TEXT,
        source                TEXT NOT NULL,
        external_ref          TEXT,
        created_at            TEXT NOT NULL,
        UNIQUE (debtor_id, number),
        CHECK (due_date >= issue_date),
        CHECK (amount_excl_tax_cents + vat_cents = amount_incl_tax_cents)
      );
      CREATE INDEX invoices_by_debtor_due ON invoices (debtor_id, due_date);
      CREATE INDEX invoices_by_due ON invoices (due_date);

      CREATE TABLE payments (
        id           INTEGER PRIMARY KEY,
        debtor_id    INTEGER NOT NULL REFERENCES debtors (id),
        date         TEXT NOT NULL,
        amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
        method       TEXT NOT NULL,
        reference    TEXT,
        source       TEXT NOT NULL,
        external_ref TEXT,
        created_at   TEXT NOT NULL
      );
      CREATE INDEX payments_by_debtor ON payments (debtor_id, date);

      CREATE TABLE payment_allocations (
        payment_id   INTEGER NOT NULL REFERENCES payments (id),
        invoice_id   INTEGER NOT NULL REFERENCES invoices (id),
        amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
        PRIMARY KEY (payment_id, invoice_id)
      );
      CREATE INDEX payment_allocations_by_invoice
        ON payment_allocations (invoice_id, amount_cents);

      CREATE TABLE credit_notes (
        id           INTEGER PRIMARY KEY,
        debtor_id    INTEGER NOT NULL REFERENCES debtors (id),
        number       TEXT NOT NULL,
        date         TEXT NOT NULL,
        amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
        invoice_id   INTEGER REFERENCES invoices (id),
        reason       TEXT,
        source       TEXT NOT NULL,
        external_ref TEXT,
        created_at   TEXT NOT NULL,
        UNIQUE (debtor_id, number)
      );
      CREATE INDEX credit_notes_by_invoice ON credit_notes (invoice_id, amount_cents);
      CREATE INDEX credit_notes_by_debtor ON credit_notes (debtor_id);

      CREATE TABLE debtor_events (
        id          INTEGER PRIMARY KEY,
        debtor_id   INTEGER NOT NULL REFERENCES debtors (id),
        occurred_at TEXT NOT NULL,
        kind        TEXT NOT NULL,
        actor       TEXT NOT NULL,
        summary     TEXT NOT NULL,
        invoice_ids TEXT NOT NULL DEFAULT '[]',
        details     TEXT NOT NULL DEFAULT '{}'
      );
      CREATE INDEX debtor_events_by_debtor ON debtor_events (debtor_id, occurred_at);
      CREATE TRIGGER debtor_events_are_append_only_update BEFORE UPDATE ON debtor_events
      BEGIN SELECT RAISE(ABORT, 'debtor_events is append-only'); END;
      CREATE TRIGGER debtor_events_are_append_only_delete BEFORE DELETE ON debtor_events
      BEGIN SELECT RAISE(ABORT, 'debtor_events is append-only'); END;

      CREATE TABLE audit_log (
        id          INTEGER PRIMARY KEY,
        table_name  TEXT NOT NULL,
        row_id      INTEGER NOT NULL,
        action      TEXT NOT NULL,
        before_json TEXT,
        after_json  TEXT,
        actor       TEXT NOT NULL,
        at          TEXT NOT NULL
      );
      CREATE INDEX audit_log_by_row ON audit_log (table_name, row_id);
      CREATE TRIGGER audit_log_is_append_only_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
      CREATE TRIGGER audit_log_is_append_only_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
    `);
  },
};
