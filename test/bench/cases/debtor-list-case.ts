import Database from 'better-sqlite3';
import type { DebtorListQuery } from '../../../src-shared/ipc/schemas/debtor-schemas';
import { openDatabase } from '../../../src-main/database/open-database';
import { listDebtors } from '../../../src-main/debtors/debtor-list';
import type { BenchCase } from '../bench-case';
import { ms, ratio } from '../french-figures';
import { timeOnce, timeRepeatedly } from '../statistics';

const BASE: DebtorListQuery = {
  search: '',
  departement: null,
  sector: null,
  overdueOnly: false,
  includeArchived: false,
  sortBy: 'name',
  sortDirection: 'asc',
  offset: 0,
  limit: 200,
};

// The queries a bookkeeper makes on the list, in turn.
const QUERIES: Partial<DebtorListQuery>[] = [
  {},
  { sortBy: 'overdueCents', sortDirection: 'desc' },
  { search: 'paris' },
  { departement: '93', overdueOnly: true },
  { sector: 'BTP', sortBy: 'openCents', sortDirection: 'desc' },
  { sortBy: 'city', offset: 5000 },
];

// The same filter and sort written by hand in SQL, over the same computed totals.
const HAND_WRITTEN = `
  WITH paid AS (SELECT invoice_id, SUM(amount_cents) AS cents FROM payment_allocations
                GROUP BY invoice_id),
       credited AS (SELECT invoice_id, SUM(amount_cents) AS cents FROM credit_notes
                    WHERE invoice_id IS NOT NULL GROUP BY invoice_id),
       open AS (SELECT i.debtor_id, i.due_date,
                  i.amount_incl_tax_cents - COALESCE(p.cents, 0) - COALESCE(c.cents, 0) AS cents
                FROM invoices i LEFT JOIN paid p ON p.invoice_id = i.id
                LEFT JOIN credited c ON c.invoice_id = i.id),
       totals AS (SELECT debtor_id, SUM(MAX(cents, 0)) AS open_cents,
                    SUM(CASE WHEN cents > 0 AND due_date < ? THEN cents ELSE 0 END) AS overdue_cents
                  FROM open GROUP BY debtor_id)
  SELECT d.id, d.name, d.city, t.open_cents, t.overdue_cents, COUNT(*) OVER () AS total
  FROM debtors d LEFT JOIN totals t ON t.debtor_id = d.id
  WHERE d.archived = 0 AND d.departement = '93' AND COALESCE(t.overdue_cents, 0) > 0
  ORDER BY t.overdue_cents DESC LIMIT 200`;

/** The debtor list with filters and sorts, against the same query written in SQL. */
export const debtorListCase: BenchCase = {
  id: 'debtor-list',
  label: 'Liste des débiteurs (filtre et tri)',
  scales: [1000, 10000, 50000],
  isolated: false,
  async run({ scale, demoFile, today }) {
    const database = await openDatabase(demoFile, { readOnly: true });
    const cold = await timeOnce(() => listDebtors(database, BASE, today));
    const warm = await timeRepeatedly(60, (run) =>
      listDebtors(database, { ...BASE, ...QUERIES[run % QUERIES.length] }, today),
    );
    await database.close();

    const raw = new Database(demoFile, { readonly: true });
    const statement = raw.prepare(HAND_WRITTEN);
    const sql = await timeRepeatedly(10, () => statement.all(today), 1);
    raw.close();

    return {
      id: this.id,
      label: this.label,
      scale,
      figure: `${ms(warm.medianMs)} médiane, ${ms(warm.p95Ms)} p95 (premier appel ${ms(cold)})`,
      limit: `SQL écrit à la main : ${ms(sql.medianMs)} médiane`,
      ratio: ratio(warm.p95Ms, sql.medianMs),
      target: scale === 50000 ? 'p95 < 30 ms à 50 000 débiteurs' : null,
      met: scale === 50000 ? warm.p95Ms < 30 : null,
      raw: { medianMs: warm.medianMs, p95Ms: warm.p95Ms, coldMs: cold, sqlMedianMs: sql.medianMs },
    };
  },
};
