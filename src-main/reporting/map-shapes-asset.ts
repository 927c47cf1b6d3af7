import departementsFile from '../../assets/geo/idf-departements.json' with { type: 'json' };
import parisFile from '../../assets/geo/paris-arrondissements-schema.json' with { type: 'json' };
import { mapShapesFromAssets, type MapShapes } from '../../src-shared/reporting/map-shapes';

let shapes: MapShapes | null = null;

/** The shapes of the map shipped in assets/geo, read and checked once. */
export function shippedMapShapes(): MapShapes {
  shapes ??= mapShapesFromAssets(departementsFile, parisFile);
  return shapes;
}
