import type { DashboardFilters } from './dashboard-types';
import { countOverCreditLimit } from './dashboard';
import { dashboardView, type ReportSources } from './dashboard-view';
import { riskMap, type RiskMap } from './risk-map';
import { lateByDueMonth, type DueMonth } from './seasonality';

/** The cartographie du risque: exposure by class, sector, size and place, and by month. */
export interface RiskMapReport {
  filters: DashboardFilters;
  map: RiskMap;
  /** Late payment by month of due date over two years. */
  seasonality: DueMonth[];
  overCreditLimit: number;
}

/** The risk map for the filters, at the end of the period. */
export function buildRiskMap(sources: ReportSources, filters: DashboardFilters): RiskMapReport {
  const view = dashboardView(sources, filters);
  return {
    filters,
    map: riskMap(view.ledger.debtors, view.exposure, sources.ratings.ratings, filters.to),
    seasonality: lateByDueMonth(view.ledger.invoices, view.settlements, filters.to),
    overCreditLimit: countOverCreditLimit(view, sources),
  };
}
