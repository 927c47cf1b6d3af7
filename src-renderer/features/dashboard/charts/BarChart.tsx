import type { ActiveElement, ChartEvent, ChartOptions } from 'chart.js';
import { useMemo } from 'react';
import { Bar } from 'react-chartjs-2';
import type { DrillSelector } from '../../../../src-shared/reporting/drill-down';
import type { ChartSpec } from './chart-spec';
import './chart-setup';

interface BarChartProps {
  spec: ChartSpec;
  /** What the chart shows, for screen readers. */
  label: string;
  onSelect: (selector: DrillSelector, label: string) => void;
}

/** A bar chart whose bars open the list of the debtors behind them. */
export function BarChart({ spec, label, onSelect }: BarChartProps) {
  const options = useMemo<ChartOptions<'bar'>>(
    () => ({
      ...spec.options,
      onClick: (_event: ChartEvent, elements: ActiveElement[]) => {
        const element = elements[0];
        if (!element) return;
        const selector = spec.selectorAt(element.datasetIndex, element.index);
        const column = spec.data.labels?.[element.index] ?? '';
        const series = spec.data.datasets[element.datasetIndex]?.label ?? '';
        if (selector)
          onSelect(selector, spec.data.datasets.length > 1 ? `${column} · ${series}` : column);
      },
      onHover: (event: ChartEvent, elements: ActiveElement[]) => {
        const canvas = event.native?.target as HTMLCanvasElement | undefined;
        if (canvas) canvas.style.cursor = elements.length > 0 ? 'pointer' : 'default';
      },
    }),
    [spec, onSelect],
  );
  return (
    <div className="chart">
      <Bar data={spec.data} options={options} aria-label={label} role="img" />
    </div>
  );
}
