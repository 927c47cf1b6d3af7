import { hasFieldErrors } from '../../src-shared/domain/field-errors';
import { buildDashboard } from '../../src-shared/reporting/dashboard';
import {
  checkDashboardPeriod,
  defaultDashboardFilters,
} from '../../src-shared/reporting/dashboard-filters';
import type { Dashboard, DashboardFilters } from '../../src-shared/reporting/dashboard-types';
import {
  debtorsBehind,
  type DrillResult,
  type DrillSelector,
} from '../../src-shared/reporting/drill-down';
import { buildRiskMap, type RiskMapReport } from '../../src-shared/reporting/risk-map-report';
import { validationError } from '../errors/app-error';
import type { ServiceContext } from '../workspace/service-context';
import { reportSources } from './report-sources';

/** The filters as the screen and the CLI send them: a missing date takes its default. */
export type DashboardQuery = Omit<DashboardFilters, 'from' | 'to'> & {
  from: string | null;
  to: string | null;
};

/** Fills the default period (three months to today) and refuses an impossible one. */
export function resolveFilters(query: DashboardQuery, context: ServiceContext): DashboardFilters {
  const today = context.today();
  const defaults = defaultDashboardFilters(query.to ?? today);
  const filters: DashboardFilters = {
    ...query,
    from: query.from ?? defaults.from,
    to: query.to ?? today,
  };
  const errors = checkDashboardPeriod(filters, today);
  if (hasFieldErrors(errors)) throw validationError(errors);
  return filters;
}

/** Every figure of the Tableau de bord for the filters. */
export async function loadDashboard(
  context: ServiceContext,
  query: DashboardQuery,
): Promise<Dashboard> {
  const filters = resolveFilters(query, context);
  return buildDashboard(await reportSources(context.database, filters.to), filters);
}

/** The cartographie du risque for the filters. */
export async function loadRiskMap(
  context: ServiceContext,
  query: DashboardQuery,
): Promise<RiskMapReport> {
  const filters = resolveFilters(query, context);
  return buildRiskMap(await reportSources(context.database, filters.to), filters);
}

/** The debtors behind one figure, for the same filters as the figure. */
export async function loadDebtorsBehind(
  context: ServiceContext,
  query: DashboardQuery,
  selector: DrillSelector,
): Promise<DrillResult> {
  const filters = resolveFilters(query, context);
  return debtorsBehind(await reportSources(context.database, filters.to), filters, selector);
}
