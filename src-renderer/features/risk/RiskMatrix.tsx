import type { DrillSelector } from '../../../src-shared/reporting/drill-down';
import { sectorLabel, type RiskMap } from '../../../src-shared/reporting/risk-map';
import { RISK_CLASSES, RISK_CLASS_LABELS } from '../../../src-shared/risk/risk-class';
import { Money } from '../../components/Money';
import { heatColour, inkOn } from './heat-colour';

interface RiskMatrixProps {
  map: RiskMap;
  onSelect: (selector: DrillSelector, label: string) => void;
}

/** Open amounts by risk class (rows) and sector (columns); a cell opens its debtors. */
export function RiskMatrix({ map, onSelect }: RiskMatrixProps) {
  const max = Math.max(
    0,
    ...RISK_CLASSES.flatMap((riskClass) =>
      map.sectors.map((sector) => map.byClassAndSector[riskClass][sector]?.openCents ?? 0),
    ),
  );
  if (map.total.debtors === 0) {
    return <p className="empty">Aucun encours pour ces filtres.</p>;
  }
  return (
    <div className="table-scroll">
      <table className="table matrix" aria-label="Encours par classe de risque et secteur">
        <thead>
          <tr>
            <th scope="col">Classe</th>
            {map.sectors.map((sector) => (
              <th key={sector} scope="col" className="numeric">
                {sectorLabel(sector)}
              </th>
            ))}
            <th scope="col" className="numeric">
              Total
            </th>
          </tr>
        </thead>
        <tbody>
          {RISK_CLASSES.map((riskClass) => (
            <tr key={riskClass}>
              <th scope="row">
                <button
                  type="button"
                  className="link-button"
                  onClick={() =>
                    onSelect({ kind: 'riskClass', riskClass }, RISK_CLASS_LABELS[riskClass])
                  }
                >
                  <span className={`risk-badge risk-badge--${riskClass}`}>{riskClass}</span>{' '}
                  {RISK_CLASS_LABELS[riskClass].slice(4)}
                </button>
              </th>
              {map.sectors.map((sector) => {
                const cell = map.byClassAndSector[riskClass][sector]!;
                const label = `Classe ${riskClass} · ${sectorLabel(sector)}`;
                return (
                  <td
                    key={sector}
                    className="numeric matrix__cell"
                    style={{
                      background: heatColour(cell.openCents, max),
                      color: inkOn(cell.openCents, max),
                    }}
                  >
                    {cell.debtors === 0 ? (
                      '—'
                    ) : (
                      <button
                        type="button"
                        className="matrix__button"
                        aria-label={label}
                        onClick={() => onSelect({ kind: 'riskCell', riskClass, sector }, label)}
                      >
                        <Money cents={cell.openCents} />
                        <span className="matrix__sub">
                          {cell.debtors} déb. · échu <Money cents={cell.overdueCents} />
                        </span>
                      </button>
                    )}
                  </td>
                );
              })}
              <td className="numeric">
                <Money cents={map.byClass[riskClass].openCents} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
