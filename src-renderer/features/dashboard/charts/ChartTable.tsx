import { formatEuros } from '../../../../src-shared/money/format-amount';
import type { DrillSelector } from '../../../../src-shared/reporting/drill-down';
import type { ChartSpec } from './chart-spec';

interface ChartTableProps {
  spec: ChartSpec;
  onSelect: (selector: DrillSelector, label: string) => void;
}

/** The chart's figures as a table, each row opening its debtors: for keyboards and print. */
export function ChartTable({ spec, onSelect }: ChartTableProps) {
  const labels = spec.data.labels ?? [];
  return (
    <table className="table chart-table">
      <thead>
        <tr>
          <th scope="col" />
          {spec.data.datasets.map((dataset) => (
            <th key={dataset.label} scope="col" className="numeric">
              {dataset.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {labels.map((label, index) => {
          const selector = spec.selectorAt(0, index);
          return (
            <tr key={label}>
              <th scope="row">
                {selector ? (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => onSelect(selector, label)}
                  >
                    {label}
                  </button>
                ) : (
                  label
                )}
              </th>
              {spec.data.datasets.map((dataset, datasetIndex) => {
                const amount = formatEuros(dataset.data[index] ?? 0);
                const own = datasetIndex === 0 ? null : spec.selectorAt(datasetIndex, index);
                // A series whose bars open other debtors than the row's (the late part of a
                // month) gets its own link.
                const distinct = own && JSON.stringify(own) !== JSON.stringify(selector);
                return (
                  <td key={dataset.label} className="numeric">
                    {distinct ? (
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => onSelect(own, `${label} · ${dataset.label ?? ''}`)}
                      >
                        {amount}
                      </button>
                    ) : (
                      amount
                    )}
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
