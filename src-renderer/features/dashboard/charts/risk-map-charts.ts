import { SIZE_KEYS, SIZE_KEY_LABELS } from '../../../../src-shared/reporting/risk-map';
import type { RiskMapReport } from '../../../../src-shared/reporting/risk-map-report';
import { monthLabel, percentLabel } from './chart-format';
import { euroBarOptions, type ChartSpec } from './chart-spec';

/** Open and overdue amounts by size class. */
export function sizeChart(report: RiskMapReport): ChartSpec {
  const options = euroBarOptions(false, 'Encours par taille');
  options.plugins!.legend = { display: true, position: 'bottom' };
  return {
    type: 'bar',
    data: {
      labels: SIZE_KEYS.map((key) => SIZE_KEY_LABELS[key]),
      datasets: [
        {
          label: 'Encours',
          data: SIZE_KEYS.map((key) => report.map.bySize[key].openCents),
          backgroundColor: '#4e79a7',
        },
        {
          label: 'Dont échu',
          data: SIZE_KEYS.map((key) => report.map.bySize[key].overdueCents),
          backgroundColor: '#e15759',
        },
      ],
    },
    options,
    selectorAt: (_dataset, index) => {
      const size = SIZE_KEYS[index];
      return size ? { kind: 'size', size } : null;
    },
  };
}

/** Amounts falling due each month, and the part paid late or still unpaid. */
export function seasonalityChart(report: RiskMapReport): ChartSpec {
  const months = report.seasonality;
  const options = euroBarOptions(false, 'Retards par mois d’échéance');
  options.plugins!.legend = { display: true, position: 'bottom' };
  options.plugins!.tooltip!.callbacks!.afterBody = (items) => {
    const row = months[items[0]?.dataIndex ?? -1];
    return row ? `Taux de retard : ${percentLabel(row.lateRate)}` : '';
  };
  return {
    type: 'bar',
    data: {
      labels: months.map((row) => monthLabel(row.month)),
      datasets: [
        {
          label: 'Échu dans le mois',
          data: months.map((row) => row.dueCents),
          backgroundColor: '#bab0ac',
        },
        {
          label: 'Payé en retard ou impayé',
          data: months.map((row) => row.lateCents),
          backgroundColor: '#e15759',
        },
      ],
    },
    options,
    // The grey bar (dataset 0) opens everything due that month, the red one the late part.
    selectorAt: (dataset, index) => {
      const row = months[index];
      return row
        ? { kind: 'dueMonth', month: row.month, part: dataset === 0 ? 'due' : 'late' }
        : null;
    },
  };
}
