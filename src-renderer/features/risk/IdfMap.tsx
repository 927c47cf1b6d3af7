import type { DrillSelector } from '../../../src-shared/reporting/drill-down';
import type { MapArea, MapLayer } from '../../../src-shared/reporting/map-shapes';
import { arrondissementLabel } from '../../../src-shared/reporting/paris-arrondissement';
import type { Exposure, GeoKey, RiskMap } from '../../../src-shared/reporting/risk-map';
import { Money } from '../../components/Money';
import { axisEuros } from '../dashboard/charts/chart-format';
import { heatColour, inkOn } from './heat-colour';

/** Which amount colours the map. */
export type MapMeasure = 'openCents' | 'overdueCents';

interface IdfMapProps {
  map: RiskMap;
  departements: MapLayer;
  paris: MapLayer;
  measure: MapMeasure;
  onSelect: (selector: DrillSelector, label: string) => void;
}

interface AreaProps {
  area: MapArea;
  /** The short text drawn on the area: `93`, `11e`. */
  code: string;
  title: string;
  exposure: Exposure;
  measure: MapMeasure;
  max: number;
  /** Areas narrower than this (in the drawing's units) show their code only. */
  amountFrom: number;
  onOpen: () => void;
}

function Area({ area, code, title, exposure, measure, max, amountFrom, onOpen }: AreaProps) {
  const value = exposure[measure];
  const withAmount = value > 0 && area.size[0] >= amountFrom;
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
      <title>{`${title} : ${axisEuros(value)}, ${exposure.debtors} débiteur(s)`}</title>
      <path d={area.path} fill={heatColour(value, max)} />
      <text x={area.label[0]} y={area.label[1]} textAnchor="middle" fill={inkOn(value, max)}>
        <tspan x={area.label[0]} dy={withAmount ? '-0.2em' : '0.35em'} className="map__code">
          {code}
        </tspan>
        {withAmount ? (
          <tspan x={area.label[0]} dy="1.1em" className="map__amount">
            {axisEuros(value)}
          </tspan>
        ) : null}
      </text>
    </g>
  );
}

/**
 * Île-de-France by département (real borders) and, beside it, Paris by arrondissement on a
 * schematic drawing; every area opens the debtors behind it.
 */
export function IdfMap({ map, departements, paris, measure, onSelect }: IdfMapProps) {
  const max = Math.max(
    0,
    ...departements.areas.map((area) => map.byDepartement[area.key as GeoKey][measure]),
  );
  const parisMax = Math.max(
    0,
    ...Object.values(map.byArrondissement).map((exposure) => exposure[measure]),
  );

  return (
    <div className="map__drawings">
      <figure className="map__panel">
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
              amountFrom={100}
              onOpen={() =>
                onSelect({ kind: 'geo', geo: area.key as GeoKey }, `${area.key} ${area.name}`)
              }
            />
          ))}
        </svg>
        <figcaption className="figure__note">
          Petite couronne : montant au survol ou dans « Voir les données ».
        </figcaption>
      </figure>
      <figure className="map__panel">
        <svg
          viewBox={paris.viewBox}
          className="map__svg map__svg--paris"
          aria-label="Paris par arrondissement (schéma)"
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
                amountFrom={0}
                onOpen={() => onSelect({ kind: 'arrondissement', number }, title)}
              />
            );
          })}
        </svg>
        <figcaption className="figure__note">
          {paris.schematic ? 'Paris par arrondissement : schéma, pas un plan.' : 'Paris'}
        </figcaption>
      </figure>
    </div>
  );
}

/** Outside the drawings: the rest of France and Paris addresses with no arrondissement. */
export function MapOutside({
  map,
  measure,
  onSelect,
}: Pick<IdfMapProps, 'map' | 'measure' | 'onSelect'>) {
  const cedex = map.byArrondissement[0]!;
  return (
    <p className="figure__extra">
      <button
        type="button"
        className="link-button"
        onClick={() => onSelect({ kind: 'geo', geo: 'hors_idf' }, 'Hors Île-de-France')}
      >
        Hors Île-de-France : <Money cents={map.byDepartement.hors_idf[measure]} /> (
        {map.byDepartement.hors_idf.debtors})
      </button>
      {cedex.debtors > 0 ? (
        <button
          type="button"
          className="link-button"
          onClick={() =>
            onSelect({ kind: 'arrondissement', number: 0 }, 'Paris sans arrondissement')
          }
        >
          Paris sans arrondissement (CEDEX) : <Money cents={cedex[measure]} />
        </button>
      ) : null}
    </p>
  );
}
