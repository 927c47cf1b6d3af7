import mapFile from '../../assets/geo/idf-schematic-map.json' with { type: 'json' };
import { mapShapesFromAsset, type MapShapes } from '../../src-shared/reporting/map-shapes';

let shapes: MapShapes | null = null;

/** The schematic map shipped in assets/geo, read and checked once. */
export function shippedMapShapes(): MapShapes {
  shapes ??= mapShapesFromAsset(mapFile);
  return shapes;
}
