import type { Migration } from './migration';

// What lets the file travel. `file_lock` holds at most one row: the app that
// has the file open for writing, refreshed by a heartbeat and deleted on
// close, so a closed file carries no lock and needs no side file. The
// `file_id` setting names the file for its backups, wherever it is copied.
// The French views are for the accountant reading the file with any SQLite
// tool; they compute open amounts as of the reader's local date, the same
// way as the aged balance of the app (src-shared/reporting/aged-balance.ts).
// The labels of vue_relances and vue_etapes_contentieux are copied from the
// timeline kinds and src-shared/domain/legal-case.ts as they stand, since a
// migration never imports app code.
export const fileSharing: Migration = {
  version: 6,
  name: 'file sharing',
  up(database) {
    database.exec(`
      CREATE TABLE file_lock (
        id           INTEGER PRIMARY KEY CHECK (id = 1),
        session_id   TEXT NOT NULL,
        holder_name  TEXT NOT NULL,
        machine      TEXT NOT NULL,
        process_id   INTEGER NOT NULL,
        app_version  TEXT NOT NULL,
        opened_at    TEXT NOT NULL,
        heartbeat_at TEXT NOT NULL
      );

      INSERT OR IGNORE INTO settings (key, value)
        VALUES ('file_id', lower(hex(randomblob(16))));

      CREATE VIEW vue_echeances_ouvertes AS
      WITH
        jour AS (SELECT date('now', 'localtime') AS aujourdhui),
        regle AS (
          SELECT pa.invoice_id, SUM(pa.amount_cents) AS cents
          FROM payment_allocations pa
          JOIN payments p ON p.id = pa.payment_id
          WHERE p.date <= (SELECT aujourdhui FROM jour)
          GROUP BY pa.invoice_id
        ),
        avoir AS (
          SELECT invoice_id, SUM(amount_cents) AS cents
          FROM credit_notes
          WHERE invoice_id IS NOT NULL AND date <= (SELECT aujourdhui FROM jour)
          GROUP BY invoice_id
        ),
        facture AS (
          SELECT
            i.*,
            i.amount_incl_tax_cents - COALESCE(r.cents, 0) - COALESCE(a.cents, 0) AS reste,
            CAST(julianday((SELECT aujourdhui FROM jour)) - julianday(i.due_date) AS INTEGER)
              AS retard
          FROM invoices i
          LEFT JOIN regle r ON r.invoice_id = i.id
          LEFT JOIN avoir a ON a.invoice_id = i.id
          WHERE i.issue_date <= (SELECT aujourdhui FROM jour)
        )
      SELECT
        d.id AS debiteur_id,
        CASE WHEN d.kind = 'particulier' AND COALESCE(d.first_name, '') <> ''
          THEN d.first_name || ' ' || d.name ELSE d.name END AS debiteur,
        d.siren AS siren,
        f.id AS facture_id,
        f.number AS facture,
        f.issue_date AS date_facture,
        f.due_date AS echeance,
        f.amount_incl_tax_cents AS montant_ttc_centimes,
        f.reste AS reste_du_centimes,
        f.amount_incl_tax_cents / 100.0 AS montant_ttc_euros,
        f.reste / 100.0 AS reste_du_euros,
        MAX(f.retard, 0) AS jours_de_retard,
        CASE
          WHEN f.retard <= 0 THEN 'Non échu'
          WHEN f.retard <= 30 THEN '1 à 30 jours'
          WHEN f.retard <= 60 THEN '31 à 60 jours'
          WHEN f.retard <= 90 THEN '61 à 90 jours'
          ELSE 'Plus de 90 jours'
        END AS tranche
      FROM facture f
      JOIN debtors d ON d.id = f.debtor_id
      WHERE f.reste > 0;

      CREATE VIEW vue_balance_agee AS
      WITH
        jour AS (SELECT date('now', 'localtime') AS aujourdhui),
        ouvert AS (
          SELECT
            debiteur_id,
            SUM(CASE WHEN tranche = 'Non échu' THEN reste_du_centimes ELSE 0 END) AS non_echu,
            SUM(CASE WHEN tranche = '1 à 30 jours' THEN reste_du_centimes ELSE 0 END) AS j30,
            SUM(CASE WHEN tranche = '31 à 60 jours' THEN reste_du_centimes ELSE 0 END) AS j60,
            SUM(CASE WHEN tranche = '61 à 90 jours' THEN reste_du_centimes ELSE 0 END) AS j90,
            SUM(CASE WHEN tranche = 'Plus de 90 jours' THEN reste_du_centimes ELSE 0 END)
              AS plus90,
            SUM(reste_du_centimes) AS total
          FROM vue_echeances_ouvertes
          GROUP BY debiteur_id
        ),
        recu AS (
          SELECT debtor_id, SUM(amount_cents) AS cents FROM (
            SELECT debtor_id, amount_cents, date FROM payments
            UNION ALL
            SELECT debtor_id, amount_cents, date FROM credit_notes
          )
          WHERE date <= (SELECT aujourdhui FROM jour)
          GROUP BY debtor_id
        ),
        affecte AS (
          SELECT debtor_id, SUM(cents) AS cents FROM (
            SELECT p.debtor_id, pa.amount_cents AS cents, p.date
            FROM payment_allocations pa JOIN payments p ON p.id = pa.payment_id
            UNION ALL
            SELECT debtor_id, amount_cents AS cents, date
            FROM credit_notes WHERE invoice_id IS NOT NULL
          )
          WHERE date <= (SELECT aujourdhui FROM jour)
          GROUP BY debtor_id
        ),
        ligne AS (
          SELECT
            d.*,
            COALESCE(o.non_echu, 0) AS non_echu,
            COALESCE(o.j30, 0) AS j30,
            COALESCE(o.j60, 0) AS j60,
            COALESCE(o.j90, 0) AS j90,
            COALESCE(o.plus90, 0) AS plus90,
            COALESCE(o.total, 0) AS total,
            COALESCE(r.cents, 0) - COALESCE(a.cents, 0) AS non_affecte
          FROM debtors d
          LEFT JOIN ouvert o ON o.debiteur_id = d.id
          LEFT JOIN recu r ON r.debtor_id = d.id
          LEFT JOIN affecte a ON a.debtor_id = d.id
        )
      SELECT
        id AS debiteur_id,
        CASE WHEN kind = 'particulier' AND COALESCE(first_name, '') <> ''
          THEN first_name || ' ' || name ELSE name END AS debiteur,
        siren,
        non_echu AS non_echu_centimes,
        j30 AS de_1_a_30_jours_centimes,
        j60 AS de_31_a_60_jours_centimes,
        j90 AS de_61_a_90_jours_centimes,
        plus90 AS plus_de_90_jours_centimes,
        total AS total_centimes,
        non_affecte AS reglements_non_affectes_centimes,
        total / 100.0 AS total_euros
      FROM ligne
      WHERE total > 0 OR non_affecte <> 0;

      CREATE VIEW vue_debiteurs AS
      SELECT
        d.id AS debiteur_id,
        CASE WHEN d.kind = 'particulier' AND COALESCE(d.first_name, '') <> ''
          THEN d.first_name || ' ' || d.name ELSE d.name END AS debiteur,
        d.kind AS type,
        d.siren,
        d.siret,
        d.address_line1 AS adresse,
        d.address_line2 AS complement_adresse,
        d.postal_code AS code_postal,
        d.city AS ville,
        d.email,
        d.phone AS telephone,
        d.archived AS archive,
        COALESCE(b.total_centimes, 0) AS reste_du_centimes,
        COALESCE(b.total_centimes, 0) - COALESCE(b.non_echu_centimes, 0) AS en_retard_centimes
      FROM debtors d
      LEFT JOIN vue_balance_agee b ON b.debiteur_id = d.id;

      CREATE VIEW vue_relances AS
      SELECT
        e.id AS evenement_id,
        e.debtor_id AS debiteur_id,
        CASE WHEN d.kind = 'particulier' AND COALESCE(d.first_name, '') <> ''
          THEN d.first_name || ' ' || d.name ELSE d.name END AS debiteur,
        e.occurred_at AS date_heure,
        e.kind AS type,
        CASE e.kind
          WHEN 'relance_done' THEN 'Relance faite'
          WHEN 'relance_skipped' THEN 'Relance écartée'
          WHEN 'relance_postponed' THEN 'Relance reportée'
          WHEN 'relance_scenario_changed' THEN 'Plan de relance changé'
          WHEN 'mise_en_demeure_prepared' THEN 'Mise en demeure préparée'
          ELSE e.kind
        END AS libelle,
        e.actor AS par,
        e.summary AS resume,
        e.invoice_ids AS factures_ids
      FROM debtor_events e
      JOIN debtors d ON d.id = e.debtor_id
      WHERE e.kind LIKE 'relance%' OR e.kind LIKE 'mise_en_demeure%';

      CREATE VIEW vue_etapes_contentieux AS
      SELECT
        s.id AS etape_id,
        c.id AS procedure_id,
        c.debtor_id AS debiteur_id,
        CASE WHEN d.kind = 'particulier' AND COALESCE(d.first_name, '') <> ''
          THEN d.first_name || ' ' || d.name ELSE d.name END AS debiteur,
        s.occurred_on AS date_etape,
        s.kind AS type,
        CASE s.kind
          WHEN 'mise_en_demeure_envoyee' THEN 'Mise en demeure envoyée (LRAR)'
          WHEN 'mise_en_demeure_recue' THEN 'Accusé de réception de la mise en demeure'
          WHEN 'requete_deposee' THEN 'Requête en injonction de payer déposée'
          WHEN 'ordonnance_rendue' THEN 'Ordonnance portant injonction de payer rendue'
          WHEN 'requete_rejetee' THEN 'Requête rejetée'
          WHEN 'ordonnance_signifiee' THEN 'Ordonnance signifiée au débiteur'
          WHEN 'opposition_formee' THEN 'Opposition formée par le débiteur'
          WHEN 'delai_opposition_expire' THEN 'Délai d''opposition expiré sans opposition'
          WHEN 'paiement_recu' THEN 'Paiement reçu'
          WHEN 'execution_forcee' THEN 'Exécution forcée confiée au commissaire de justice'
          WHEN 'remise_commissaire' THEN 'Dossier remis à un commissaire de justice'
          WHEN 'note_refere_transmise' THEN 'Note de référé-provision transmise à l''avocat'
          ELSE s.kind
        END AS etape,
        s.deadline_on AS echeance,
        s.reference,
        s.note,
        s.created_by AS saisi_par,
        c.court_name AS tribunal,
        c.opened_on AS procedure_ouverte_le,
        c.closed_on AS procedure_close_le,
        c.outcome AS issue
      FROM legal_steps s
      JOIN legal_cases c ON c.id = s.case_id
      JOIN debtors d ON d.id = c.debtor_id
      WHERE s.cancelled_at IS NULL;
    `);
  },
};
