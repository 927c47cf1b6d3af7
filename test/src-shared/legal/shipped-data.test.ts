import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { courtRowsFromAsset } from '../../../src-shared/legal/court-rows';
import { ILE_DE_FRANCE_DEPARTEMENTS } from '../../../src-shared/validators/postal-code';
import { rateTablesFromAssets } from '../../../src-shared/legal/rate-assets';
import { b2bRateForHalfYear, legalRateForHalfYear } from '../../../src-shared/legal/rate-tables';
import { readAsset, shippedCourts, shippedRateTables } from './shipped-assets';

// The project's reference notes sit beside the repository, in ../shared/reference.
const REFERENCE = new URL('../../../../shared/reference/', import.meta.url).pathname;
const tables = shippedRateTables();

function readCsv(path: string): string[][] {
  return readFileSync(`${REFERENCE}${path}`, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','));
}

// 4.50 → 450 without a float ever holding the rate.
function toBasisPoints(percent: string): number {
  const [units = '0', hundredths = '0'] = percent.split('.');
  return Number(units) * 100 + Number(hundredths.padEnd(2, '0'));
}

describe('the shipped rate files', () => {
  it('hold every half-year from 2008 to the first half of 2026, and nothing after', () => {
    const starts = tables.legalRates.map((row) => row.start);

    expect(starts[0]).toBe('2008-01-01');
    expect(starts[starts.length - 1]).toBe('2026-01-01');
    expect(starts).toHaveLength((2026 - 2008) * 2 + 1);
  });

  it('refuse a damaged file with a French message naming it and the line', () => {
    const legal = readAsset('taux-interet-legal.json') as { rows: Record<string, unknown>[] };
    const damaged = {
      ...legal,
      rows: legal.rows.map((row, i) => (i === 2 ? { ...row, autresCasBp: 0.76 } : row)),
    };

    const result = rateTablesFromAssets(damaged, readAsset('ecb-mro-rates.json'));

    expect(!result.ok && result.message).toContain('taux-interet-legal.json');
    expect(!result.ok && result.message).toContain('ligne 3, champ autresCasBp');
  });
});

// The reference folder is not part of the repository: without it these cross-checks are skipped.
describe.skipIf(!existsSync(REFERENCE))(
  'the shipped rates against ../shared/reference (skipped when absent)',
  () => {
    it('give the derived B2B rate and 3 × taux légal floor of every half-year from 2013', () => {
      const rows = readCsv('rates/b2b_rate_by_semester.csv').filter(
        (row) => row[2] !== 'UNVERIFIED',
      );

      for (const [, start = '', , b2b = '', , floor = ''] of rows) {
        const rate = b2bRateForHalfYear(tables, start);
        const legal = legalRateForHalfYear(tables, start, 'autresCas');

        expect(rate.ok && rate.value.rateBp, start).toBe(toBasisPoints(b2b));
        expect(legal.ok && legal.value.rateBp * 3, start).toBe(toBasisPoints(floor));
      }
      expect(rows).toHaveLength(27);
    });

    it('carry every sourced ECB change and no unverified 2026 one', () => {
      const rows = readCsv('rates/ecb_mro_rates.csv').filter(
        (row) => !row[1]?.includes('UNVERIFIED'),
      );

      expect(tables.ecbRates.map((row) => [row.effective, row.rateBp])).toEqual(
        rows.map(([date = '', rate = '']) => [date, toBasisPoints(rate)]),
      );
    });
  },
);

describe('the shipped court file', () => {
  const courts = shippedCourts();

  it('has a TJ and a commercial court for each of the eight Île-de-France départements', () => {
    for (const { code } of ILE_DE_FRANCE_DEPARTEMENTS) {
      const here = courts.filter((court) => court.departement === code);

      expect(
        here.some((court) => court.kind === 'tj'),
        code,
      ).toBe(true);
      expect(
        here.some((court) => court.kind !== 'tj'),
        code,
      ).toBe(true);
    }
    expect(courts).toHaveLength(19);
  });

  it('links each commercial court to TJ codes that exist', () => {
    const judicialCodes = courts.filter((court) => court.kind === 'tj').map((court) => court.code);

    for (const court of courts.filter((row) => row.kind !== 'tj')) {
      expect(court.judicialCourtCodes.length, court.name).toBeGreaterThan(0);
      expect(judicialCodes, court.name).toEqual(expect.arrayContaining(court.judicialCourtCodes));
    }
  });

  it('gives an address only where a source verified it: TJ Paris and TAE Paris', () => {
    const withAddress = courts.filter((court) => court.address !== null).map((court) => court.code);

    expect(withAddress).toEqual(['tj75056', '7501']);
    expect(courts.every((court) => (court.address !== null) === court.addressVerified)).toBe(true);
  });

  it('refuses a row whose kind is unknown, in French', () => {
    const file = readAsset('idf-courts.json') as { rows: Record<string, unknown>[] };

    const result = courtRowsFromAsset({ ...file, rows: [{ ...file.rows[0], kind: 'tgi' }] });

    expect(!result.ok && result.message).toContain('ligne 1, champ kind');
  });
});
