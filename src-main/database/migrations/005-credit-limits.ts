import type { Migration } from './migration';

// The credit limit a user sets by hand on a debtor. Without a row the app suggests one from
// the debtor's risk class and invoicing, computed on every read like the class itself.
export const creditLimits: Migration = {
  version: 5,
  name: 'credit limits',
  up(database) {
    database.exec(`
      CREATE TABLE credit_limits (
        debtor_id   INTEGER PRIMARY KEY REFERENCES debtors (id),
        limit_cents INTEGER NOT NULL CHECK (limit_cents >= 0),
        note        TEXT,
        set_by      TEXT NOT NULL,
        set_at      TEXT NOT NULL
      );
    `);
  },
};
