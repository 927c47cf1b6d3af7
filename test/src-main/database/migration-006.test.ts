import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../../../src-shared/dates/calendar-date';
import { migrations } from '../../../src-main/database/migrations';
import { runMigrations } from '../../../src-main/database/migrator';

const VERSION = migrations.findIndex((migration) => migration.name === 'file sharing') + 1;

describe(`migration ${VERSION}: file sharing`, () => {
  let database: Database.Database;
  let today: string;

  beforeEach(() => {
    database = new Database(':memory:');
    runMigrations(database, migrations.slice(0, VERSION - 1));
    today = database.prepare("SELECT date('now', 'localtime')").pluck().get() as string;
    const run = (statement: string, ...values: unknown[]) =>
      database.prepare(statement).run(...values);
    run(
      `INSERT INTO debtors (kind, name, first_name, address_line1, postal_code, city, created_at, updated_at)
       VALUES ('particulier', 'Martin', 'Claire', '1 rue A', '75001', 'Paris', '2025-01-01', '2025-01-01'),
              ('entreprise', 'Durand SARL', NULL, '2 rue B', '92000', 'Nanterre', '2025-01-01', '2025-01-01')`,
    );
    const invoice = run.bind(
      null,
      `INSERT INTO invoices (debtor_id, number, issue_date, due_date, amount_excl_tax_cents,
         vat_cents, amount_incl_tax_cents, source, created_at)
       VALUES (?, ?, ?, ?, ?, 0, ?, 'manual', '2025-01-01')`,
    );
    invoice(1, 'F1', addDays(today, -140), addDays(today, -100), 50000, 50000);
    invoice(1, 'F2', addDays(today, -50), addDays(today, -10), 30000, 30000);
    invoice(2, 'F3', addDays(today, -20), addDays(today, 5), 120000, 120000);
    invoice(2, 'F4', addDays(today, -80), addDays(today, -45), 10000, 10000);
    invoice(2, 'F5', addDays(today, 3), addDays(today, 33), 99900, 99900);
    run(
      `INSERT INTO payments (debtor_id, date, amount_cents, method, source, created_at)
       VALUES (1, ?, 20000, 'virement', 'manual', '2025-01-01'),
              (2, ?, 10000, 'virement', 'manual', '2025-01-01'),
              (2, ?, 5000, 'cheque', 'manual', '2025-01-01')`,
      addDays(today, -5),
      addDays(today, -1),
      addDays(today, 2),
    );
    run(
      `INSERT INTO payment_allocations (payment_id, invoice_id, amount_cents)
       VALUES (1, 1, 20000), (2, 4, 10000), (3, 3, 5000)`,
    );
    run(
      `INSERT INTO credit_notes (debtor_id, number, date, amount_cents, invoice_id, source, created_at)
       VALUES (1, 'AV1', ?, 5000, 2, 'manual', '2025-01-01'),
              (2, 'AV2', ?, 700, NULL, 'manual', '2025-01-01')`,
      addDays(today, -3),
      addDays(today, -2),
    );
    run(
      `INSERT INTO debtor_events (debtor_id, occurred_at, kind, actor, summary)
       VALUES (1, '2026-11-02T09:00:00Z', 'relance_done', 'Marie', 'Relance courtoise'),
              (1, '2026-11-03T09:00:00Z', 'note', 'Marie', 'Appel sans réponse'),
              (2, '2026-11-20T09:00:00Z', 'mise_en_demeure_envoyee', 'Marie', 'Mise en demeure')`,
    );
    runMigrations(database, migrations.slice(0, VERSION));
  });

  afterEach(() => database.close());

  it('gives the file an id of its own and leaves the ledger as it was', () => {
    const fileId = database
      .prepare("SELECT value FROM settings WHERE key = 'file_id'")
      .pluck()
      .get();

    expect(fileId).toMatch(/^[0-9a-f]{32}$/);
    expect(database.prepare('SELECT count(*) FROM invoices').pluck().get()).toBe(5);
    expect(database.prepare('SELECT count(*) FROM file_lock').pluck().get()).toBe(0);
  });

  it('lists the open items as of today with their open amount, lateness and bucket', () => {
    const rows = database
      .prepare(
        `SELECT debiteur, facture, reste_du_centimes, reste_du_euros, jours_de_retard, tranche
         FROM vue_echeances_ouvertes ORDER BY facture`,
      )
      .all();

    // F4 is settled; F5 is not issued yet; the 5 000 paid on F3 is dated after today.
    expect(rows).toEqual([
      {
        debiteur: 'Claire Martin',
        facture: 'F1',
        reste_du_centimes: 30000,
        reste_du_euros: 300,
        jours_de_retard: 100,
        tranche: 'Plus de 90 jours',
      },
      {
        debiteur: 'Claire Martin',
        facture: 'F2',
        reste_du_centimes: 25000,
        reste_du_euros: 250,
        jours_de_retard: 10,
        tranche: '1 à 30 jours',
      },
      {
        debiteur: 'Durand SARL',
        facture: 'F3',
        reste_du_centimes: 120000,
        reste_du_euros: 1200,
        jours_de_retard: 0,
        tranche: 'Non échu',
      },
    ]);
  });

  it('sums the aged balance per debtor, with the credit not allocated to an invoice', () => {
    const rows = database
      .prepare(
        `SELECT debiteur, non_echu_centimes, de_1_a_30_jours_centimes, plus_de_90_jours_centimes,
                total_centimes, reglements_non_affectes_centimes
         FROM vue_balance_agee ORDER BY debiteur_id`,
      )
      .all();

    expect(rows).toEqual([
      {
        debiteur: 'Claire Martin',
        non_echu_centimes: 0,
        de_1_a_30_jours_centimes: 25000,
        plus_de_90_jours_centimes: 30000,
        total_centimes: 55000,
        reglements_non_affectes_centimes: 0,
      },
      {
        debiteur: 'Durand SARL',
        non_echu_centimes: 120000,
        de_1_a_30_jours_centimes: 0,
        plus_de_90_jours_centimes: 0,
        total_centimes: 120000,
        reglements_non_affectes_centimes: 700,
      },
    ]);
  });

  it('lists the relances from the timeline, and only them', () => {
    const rows = database
      .prepare('SELECT debiteur, type, libelle, resume FROM vue_relances ORDER BY date_heure')
      .all();

    expect(rows).toEqual([
      {
        debiteur: 'Claire Martin',
        type: 'relance_done',
        libelle: 'Relance faite',
        resume: 'Relance courtoise',
      },
      {
        debiteur: 'Durand SARL',
        type: 'mise_en_demeure_envoyee',
        libelle: 'mise_en_demeure_envoyee',
        resume: 'Mise en demeure',
      },
    ]);
  });

  it('lists the legal steps not cancelled, with their French label', () => {
    database.exec(`
      INSERT INTO legal_cases (debtor_id, opened_on, court_name, created_by, created_at)
        VALUES (2, '2026-11-01', 'Tribunal des activités économiques de Nanterre', 'Marie',
          '2026-11-01');
      INSERT INTO legal_steps (case_id, kind, occurred_on, created_by, created_at, cancelled_at)
        VALUES (1, 'mise_en_demeure_envoyee', '2026-11-20', 'Marie', '2026-11-20', NULL),
               (1, 'requete_deposee', '2026-11-21', 'Marie', '2026-11-21', '2026-11-22');
    `);

    const rows = database
      .prepare('SELECT debiteur, date_etape, etape, tribunal FROM vue_etapes_contentieux')
      .all();

    expect(rows).toEqual([
      {
        debiteur: 'Durand SARL',
        date_etape: '2026-11-20',
        etape: 'Mise en demeure envoyée (LRAR)',
        tribunal: 'Tribunal des activités économiques de Nanterre',
      },
    ]);
  });

  it('refuses writes through the views', () => {
    expect(() => database.exec("DELETE FROM vue_echeances_ouvertes WHERE facture = 'F1'")).toThrow(
      /cannot modify vue_echeances_ouvertes because it is a view/,
    );
  });
});
