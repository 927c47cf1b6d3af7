import type { DrillSelector } from '../../../src-shared/reporting/drill-down';
import { sectorLabel, type Exposure, type RiskMap } from '../../../src-shared/reporting/risk-map';
import { RISK_CLASSES, RISK_CLASS_LABELS } from '../../../src-shared/risk/risk-class';
import { Money } from '../../components/Money';
import { heatColour, inkOn } from './heat-colour';

interface RiskMatrixProps {
  map: RiskMap;
  onSelect: (selector: DrillSelector, label: string) => void;
}

function sectorTotal(map: RiskMap, sector: string): Exposure {
  const total: Exposure = { openCents: 0, overdueCents: 0, debtors: 0 };
  for (const riskClass of RISK_CLASSES) {
    const cell = map.byClassAndSector[riskClass][sector];
    if (!cell) continue;
    total.openCents += cell.openCents;
    total.overdueCents += cell.overdueCents;
    total.debtors += cell.debtors;
  }
  return total;
}

function Amounts({ exposure }: { exposure: Exposure }) {
  return (
    <>
      <Money cents={exposure.openCents} />
      <span className="matrix__sub">
        {exposure.debtors} déb. · échu <Money cents={exposure.overdueCents} />
      </span>
    </>
  );
}

/**
 * Open amounts by sector (rows, largest first) and risk class (columns), with totals both
 * ways; a cell opens its debtors. Sectors run down the page, so that twenty of them still
 * fit the width of the screen; the sector column stays in view if the table must scroll.
 */
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
            <th scope="col" className="matrix__sticky">
              Secteur
            </th>
            {RISK_CLASSES.map((riskClass) => (
              <th key={riskClass} scope="col" className="numeric">
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
            ))}
            <th scope="col" className="numeric">
              Total
            </th>
          </tr>
        </thead>
        <tbody>
          {map.sectors.map((sector) => (
            <tr key={sector}>
              <th scope="row" className="matrix__sticky matrix__sector">
                {sectorLabel(sector)}
              </th>
              {RISK_CLASSES.map((riskClass) => {
                const cell = map.byClassAndSector[riskClass][sector]!;
                const label = `Classe ${riskClass} · ${sectorLabel(sector)}`;
                return (
                  <td
                    key={riskClass}
                    className="numeric matrix__cell"
                    style={{
                      background: heatColour(cell.openCents, max),
                      color: inkOn(cell.openCents, max),
                    }}
                  >
                    {cell.debtors === 0 ? (
                      <span className="matrix__empty">—</span>
                    ) : (
                      <button
                        type="button"
                        className="matrix__button"
                        aria-label={label}
                        onClick={() => onSelect({ kind: 'riskCell', riskClass, sector }, label)}
                      >
                        <Amounts exposure={cell} />
                      </button>
                    )}
                  </td>
                );
              })}
              <td className="numeric matrix__total">
                <Amounts exposure={sectorTotal(map, sector)} />
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="table__total">
            <th scope="row" className="matrix__sticky">
              Total
            </th>
            {RISK_CLASSES.map((riskClass) => (
              <td key={riskClass} className="numeric matrix__total">
                <Amounts exposure={map.byClass[riskClass]} />
              </td>
            ))}
            <td className="numeric matrix__total">
              <Amounts exposure={map.total} />
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
