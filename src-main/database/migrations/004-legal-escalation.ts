import type { Migration } from './migration';

// The legal escalation: rates and court addresses the user adds to the shipped tables, the
// court chosen for a commune the data cannot place, the nature of each debtor's claim, the
// directory of commissaires de justice and lawyers, and the cases with their documents and
// dated steps. Amounts owed are never stored: they are computed from the ledger, and a
// document keeps only the total it claimed.
export const legalEscalation: Migration = {
  version: 4,
  name: 'legal escalation',
  up(database) {
    database.exec(`
      CREATE TABLE user_legal_rates (
        start                TEXT PRIMARY KEY CHECK (substr(start, 6) IN ('01-01', '07-01')),
        personne_physique_bp INTEGER NOT NULL CHECK (personne_physique_bp >= 0),
        autres_cas_bp        INTEGER NOT NULL CHECK (autres_cas_bp >= 0),
        source               TEXT NOT NULL,
        created_by           TEXT NOT NULL,
        created_at           TEXT NOT NULL
      );

      CREATE TABLE user_ecb_rates (
        effective  TEXT PRIMARY KEY,
        rate_bp    INTEGER NOT NULL CHECK (rate_bp >= 0),
        source     TEXT NOT NULL,
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL
      );

      CREATE TABLE court_addresses (
        code       TEXT PRIMARY KEY,
        address    TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      CREATE TABLE court_choices (
        id            INTEGER PRIMARY KEY,
        postal_code   TEXT NOT NULL,
        commune_key   TEXT NOT NULL,
        city          TEXT NOT NULL,
        forum         TEXT NOT NULL CHECK (forum IN ('commercial', 'judiciaire')),
        court_code    TEXT,
        court_name    TEXT,
        court_address TEXT,
        judge         TEXT CHECK (judge IS NULL OR judge IN ('tj', 'tc', 'tae', 'jcp')),
        chosen_by     TEXT NOT NULL,
        chosen_at     TEXT NOT NULL,
        UNIQUE (postal_code, commune_key, forum),
        CHECK ((court_code IS NULL) <> (court_name IS NULL))
      );

      CREATE TABLE debtor_legal_profiles (
        debtor_id    INTEGER PRIMARY KEY REFERENCES debtors (id),
        claim_nature TEXT NOT NULL CHECK (claim_nature IN ('commercial', 'civil', 'protection')),
        updated_by   TEXT NOT NULL,
        updated_at   TEXT NOT NULL
      );

      CREATE TABLE legal_contacts (
        id            INTEGER PRIMARY KEY,
        kind          TEXT NOT NULL CHECK (kind IN ('commissaire', 'avocat')),
        name          TEXT NOT NULL,
        firm          TEXT,
        address_line1 TEXT,
        postal_code   TEXT,
        city          TEXT,
        email         TEXT,
        phone         TEXT,
        notes         TEXT,
        archived      INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        created_at    TEXT NOT NULL
      );

      CREATE TABLE legal_cases (
        id            INTEGER PRIMARY KEY,
        debtor_id     INTEGER NOT NULL REFERENCES debtors (id),
        opened_on     TEXT NOT NULL,
        closed_on     TEXT,
        outcome       TEXT
          CHECK (outcome IS NULL OR outcome IN ('paye', 'accord', 'abandon', 'irrecouvrable')),
        court_name    TEXT,
        court_address TEXT,
        court_judge   TEXT CHECK (court_judge IS NULL OR court_judge IN ('tj', 'tc', 'tae', 'jcp')),
        cerfa_number  TEXT,
        created_by    TEXT NOT NULL,
        created_at    TEXT NOT NULL,
        CHECK ((closed_on IS NULL) = (outcome IS NULL))
      );
      CREATE UNIQUE INDEX legal_cases_one_open_per_debtor
        ON legal_cases (debtor_id) WHERE closed_on IS NULL;

      CREATE TABLE legal_documents (
        id          INTEGER PRIMARY KEY,
        case_id     INTEGER NOT NULL REFERENCES legal_cases (id),
        debtor_id   INTEGER NOT NULL REFERENCES debtors (id),
        kind        TEXT NOT NULL
          CHECK (kind IN ('mise_en_demeure', 'requete', 'note_refere', 'remise')),
        prepared_on TEXT NOT NULL,
        file_path   TEXT NOT NULL,
        invoice_ids TEXT NOT NULL DEFAULT '[]',
        total_cents INTEGER NOT NULL,
        snapshot    TEXT NOT NULL DEFAULT '{}',
        created_by  TEXT NOT NULL,
        created_at  TEXT NOT NULL
      );
      CREATE INDEX legal_documents_by_case ON legal_documents (case_id);

      CREATE TABLE legal_steps (
        id           INTEGER PRIMARY KEY,
        case_id      INTEGER NOT NULL REFERENCES legal_cases (id),
        kind         TEXT NOT NULL CHECK (kind IN (
          'mise_en_demeure_envoyee', 'mise_en_demeure_recue', 'requete_deposee',
          'ordonnance_rendue', 'requete_rejetee', 'ordonnance_signifiee', 'opposition_formee',
          'delai_opposition_expire', 'paiement_recu', 'execution_forcee', 'remise_commissaire',
          'note_refere_transmise'
        )),
        occurred_on  TEXT NOT NULL,
        deadline_on  TEXT,
        reference    TEXT,
        note         TEXT,
        document_id  INTEGER REFERENCES legal_documents (id),
        contact_id   INTEGER REFERENCES legal_contacts (id),
        cancelled_at TEXT,
        cancelled_by TEXT,
        created_by   TEXT NOT NULL,
        created_at   TEXT NOT NULL
      );
      CREATE INDEX legal_steps_by_case ON legal_steps (case_id, occurred_on);
    `);
  },
};
