import { describe, expect, it } from 'vitest';
import { readFecReceivables } from '../../../../src-main/import/fec/read-fec-receivables';
import {
  PIPE_FILE,
  TAB_FILE,
  naiveBalances,
  named,
  referencePresent as present,
} from './reference-fec-files';

describe('readFecReceivables on the real reference files', () => {
  it.skipIf(!present)(
    named('finds the 17 customers of the tab-separated 2022 file, each with its 411 balance'),
    async () => {
      const { customers } = await readFecReceivables(TAB_FILE);
      const expected = naiveBalances(TAB_FILE, '\t');

      expect(customers).toHaveLength(17);
      expect(new Map(customers.map((c) => [c.key, c.balanceCents]))).toEqual(expected);
      expect(customers.find((c) => c.key === 'CPRO00')).toMatchObject({
        name: 'PROSOL GESTION',
        balanceCents: 2_712_329,
        openBalanceCents: 2_712_329,
      });
    },
  );

  it.skipIf(!present)(
    named('reads the 2022 file with its BOM, its interleaved entries and no line error'),
    async () => {
      const { preview } = await readFecReceivables(TAB_FILE);

      expect(preview).toMatchObject({
        encoding: 'utf-8',
        separator: 'tab',
        period: { from: '2021-09-01', to: '2022-08-31' },
        company: { siren: null, closingDate: '2022-08-31' },
        lineCount: 5_422,
        errorCount: 0,
      });
      expect(preview.itemCountByKind).toMatchObject({ opening: 7, refund: 2, 'credit-note': 9 });
    },
  );

  it.skipIf(!present)(
    named('finds the 34 customers of the pipe-separated file, each with its 411 balance'),
    async () => {
      const { customers } = await readFecReceivables(PIPE_FILE);
      const expected = naiveBalances(PIPE_FILE, '|');

      expect(customers).toHaveLength(34);
      expect(new Map(customers.map((c) => [c.key, c.balanceCents]))).toEqual(expected);
      expect(customers.find((c) => c.key === '41101050')).toMatchObject({
        name: 'COLRUYT RETAIL FRA',
        source: 'auxiliary',
      });
    },
  );

  it.skipIf(!present)(
    named('reads the pipe file as ISO-8859-15 and warns that its dates pass the closing date'),
    async () => {
      const { preview } = await readFecReceivables(PIPE_FILE);

      expect(preview).toMatchObject({
        encoding: 'iso-8859-15',
        separator: 'pipe',
        period: { from: '2023-01-01', to: '2023-07-31' },
        lineCount: 934,
        errorCount: 0,
      });
      expect(preview.itemCountByKind).toMatchObject({ opening: 14, adjustment: 3 });
      expect(preview.warnings).toContainEqual(
        expect.stringContaining('Des écritures sont datées après la date de clôture'),
      );
    },
  );
});
