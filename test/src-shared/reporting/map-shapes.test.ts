import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mapShapesFromAsset } from '../../../src-shared/reporting/map-shapes';

const shipped = JSON.parse(
  readFileSync(new URL('../../../assets/geo/idf-schematic-map.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

describe('mapShapesFromAsset', () => {
  it('reads the eight départements and the twenty arrondissements of the shipped schema', () => {
    const shapes = mapShapesFromAsset(shipped);

    expect(shapes.departements.areas.map((area) => area.key)).toEqual([
      '75',
      '77',
      '78',
      '91',
      '92',
      '93',
      '94',
      '95',
    ]);
    expect(shapes.departements.areas.find((area) => area.key === '93')?.name).toBe(
      'Seine-Saint-Denis',
    );
    expect(shapes.paris.areas.map((area) => Number(area.key))).toEqual(
      Array.from({ length: 20 }, (_, index) => index + 1),
    );
  });

  it('ships its provenance and says it is a schematic, not a map', () => {
    const shapes = mapShapesFromAsset(shipped);

    expect(shapes.source).toContain('Schéma simplifié, non cartographique');
    expect(shapes.licence).toContain("Aucune géométrie de l'IGN");
  });

  it('refuses a damaged file with a French message', () => {
    const damaged = { ...shipped, paris: { viewBox: '0 0 1 1', areas: [{ arrondissement: 1 }] } };

    expect(() => mapShapesFromAsset(damaged)).toThrow(/schéma de carte .* illisible \(paris/);
  });
});
