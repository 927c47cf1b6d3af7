import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readFecReceivables } from '../../../../src-main/import/fec/read-fec-receivables';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const folder = path.resolve(repoRoot, '../shared/reference/fec');
const present = fs.existsSync(folder);
const SKIPPED = ' (skipped: ../shared/reference/fec is absent (only in the team workspace))';
const named = (sentence: string) => (present ? sentence : sentence + SKIPPED);

const TAB_FILE = path.join(folder, '0000000001FEC20220831.txt');
const PIPE_FILE = path.join(folder, '111111111FEC20221231.TXT');

/**
 * The balance of each customer by the plainest possible reading: whole file in memory, split
 * on line ends and separator, amounts through Number. Independent of the reader under test.
 */
function naiveBalances(filePath: string, separator: string): Map<string, number> {
  const bytes = fs.readFileSync(filePath);
  const text = new TextDecoder('iso-8859-15').decode(bytes).replace(/^ï»¿/, '');
  const [header = '', ...rows] = text.split(/\r\n|\r|\n/).filter((row) => row !== '');
  const names = header.split(separator).map((name) => name.trim().toLowerCase());
  const at = (name: string) => names.indexOf(name);
  const cents = (value = '') => Math.round(Number(value.trim().replace(',', '.') || '0') * 100);

  const balances = new Map<string, number>();
  for (const row of rows) {
    const fields = row.split(separator);
    const account = fields[at('comptenum')]?.trim() ?? '';
    if (!account.startsWith('411')) continue;
    const key = fields[at('compauxnum')]?.trim() || account;
    const net = cents(fields[at('debit')]) - cents(fields[at('credit')]);
    balances.set(key, (balances.get(key) ?? 0) + net);
  }
  return balances;
}

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
