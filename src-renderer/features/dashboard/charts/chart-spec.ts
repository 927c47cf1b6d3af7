import type { ChartData, ChartOptions, ChartType } from 'chart.js';
import type { DrillSelector } from '../../../../src-shared/reporting/drill-down';
import { axisEuros, tooltipEuros } from './chart-format';

/** What a chart component is given: its data, its options, and what a click on a bar means. */
export interface ChartSpec<T extends ChartType = 'bar'> {
  type: T;
  data: ChartData<T, number[], string>;
  options: ChartOptions<T>;
  /** The debtors behind the bar (or segment) of a dataset at an index; null when none. */
  selectorAt(datasetIndex: number, index: number): DrillSelector | null;
}

/** Bar chart options shared by the dashboard: French amounts, no animation, a legend below. */
export function euroBarOptions(stacked: boolean, title: string): ChartOptions<'bar'> {
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    locale: 'fr-FR',
    interaction: stacked
      ? { mode: 'nearest', intersect: true }
      : { mode: 'index', intersect: false },
    plugins: {
      title: { display: false, text: title },
      legend: { display: stacked, position: 'bottom' },
      tooltip: {
        callbacks: {
          label: (item) => tooltipEuros(item.dataset.label ?? '', Number(item.raw)),
        },
      },
    },
    scales: {
      x: { stacked },
      y: { stacked, beginAtZero: true, ticks: { callback: (value) => axisEuros(Number(value)) } },
    },
  };
}
