import type { CalendarDate } from '../dates/calendar-date';
import type { Cents } from '../money/cents';
import type { RelanceChannel } from '../relance/relance-channel';
import type { RiskClass } from '../risk/risk-class';
import type { AgeBucket } from './aged-balance';
import type { DashboardFilters } from './dashboard-types';
import { dashboardView, type ReportSources } from './dashboard-view';
import { drillAmounts } from './drill-amounts';
import type { GeoKey, SizeKey } from './risk-map';

/** What a click on a figure, a chart segment or a map area stands for. */
export type DrillSelector =
  | { kind: 'total'; figure: 'outstanding' | 'overdue' | 'disputed' | 'legal' | 'overLimit' }
  | { kind: 'agedBucket'; bucket: AgeBucket; date: CalendarDate | null }
  | { kind: 'forecastWeek'; weekStart: CalendarDate }
  | { kind: 'forecastOther'; part: 'later' | 'uncertain' | 'disputed' }
  | { kind: 'relanceChannel'; channel: RelanceChannel }
  | { kind: 'owner'; userId: number | null }
  | { kind: 'riskClass'; riskClass: RiskClass }
  | { kind: 'riskCell'; riskClass: RiskClass; sector: string }
  | { kind: 'size'; size: SizeKey }
  | { kind: 'geo'; geo: GeoKey }
  | { kind: 'arrondissement'; number: number }
  /** A month of due dates: everything that fell due in it, or the part paid late or unpaid. */
  | { kind: 'dueMonth'; month: string; part: 'due' | 'late' };

/** One debtor behind a figure, with its share of it. */
export interface DrillRow {
  debtorId: number;
  displayName: string;
  departement: string | null;
  sector: string | null;
  riskClass: RiskClass | null;
  /** The debtor's part of the figure clicked. */
  amountCents: Cents;
  openCents: Cents;
  overdueCents: Cents;
}

/** The debtors behind a figure, largest share first. */
export interface DrillResult {
  /** What the amount column holds, in French. */
  amountLabel: string;
  /** Debtors in all, and the sum of their shares. */
  count: number;
  totalCents: Cents;
  /** The first rows only when there are very many. */
  rows: DrillRow[];
}

/** Rows sent at most; the count and total still cover every debtor. */
export const DRILL_ROW_LIMIT = 500;

/** The debtors behind one figure of the dashboard or the risk map, for the same filters. */
export function debtorsBehind(
  sources: ReportSources,
  filters: DashboardFilters,
  selector: DrillSelector,
): DrillResult {
  const view = dashboardView(sources, filters);
  const { label, amounts } = drillAmounts(view, sources, selector);
  const rows: DrillRow[] = [];
  let totalCents = 0;
  for (const ledger of view.ledgers) {
    const amount = amounts.get(ledger.debtor.id);
    if (amount === undefined) continue;
    const exposure = view.exposure.get(ledger.debtor.id);
    totalCents += amount;
    rows.push({
      debtorId: ledger.debtor.id,
      displayName: ledger.debtor.displayName,
      departement: ledger.debtor.departement,
      sector: ledger.debtor.sector,
      riskClass: sources.ratings.ratings.get(ledger.debtor.id)?.riskClass ?? null,
      amountCents: amount,
      openCents: exposure?.openCents ?? 0,
      overdueCents: exposure?.overdueCents ?? 0,
    });
  }
  rows.sort(
    (a, b) => b.amountCents - a.amountCents || a.displayName.localeCompare(b.displayName, 'fr'),
  );
  return {
    amountLabel: label,
    count: rows.length,
    totalCents,
    rows: rows.slice(0, DRILL_ROW_LIMIT),
  };
}
