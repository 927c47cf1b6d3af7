import { useState } from 'react';
import type { MapArea } from '../../../src-shared/reporting/map-shapes';
import type { DrillSelector } from '../../../src-shared/reporting/drill-down';
import { arrondissementLabel } from '../../../src-shared/reporting/paris-arrondissement';
import type { Exposure, GeoKey, RiskMap } from '../../../src-shared/reporting/risk-map';
import { useCall } from '../../api/use-call';
import { Money } from '../../components/Money';
import { axisEuros } from '../dashboard/charts/chart-format';
import { heatColour, inkOn } from './heat-colour';

type Measure = 'openCents' | 'overdueCents';

interface IdfMapProps {
  map: RiskMap;
  onSelect: (selector: DrillSelector, label: string) => void;
}

interface AreaProps {
  area: MapArea;
  /** The short text drawn on the area: `93`, `11e`. */
  code: string;
  title: string;
  exposure: Exposure;
  measure: Measure;
  max: number;
  onOpen: () => void;
}

function Area({ area, code, title, exposure, measure, max, onOpen }: AreaProps) {
  const value = exposure[measure];
  return (
    <g
      className="map__area"
      role="button"
      tabIndex={0}
      aria-label={`${title} : ${axisEuros(value)}, ${exposure.debtors} débiteur(s)`}
      onClick={onOpen}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          onOpen();
        }
      }}
    >
      <title>{title}</title>
      <path d={area.path} fill={heatColour(value, max)} stroke="#ffffff" strokeWidth={1.5} />
      <text x={area.label[0]} y={area.label[1]} textAnchor="middle" fill={inkOn(value, max)}>
        <tspan x={area.label[0]} dy="-0.2em" className="map__code">
          {code}
        </tspan>
        <tspan x={area.label[0]} dy="1.1em" className="map__amount">
          {value > 0 ? axisEuros(value) : ''}
        </tspan>
      </text>
    </g>
  );
}

/** Île-de-France by département and Paris by arrondissement, on a schematic drawing. */
export function IdfMap({ map, onSelect }: IdfMapProps) {
  const shapes = useCall('reporting:mapShapes', {});
  const [measure, setMeasure] = useState<Measure>('openCents');
  if (!shapes.data) return <p className="loading">Chargement du schéma…</p>;
  const { departements, paris } = shapes.data;
  const max = Math.max(0, ...Object.values(map.byDepartement).map((exposure) => exposure[measure]));
  const parisMax = Math.max(
    0,
    ...Object.values(map.byArrondissement).map((exposure) => exposure[measure]),
  );
  const outside = (key: GeoKey, label: string) => (
    <button
      type="button"
      className="link-button"
      onClick={() => onSelect({ kind: 'geo', geo: key }, label)}
    >
      {label} : <Money cents={map.byDepartement[key][measure]} /> ({map.byDepartement[key].debtors})
    </button>
  );

  return (
    <div className="map">
      <label className="map__measure no-print">
        Colorer selon{' '}
        <select value={measure} onChange={(event) => setMeasure(event.target.value as Measure)}>
          <option value="openCents">l’encours</option>
          <option value="overdueCents">l’échu</option>
        </select>
      </label>
      <div className="map__drawings">
        <svg
          viewBox={departements.viewBox}
          className="map__svg"
          aria-label="Départements d’Île-de-France"
        >
          {departements.areas.map((area) => (
            <Area
              key={area.key}
              area={area}
              code={area.key}
              title={`${area.key} ${area.name}`}
              exposure={map.byDepartement[area.key as GeoKey]}
              measure={measure}
              max={max}
              onOpen={() =>
                onSelect({ kind: 'geo', geo: area.key as GeoKey }, `${area.key} ${area.name}`)
              }
            />
          ))}
        </svg>
        <svg
          viewBox={paris.viewBox}
          className="map__svg map__svg--paris"
          aria-label="Paris par arrondissement"
        >
          {paris.areas.map((area) => {
            const number = Number(area.key);
            const title = `Paris ${arrondissementLabel(number)}`;
            return (
              <Area
                key={area.key}
                area={area}
                code={arrondissementLabel(number)}
                title={title}
                exposure={map.byArrondissement[number]!}
                measure={measure}
                max={parisMax}
                onOpen={() => onSelect({ kind: 'arrondissement', number }, title)}
              />
            );
          })}
        </svg>
      </div>
      <p className="figure__extra">
        {outside('hors_idf', 'Hors Île-de-France')}
        {map.byArrondissement[0]!.debtors > 0 ? (
          <button
            type="button"
            className="link-button"
            onClick={() =>
              onSelect({ kind: 'arrondissement', number: 0 }, 'Paris sans arrondissement')
            }
          >
            Paris sans arrondissement (CEDEX) : <Money cents={map.byArrondissement[0]![measure]} />
          </button>
        ) : null}
      </p>
      <p className="figure__note map__source">
        {shapes.data.source} {shapes.data.licence}
      </p>
    </div>
  );
}
