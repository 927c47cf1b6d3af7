import { formatFrenchDate } from '../../../src-shared/dates/french-date';
import type { DashboardFilters } from '../../../src-shared/reporting/dashboard-types';
import { RISK_CLASS_LABELS } from '../../../src-shared/risk/risk-class';
import { departementName } from '../../../src-shared/validators/postal-code';

/** What the figures cover, in one line (also printed at the top of the PDF). */
export function PeriodLine({
  filters,
  debtorCount,
  owing = false,
}: {
  filters: DashboardFilters;
  debtorCount: number;
  /** Whether the count is of the debtors that owe something. */
  owing?: boolean;
}) {
  const parts = [
    `Soldes au ${formatFrenchDate(filters.to)}`,
    `période du ${formatFrenchDate(filters.from)} au ${formatFrenchDate(filters.to)}`,
    `${debtorCount.toLocaleString('fr-FR')} débiteur${debtorCount > 1 ? 's' : ''}` +
      (owing ? ' avec un encours' : ''),
  ];
  if (filters.sector !== null) parts.push(`secteur ${filters.sector || 'non renseigné'}`);
  if (filters.departement !== null) {
    parts.push(
      filters.departement === 'hors_idf'
        ? 'hors Île-de-France'
        : `${filters.departement} ${departementName(filters.departement) ?? ''}`.trim(),
    );
  }
  if (filters.riskClass !== null) parts.push(`classe ${RISK_CLASS_LABELS[filters.riskClass]}`);
  return (
    <p className="muted" data-testid="period-line">
      {parts.join(' · ')}
    </p>
  );
}
