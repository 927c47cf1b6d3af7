import Database from 'better-sqlite3';
import type { DashboardQuery } from '../../../src-main/reporting/dashboard-service';
import type { BenchCase, BenchContext, BenchResult } from '../bench-case';
import { openBenchWorkspace } from '../bench-workspace';
import { ms, ratio } from '../french-figures';
import { summarise, timeOnce, timeRepeatedly } from '../statistics';

const TARGET_MS = 300;
const TARGET_SCALE = 50000;

const DEFAULT_FILTERS: DashboardQuery = {
  from: null,
  to: null,
  sector: null,
  departement: null,
  riskClass: null,
};

// What a bookkeeper changes on the screen, in turn; the as-of date stays, as it does on screen
// while the filters are being tried.
const FILTER_CHANGES: Partial<DashboardQuery>[] = [
  { sector: 'BTP' },
  { departement: '93' },
  { riskClass: 'C' },
  { from: '2026-01-01' },
  { sector: 'Immobilier', departement: '75' },
  {},
];

// The open amount of every invoice of the active debtors, and the aged balance as of today,
// in one pass: what SQLite alone can do over the same rows.
const ONE_PASS = `
  WITH paid AS (SELECT invoice_id, SUM(amount_cents) AS cents FROM payment_allocations
                GROUP BY invoice_id),
       credited AS (SELECT invoice_id, SUM(amount_cents) AS cents FROM credit_notes
                    WHERE invoice_id IS NOT NULL GROUP BY invoice_id),
       open AS (SELECT julianday(@today) - julianday(i.due_date) AS late,
                  i.amount_incl_tax_cents - COALESCE(p.cents, 0) - COALESCE(c.cents, 0) AS cents
                FROM invoices i JOIN debtors d ON d.id = i.debtor_id AND d.archived = 0
                LEFT JOIN paid p ON p.invoice_id = i.id
                LEFT JOIN credited c ON c.invoice_id = i.id)
  SELECT COUNT(*) AS invoices,
    SUM(MAX(cents, 0)) AS outstanding,
    SUM(CASE WHEN cents > 0 AND late <= 0 THEN cents ELSE 0 END) AS not_due,
    SUM(CASE WHEN cents > 0 AND late BETWEEN 1 AND 30 THEN cents ELSE 0 END) AS late_1_30,
    SUM(CASE WHEN cents > 0 AND late BETWEEN 31 AND 60 THEN cents ELSE 0 END) AS late_31_60,
    SUM(CASE WHEN cents > 0 AND late BETWEEN 61 AND 90 THEN cents ELSE 0 END) AS late_61_90,
    SUM(CASE WHEN cents > 0 AND late > 90 THEN cents ELSE 0 END) AS late_over_90
  FROM open`;

async function onePassMs(demoFile: string, today: string): Promise<number> {
  const raw = new Database(demoFile, { readonly: true });
  const statement = raw.prepare(ONE_PASS);
  const timings = await timeRepeatedly(10, () => statement.get({ today }), 1);
  raw.close();
  return timings.medianMs;
}

function result(
  benchCase: BenchCase,
  scale: number,
  figure: string,
  figureMs: number,
  sqlMs: number,
  raw: BenchResult['raw'],
): BenchResult {
  return {
    id: benchCase.id,
    label: benchCase.label,
    scale,
    figure,
    limit: `une passe SQL sur les factures : ${ms(sqlMs)} médiane`,
    ratio: ratio(figureMs, sqlMs),
    target: scale === TARGET_SCALE ? `moins de ${TARGET_MS} ms à 50 000 débiteurs` : null,
    met: scale === TARGET_SCALE ? figureMs < TARGET_MS : null,
    raw: { ...raw, sqlMedianMs: sqlMs },
  };
}

// The first computation after opening a file: the report snapshot is read from the file, every
// debtor is rated, then every figure is computed. Each run opens the file anew.
async function coldDashboard(context: BenchContext): Promise<number[]> {
  const durations: number[] = [];
  for (let run = 0; run < 3; run += 1) {
    const bench = await openBenchWorkspace(context, 'read', `tableau-${run}`);
    durations.push(await timeOnce(() => bench.call('reporting:dashboard', DEFAULT_FILTERS)));
    await bench.close();
  }
  return durations;
}

/** Every figure of the Tableau de bord, first computed after the file is opened (cold). */
export const dashboardColdCase: BenchCase = {
  id: 'dashboard-cold',
  label: 'Tableau de bord, tous les chiffres : premier calcul après ouverture (à froid)',
  scales: [1000, 10000, 50000],
  isolated: false,
  async run(context) {
    const cold = summarise(await coldDashboard(context));
    const sqlMs = await onePassMs(context.demoFile, context.today);
    return result(
      this,
      context.scale,
      `${ms(cold.medianMs)} médiane (3 ouvertures)`,
      cold.medianMs,
      sqlMs,
      {
        medianMs: cold.medianMs,
        runs: cold.runs,
      },
    );
  },
};

/** Every figure of the Tableau de bord again after a filter change (warm: file in memory). */
export const dashboardWarmCase: BenchCase = {
  id: 'dashboard-warm',
  label: 'Tableau de bord, tous les chiffres : changement de filtre (à chaud)',
  scales: [1000, 10000, 50000],
  isolated: false,
  async run(context) {
    const bench = await openBenchWorkspace(context, 'read', 'tableau-filtres');
    await bench.call('reporting:dashboard', DEFAULT_FILTERS);
    const warm = await timeRepeatedly(24, (run) =>
      bench.call('reporting:dashboard', {
        ...DEFAULT_FILTERS,
        ...FILTER_CHANGES[run % FILTER_CHANGES.length],
      }),
    );
    await bench.close();
    const sqlMs = await onePassMs(context.demoFile, context.today);
    return result(
      this,
      context.scale,
      `${ms(warm.medianMs)} médiane, ${ms(warm.p95Ms)} p95`,
      warm.p95Ms,
      sqlMs,
      { medianMs: warm.medianMs, p95Ms: warm.p95Ms },
    );
  },
};
