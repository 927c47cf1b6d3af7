import { useState } from 'react';
import type { DrillSelector } from '../../../src-shared/reporting/drill-down';
import type { MapLayer } from '../../../src-shared/reporting/map-shapes';
import { arrondissementLabel } from '../../../src-shared/reporting/paris-arrondissement';
import type { Exposure, GeoKey, RiskMap } from '../../../src-shared/reporting/risk-map';
import { useCall } from '../../api/use-call';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Money } from '../../components/Money';
import { ChartCard } from '../dashboard/ChartCard';
import { IdfMap, MapOutside, type MapMeasure } from './IdfMap';

interface MapCardProps {
  map: RiskMap;
  onSelect: (selector: DrillSelector, label: string) => void;
  onExport: (figure: string) => void;
}

interface Row {
  key: string;
  label: string;
  exposure: Exposure;
  selector: DrillSelector;
}

// Every area of both drawings as rows, for keyboards, print and the small départements whose
// amount does not fit on the map.
function rowsOf(map: RiskMap, departements: MapLayer): Row[] {
  return [
    ...departements.areas.map((area) => ({
      key: area.key,
      label: `${area.key} ${area.name}`,
      exposure: map.byDepartement[area.key as GeoKey],
      selector: { kind: 'geo', geo: area.key as GeoKey } as const,
    })),
    ...Array.from({ length: 20 }, (_, index) => ({
      key: `paris-${index + 1}`,
      label: `Paris ${arrondissementLabel(index + 1)}`,
      exposure: map.byArrondissement[index + 1]!,
      selector: { kind: 'arrondissement', number: index + 1 } as const,
    })),
  ];
}

function AreaTable({ rows, onSelect }: { rows: Row[]; onSelect: MapCardProps['onSelect'] }) {
  return (
    <table className="table chart-table" aria-label="Encours par département et arrondissement">
      <thead>
        <tr>
          <th scope="col" />
          <th scope="col" className="numeric">
            Encours
          </th>
          <th scope="col" className="numeric">
            Échu
          </th>
          <th scope="col" className="numeric">
            Débiteurs
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">
              <button
                type="button"
                className="link-button"
                onClick={() => onSelect(row.selector, row.label)}
              >
                {row.label}
              </button>
            </th>
            <td className="numeric">
              <Money cents={row.exposure.openCents} />
            </td>
            <td className="numeric">
              <Money cents={row.exposure.overdueCents} />
            </td>
            <td className="numeric">{row.exposure.debtors.toLocaleString('fr-FR')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The map card of the risk map: the drawings, what lies outside them, and their sources. */
export function MapCard({ map, onSelect, onExport }: MapCardProps) {
  const shapes = useCall('reporting:mapShapes', {});
  const [measure, setMeasure] = useState<MapMeasure>('openCents');
  const data = shapes.data;

  return (
    <ChartCard
      title="Île-de-France par département, Paris par arrondissement"
      figure="departements"
      onExport={onExport}
      wide
      table={data ? <AreaTable rows={rowsOf(map, data.departements)} onSelect={onSelect} /> : null}
    >
      <ErrorBanner message={shapes.error} />
      {data ? (
        <div className="map">
          <label className="map__measure no-print">
            Colorer selon{' '}
            <select
              value={measure}
              onChange={(event) => setMeasure(event.target.value as MapMeasure)}
            >
              <option value="openCents">l’encours</option>
              <option value="overdueCents">l’échu</option>
            </select>
          </label>
          <IdfMap
            map={map}
            departements={data.departements}
            paris={data.paris}
            measure={measure}
            onSelect={onSelect}
          />
          <MapOutside map={map} measure={measure} onSelect={onSelect} />
          <p className="figure__note map__source">
            {data.departements.source} {data.departements.licence}
          </p>
          <p className="figure__note map__source">
            {data.paris.source} {data.paris.licence}
          </p>
        </div>
      ) : (
        <p className="loading">Chargement de la carte…</p>
      )}
    </ChartCard>
  );
}
