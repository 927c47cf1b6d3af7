import { formatFrenchDate, parseFrenchDate } from '../../../src-shared/dates/french-date';
import type { CalendarDate } from '../../../src-shared/dates/calendar-date';
import { hasFieldErrors, type FieldErrors } from '../../../src-shared/domain/field-errors';
import {
  checkDashboardPeriod,
  defaultDashboardFilters,
} from '../../../src-shared/reporting/dashboard-filters';
import type { DashboardQueryInput } from '../../../src-shared/ipc/schemas/reporting-schemas';
import type { RiskClass } from '../../../src-shared/risk/risk-class';

/** The filter bar as typed: dates in the French way, empty meaning « all ». */
export interface FilterDraft {
  from: string;
  to: string;
  sector: string;
  departement: string;
  riskClass: RiskClass | '';
}

// An empty select means every sector; this value stands for the debtors without one.
export const NO_SECTOR = '__sans_secteur__';

/** The bar as it first shows: the default period (three months to today), every debtor. */
export function initialDraft(today: CalendarDate): FilterDraft {
  const defaults = defaultDashboardFilters(today);
  return {
    from: formatFrenchDate(defaults.from),
    to: formatFrenchDate(defaults.to),
    sector: '',
    departement: '',
    riskClass: '',
  };
}

/** The query a draft stands for, or the French message of each date that cannot be read. */
export function queryFromDraft(
  draft: FilterDraft,
  today: CalendarDate,
): { ok: true; query: DashboardQueryInput } | { ok: false; errors: FieldErrors<'from' | 'to'> } {
  const from = draft.from.trim() === '' ? null : parseFrenchDate(draft.from);
  const to = draft.to.trim() === '' ? null : parseFrenchDate(draft.to);
  const errors: FieldErrors<'from' | 'to'> = {};
  if (from && !from.ok) errors.from = from.message;
  if (to && !to.ok) errors.to = to.message;
  if (errors.from || errors.to) return { ok: false, errors };
  const defaults = defaultDashboardFilters(to?.ok ? to.date : today);
  const period = checkDashboardPeriod(
    { from: from?.ok ? from.date : defaults.from, to: to?.ok ? to.date : today },
    today,
  );
  if (hasFieldErrors(period)) return { ok: false, errors: period };
  return {
    ok: true,
    query: {
      from: from?.ok ? from.date : null,
      to: to?.ok ? to.date : null,
      sector: draft.sector === '' ? null : draft.sector === NO_SECTOR ? '' : draft.sector,
      departement: draft.departement === '' ? null : draft.departement,
      riskClass: draft.riskClass === '' ? null : draft.riskClass,
    },
  };
}
