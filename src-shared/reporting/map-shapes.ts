import { ILE_DE_FRANCE_DEPARTEMENTS } from '../validators/postal-code';

/** One area of a map: an SVG path and where its label sits. */
export interface MapArea {
  /** The département code (`93`), or the arrondissement's number (`11`). */
  key: string;
  name: string;
  path: string;
  label: [number, number];
  /** Width and height of the area's bounding box, to tell whether its amount fits on it. */
  size: [number, number];
}

/** One drawing of the map, with where its shapes come from and under which licence. */
export interface MapLayer {
  viewBox: string;
  areas: MapArea[];
  source: string;
  licence: string;
  /** True for a drawing that is no map (neither borders nor surfaces are true). */
  schematic: boolean;
}

/** Île-de-France by département and Paris by arrondissement, as shipped in assets/geo. */
export interface MapShapes {
  departements: MapLayer;
  paris: MapLayer;
}

function fail(where: string): never {
  throw new Error(
    `Le fond de carte livré avec l'application est illisible (${where}) : ` +
      "réinstallez l'application.",
  );
}

function text(value: unknown, where: string): string {
  if (typeof value !== 'string' || value === '') fail(where);
  return value;
}

// One or more closed rings of absolute points: `M x y L x y … Z`.
const RING_PATH = /^M [\d. L-]+ Z( M [\d. L-]+ Z)*$/;

function boxSize(path: string): [number, number] {
  const numbers = (path.match(/-?[\d.]+/g) ?? []).map(Number);
  const xs = numbers.filter((_, index) => index % 2 === 0);
  const ys = numbers.filter((_, index) => index % 2 === 1);
  return [Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)];
}

function layer(
  json: unknown,
  where: string,
  keyOf: (area: Record<string, unknown>, at: string) => { key: string; name: string },
  expected: readonly string[],
): MapLayer {
  if (typeof json !== 'object' || json === null) fail(where);
  const file = json as Record<string, unknown>;
  if (!Array.isArray(file.areas)) fail(`${where}.areas`);
  const areas = file.areas.map((raw: unknown, index): MapArea => {
    const at = `${where}.areas[${index}]`;
    if (typeof raw !== 'object' || raw === null) fail(at);
    const area = raw as Record<string, unknown>;
    const label = area.label;
    if (
      !Array.isArray(label) ||
      label.length !== 2 ||
      !label.every((coordinate) => typeof coordinate === 'number')
    ) {
      fail(`${at}.label`);
    }
    const path = text(area.path, `${at}.path`);
    if (!RING_PATH.test(path)) fail(`${at}.path`);
    return {
      ...keyOf(area, at),
      path,
      label: [label[0] as number, label[1] as number],
      size: boxSize(path),
    };
  });
  const keys = areas.map((area) => area.key);
  // Every area the reports count must be drawn, once: a missing one would hide debtors.
  if (keys.length !== expected.length || !expected.every((key) => keys.includes(key))) {
    fail(`${where} : ${expected.filter((key) => !keys.includes(key)).join(', ') || 'doublon'}`);
  }
  return {
    viewBox: text(file.viewBox, `${where}.viewBox`),
    areas,
    source: text(file.source, `${where}.source`),
    licence: text(file.licence, `${where}.licence`),
    schematic: file.schematic === true,
  };
}

const DEPARTEMENT_CODES = ILE_DE_FRANCE_DEPARTEMENTS.map((departement) => departement.code);
const ARRONDISSEMENTS = Array.from({ length: 20 }, (_, index) => String(index + 1));

/**
 * Reads the shipped shapes (`assets/geo/idf-departements.json` and
 * `assets/geo/paris-arrondissements-schema.json`), refusing a damaged or incomplete file
 * with a French message.
 */
export function mapShapesFromAssets(departements: unknown, paris: unknown): MapShapes {
  return {
    departements: layer(
      departements,
      'departements',
      (area, at) => ({ key: text(area.code, `${at}.code`), name: text(area.name, `${at}.name`) }),
      DEPARTEMENT_CODES,
    ),
    paris: layer(
      paris,
      'paris',
      (area, at) => {
        const number = area.arrondissement;
        if (typeof number !== 'number' || !Number.isInteger(number)) fail(`${at}.arrondissement`);
        return { key: String(number), name: String(number) };
      },
      ARRONDISSEMENTS,
    ),
  };
}
