import { addMonths, type CalendarDate } from '../dates/calendar-date';
import type { FieldErrors } from '../domain/field-errors';
import type { RiskRating } from '../risk/risk-score';
import type { DashboardFilters } from './dashboard-types';
import { shiftDate } from './day-number';
import { debtorGeoKey } from './risk-map';
import type { ReportDebtor } from './report-ledger';

/** The default period: the three months ending on `today`. */
export function defaultDashboardFilters(today: CalendarDate): DashboardFilters {
  return {
    from: shiftDate(addMonths(today, -3), 1),
    to: today,
    sector: null,
    departement: null,
    riskClass: null,
  };
}

/** French messages by field for a period that cannot be reported on. */
export function checkDashboardPeriod(
  filters: Pick<DashboardFilters, 'from' | 'to'>,
  today: CalendarDate,
): FieldErrors<'from' | 'to'> {
  const errors: FieldErrors<'from' | 'to'> = {};
  if (filters.to > today) {
    errors.to = 'La date de fin ne peut pas dépasser aujourd’hui : les chiffres seraient inventés.';
  }
  if (filters.from > filters.to) {
    errors.from = 'La date de début doit précéder la date de fin.';
  }
  return errors;
}

/** The ids of the debtors the filters keep (sector, département, class as of the period end). */
export function selectDebtors(
  debtors: readonly ReportDebtor[],
  ratings: ReadonlyMap<number, RiskRating>,
  filters: Pick<DashboardFilters, 'sector' | 'departement' | 'riskClass'>,
): Set<number> {
  const kept = new Set<number>();
  for (const debtor of debtors) {
    if (filters.sector !== null && (debtor.sector ?? '') !== filters.sector) continue;
    if (filters.departement !== null) {
      const geo = debtorGeoKey(debtor);
      const code = geo === 'hors_idf' ? 'hors_idf' : debtor.departement;
      if (code !== filters.departement) continue;
    }
    if (filters.riskClass !== null && ratings.get(debtor.id)?.riskClass !== filters.riskClass) {
      continue;
    }
    kept.add(debtor.id);
  }
  return kept;
}
