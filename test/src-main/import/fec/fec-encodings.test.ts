import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFecReceivables } from '../../../../src-main/import/fec/read-fec-receivables';
import {
  fecText,
  LEDGER,
  makeTempDir,
  toLatin9,
  toWindows1252,
  writeFixture,
  type FixtureRow,
} from './fec-fixture';

let dir = '';
let remove = async () => {};
beforeAll(async () => ({ dir, remove } = await makeTempDir()));
afterAll(() => remove());

const utf8 = (text: string) => new TextEncoder().encode(text);
const CONTROL_C1 = /[\u0080-\u009f]/;

async function read(bytes: Uint8Array) {
  return readFecReceivables(await writeFixture(dir, '552081317FEC20231231.txt', bytes));
}

// 1,500 balanced sales entries, 3,000 lines: several chunks of the reader, so that the line
// that differs comes long after the first accented names were read.
function manyInvoices(): FixtureRow[] {
  return Array.from({ length: 1_500 }, (_, index) => {
    const num = String(index + 1);
    const customer = `C${index % 40}`;
    return [
      {
        journal: 'VE',
        num,
        date: '20230115',
        account: '411000',
        aux: customer,
        auxLabel: `Société Hélène ${customer}`,
        debit: '10,00',
      },
      { journal: 'VE', num, date: '20230115', account: '706000', credit: '10,00' },
    ];
  }).flat();
}

/** The text's lines as UTF-8, except the lines named, written with `encode`. */
function encodeLines(
  text: string,
  others: number[],
  encode: (line: string) => Uint8Array,
): Uint8Array {
  const lines = text.split('\n');
  lines.pop();
  return Buffer.concat(
    lines.map((line, index) =>
      others.includes(index + 1) ? encode(`${line}\n`) : utf8(`${line}\n`),
    ),
  );
}

describe('reading the encodings accounting software really writes', () => {
  it('reads a Windows-1252 FEC with curly quotes, dashes and € in names, and says so', async () => {
    const rows = LEDGER.map((row) =>
      row.aux === 'DUPONT' ? { ...row, auxLabel: 'Bistrot “Chez Léon” – Œuvre' } : row,
    );
    const text = fecText(rows).replace('Report à nouveau', 'Report à nouveau 12 €');

    const result = await read(toWindows1252(text));

    expect(result.preview.encoding).toBe('windows-1252');
    expect(result.customers.find((c) => c.key === 'DUPONT')?.name).toBe(
      'Bistrot “Chez Léon” – Œuvre',
    );
    expect(result.customers[0]?.items[0]?.label).toBe('Report à nouveau 12 €');
    expect(result.customers.some((c) => CONTROL_C1.test(c.name))).toBe(false);
    expect(result.preview.errors).toEqual([]);
  });

  it('reads the whole file again in Windows-1252 when its quotes come after a ½ read as œ', async () => {
    const rows = manyInvoices();
    rows[0] = { ...rows[0]!, label: 'Remise ½ tarif' };
    rows[2_800] = { ...rows[2_800]!, aux: 'ZINC', auxLabel: 'Café “Le Zinc”' };
    const text = fecText(rows).replace(/Société Hélène/g, 'Societe');

    const result = await read(toWindows1252(text));

    expect(result.preview.encoding).toBe('windows-1252');
    const first = result.customers.find((c) => c.key === 'C0')?.items[0];
    expect(first?.label).toBe('Remise ½ tarif');
    expect(result.customers.find((c) => c.key === 'ZINC')?.name).toBe('Café “Le Zinc”');
  });

  it('keeps a UTF-8 file in UTF-8 and leaves out the one line in Latin-9, by number', async () => {
    const text = fecText(manyInvoices());

    const result = await read(encodeLines(text, [2_990], toLatin9));

    expect(result.preview.encoding).toBe('utf-8');
    expect(result.preview.rejectedLines).toEqual([
      {
        line: 2_990,
        message: 'Ligne 2990 : caractères illisibles, le fichier mélange deux encodages',
      },
    ]);
    expect(result.preview.rejectedLineCount).toBe(1);
    const names = new Set(result.customers.map((c) => c.name));
    expect(names).toEqual(new Set(Array.from({ length: 40 }, (_, n) => `Société Hélène C${n}`)));
  });
});
