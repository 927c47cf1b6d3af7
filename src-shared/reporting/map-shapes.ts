/** One area of the schematic map: an SVG path and where its label sits. */
export interface MapArea {
  key: string;
  name: string;
  path: string;
  label: [number, number];
}

/** The schematic map of Île-de-France and of Paris, with its provenance. */
export interface MapShapes {
  source: string;
  licence: string;
  departements: { viewBox: string; areas: MapArea[] };
  paris: { viewBox: string; areas: MapArea[] };
}

function fail(where: string): never {
  throw new Error(
    `Le schéma de carte livré avec l'application est illisible (${where}) : réinstallez l'application.`,
  );
}

function text(value: unknown, where: string): string {
  if (typeof value !== 'string' || value === '') fail(where);
  return value;
}

function areas(value: unknown, where: string, key: (area: Record<string, unknown>) => string) {
  if (!Array.isArray(value) || value.length === 0) fail(where);
  return value.map((raw: unknown, index): MapArea => {
    if (typeof raw !== 'object' || raw === null) fail(`${where}[${index}]`);
    const area = raw as Record<string, unknown>;
    const label = area.label;
    if (
      !Array.isArray(label) ||
      label.length !== 2 ||
      !label.every((coordinate) => typeof coordinate === 'number')
    ) {
      fail(`${where}[${index}].label`);
    }
    const path = text(area.path, `${where}[${index}].path`);
    if (!/^M [\d. L-]+ Z$/.test(path)) fail(`${where}[${index}].path`);
    const name = key(area);
    return { key: name, name: name, path, label: [label[0] as number, label[1] as number] };
  });
}

/** Reads `assets/geo/idf-schematic-map.json`, refusing a damaged file with a French message. */
export function mapShapesFromAsset(json: unknown): MapShapes {
  if (typeof json !== 'object' || json === null) fail('fichier');
  const file = json as Record<string, Record<string, unknown>>;
  const departements = file.departements ?? fail('departements');
  const paris = file.paris ?? fail('paris');
  return {
    source: text(file.source, 'source'),
    licence: text(file.licence, 'licence'),
    departements: {
      viewBox: text(departements.viewBox, 'departements.viewBox'),
      areas: areas(departements.areas, 'departements.areas', (area) =>
        text(area.code, 'departements.areas.code'),
      ).map((area, index) => ({
        ...area,
        name: text(
          (departements.areas as Record<string, unknown>[])[index]!.name,
          'departements.areas.name',
        ),
      })),
    },
    paris: {
      viewBox: text(paris.viewBox, 'paris.viewBox'),
      areas: areas(paris.areas, 'paris.areas', (area) => {
        const number = area.arrondissement;
        if (typeof number !== 'number' || number < 1 || number > 20) fail('paris.areas');
        return String(number);
      }),
    },
  };
}
