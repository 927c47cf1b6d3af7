import type { Migration } from './migration';

// The records the collection work keeps besides the ledger: the people who
// use the app, promises to pay, payment plans (échéanciers) and disputes
// (litiges). Whether a promise is kept or an installment met is computed
// from payments, never stored.
export const collectionRecords: Migration = {
  version: 2,
  name: 'collection records',
  up(database) {
    database.exec(`
      CREATE TABLE app_users (
        id         INTEGER PRIMARY KEY,
        name       TEXT NOT NULL UNIQUE,
        email      TEXT,
        active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        created_at TEXT NOT NULL
      );

      ALTER TABLE debtors ADD COLUMN owner_user_id INTEGER REFERENCES app_users (id);
      CREATE INDEX debtors_by_owner ON debtors (owner_user_id);

      CREATE TABLE promises (
        id           INTEGER PRIMARY KEY,
        debtor_id    INTEGER NOT NULL REFERENCES debtors (id),
        made_on      TEXT NOT NULL,
        due_on       TEXT NOT NULL,
        amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
        channel      TEXT NOT NULL,
        note         TEXT,
        cancelled_on TEXT,
        created_by   TEXT NOT NULL,
        created_at   TEXT NOT NULL,
        CHECK (due_on >= made_on)
      );
      CREATE INDEX promises_by_debtor ON promises (debtor_id, due_on);

      CREATE TABLE promise_invoices (
        promise_id INTEGER NOT NULL REFERENCES promises (id),
        invoice_id INTEGER NOT NULL REFERENCES invoices (id),
        PRIMARY KEY (promise_id, invoice_id)
      );

      CREATE TABLE payment_plans (
        id           INTEGER PRIMARY KEY,
        debtor_id    INTEGER NOT NULL REFERENCES debtors (id),
        agreed_on    TEXT NOT NULL,
        signed_on    TEXT,
        cancelled_on TEXT,
        note         TEXT,
        created_by   TEXT NOT NULL,
        created_at   TEXT NOT NULL
      );
      CREATE INDEX payment_plans_by_debtor ON payment_plans (debtor_id);

      CREATE TABLE payment_plan_invoices (
        plan_id    INTEGER NOT NULL REFERENCES payment_plans (id),
        invoice_id INTEGER NOT NULL REFERENCES invoices (id),
        PRIMARY KEY (plan_id, invoice_id)
      );

      CREATE TABLE payment_plan_installments (
        id           INTEGER PRIMARY KEY,
        plan_id      INTEGER NOT NULL REFERENCES payment_plans (id),
        due_on       TEXT NOT NULL,
        amount_cents INTEGER NOT NULL CHECK (amount_cents > 0)
      );
      CREATE INDEX payment_plan_installments_by_plan
        ON payment_plan_installments (plan_id, due_on);

      CREATE TABLE disputes (
        id            INTEGER PRIMARY KEY,
        debtor_id     INTEGER NOT NULL REFERENCES debtors (id),
        reason        TEXT NOT NULL
          CHECK (reason IN ('prix', 'qualite', 'livraison', 'deja_paye', 'autre')),
        description   TEXT,
        owner_user_id INTEGER REFERENCES app_users (id),
        opened_on     TEXT NOT NULL,
        closed_on     TEXT,
        outcome       TEXT
          CHECK (outcome IS NULL OR outcome IN ('avoir', 'rejete', 'facture_corrigee')),
        created_by    TEXT NOT NULL,
        created_at    TEXT NOT NULL,
        CHECK ((closed_on IS NULL) = (outcome IS NULL))
      );
      CREATE INDEX disputes_by_debtor ON disputes (debtor_id);

      CREATE TABLE dispute_invoices (
        dispute_id INTEGER NOT NULL REFERENCES disputes (id),
        invoice_id INTEGER NOT NULL REFERENCES invoices (id),
        PRIMARY KEY (dispute_id, invoice_id)
      );
      CREATE INDEX dispute_invoices_by_invoice ON dispute_invoices (invoice_id);
    `);
  },
};
