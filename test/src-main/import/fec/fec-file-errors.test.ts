import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FecCancelledError,
  FecNotRecognisedError,
} from '../../../../src-main/import/fec/fec-errors';
import { readFecReceivables } from '../../../../src-main/import/fec/read-fec-receivables';
import type { FecProgress } from '../../../../src-main/import/fec/types';
import { fecText, LEDGER, makeTempDir, writeFixture, type FixtureRow } from './fec-fixture';

let dir = '';
let remove = async () => {};
beforeAll(async () => ({ dir, remove } = await makeTempDir()));
afterAll(() => remove());

let fileCount = 0;
async function fixture(content: string | Uint8Array): Promise<string> {
  fileCount += 1;
  return writeFixture(dir, `552081317FEC2023123${fileCount % 10}.txt`, content);
}

/** LEDGER with one row changed; data rows start on line 2. */
function withRow(index: number, change: Partial<FixtureRow>): FixtureRow[] {
  return LEDGER.map((row, at) => (at === index ? { ...row, ...change } : row));
}

/** Many balanced entries, so that the file spans several chunks. */
function bigLedger(entries: number): string {
  const rows: FixtureRow[] = [];
  for (let n = 1; n <= entries; n += 1) {
    const common = { journal: 'VE', num: String(n), date: '20230115', label: `Facture ${n}` };
    rows.push({ ...common, account: '411000', aux: 'DUPONT', debit: '120,00' });
    rows.push({ ...common, account: '706000', credit: '120,00' });
  }
  return fecText(rows);
}

describe('readFecReceivables on faulty files', () => {
  it('reports a line with 17 columns and reads the other lines', async () => {
    const lines = fecText(LEDGER).split('\n');
    lines[3] = (lines[3] ?? '').split('\t').toSpliced(9, 1).join('\t');
    const text = lines.join('\n');

    const { preview, customers } = await readFecReceivables(await fixture(text));

    expect(preview.errors[0]?.message).toBe('Ligne 4 : 17 colonnes au lieu de 18');
    expect(preview.rejectedLineCount).toBe(1);
    expect(customers.map((customer) => customer.key)).toEqual(['DUPONT', 'MARTIN', 'PETIT']);
  });

  it('reports an amount written 12.345,6 and an entry date of 20231345 by line', async () => {
    const rows = withRow(4, { debit: '12.345,6' }).map((row, at) =>
      at === 12 ? { ...row, date: '20231345' } : row,
    );

    const { preview } = await readFecReceivables(await fixture(fecText(rows)));
    const messages = preview.errors.map((error) => error.message);

    expect(messages).toContain('Ligne 6 : montant « 12.345,6 » illisible (colonne Debit)');
    expect(messages).toContainEqual(
      expect.stringMatching(/^Ligne 14 : date d'écriture « 20231345 » invalide/),
    );
  });

  it('reports an entry whose debits and credits differ, naming it and its lines', async () => {
    const rows = withRow(9, { credit: '99,00' });

    const { preview } = await readFecReceivables(await fixture(fecText(rows)));

    expect(preview.errors.map((error) => error.message)).toEqual([
      expect.stringMatching(
        /^Ligne 9 : écriture VE n° 3 déséquilibrée \(lignes 9, 10, 11\) : débit 600,00\s€, crédit 599,00\s€$/,
      ),
    ]);
  });

  it('reports a last line cut off by a truncated file', async () => {
    const text = fecText(LEDGER);
    const cut = text.slice(0, text.length - 40);

    const { preview } = await readFecReceivables(await fixture(cut));

    expect(preview.errors.at(-1)?.message).toMatch(
      new RegExp(`^Ligne ${LEDGER.length + 1} : ligne tronquée en fin de fichier`),
    );
  });

  it('reads a complete last line that has no line end', async () => {
    const { preview } = await readFecReceivables(await fixture(fecText(LEDGER).slice(0, -1)));

    expect(preview.errors).toEqual([]);
    expect(preview.lineCount).toBe(LEDGER.length);
  });

  it('refuses a CSV of something else at once, naming the columns a FEC has', async () => {
    const csv = 'Nom;Prénom;Montant\nDupont;Jean;12,50\n';

    await expect(readFecReceivables(await fixture(csv))).rejects.toThrow(
      /^Ce fichier n'est pas un FEC : la première ligne doit donner les noms des colonnes/,
    );
  });

  it('refuses an empty file', async () => {
    await expect(readFecReceivables(await fixture(''))).rejects.toThrow(
      "Ce fichier n'est pas un FEC : le fichier est vide.",
    );
  });

  it('refuses a binary file after its first chunk', async () => {
    const bytes = new Uint8Array(500_000).map((_, index) => (index * 7919) % 256);
    const seen: FecProgress[] = [];

    const reading = readFecReceivables(await fixture(bytes), { onProgress: (p) => seen.push(p) });

    await expect(reading).rejects.toBeInstanceOf(FecNotRecognisedError);
    await expect(reading).rejects.toThrow(/fichier binaire/);
    expect(Math.max(...seen.map((p) => p.bytesRead))).toBeLessThan(bytes.length);
  });

  it('says so when the file does not exist', async () => {
    const reading = readFecReceivables(path.join(dir, 'absent.txt'));

    await expect(reading).rejects.toMatchObject({ code: 'FILE_NOT_FOUND' });
    await expect(reading).rejects.toThrow('Le fichier « absent.txt » est introuvable.');
  });

  it('reports progress up to the size of the file', async () => {
    const text = bigLedger(2_000);
    const seen: FecProgress[] = [];

    await readFecReceivables(await fixture(text), { onProgress: (p) => seen.push(p) });

    expect(seen.length).toBeGreaterThan(2);
    expect(seen.at(-1)).toEqual({
      bytesRead: Buffer.byteLength(text),
      totalBytes: Buffer.byteLength(text),
    });
  });

  it('stops with a cancellation error when the signal is aborted during the read', async () => {
    const controller = new AbortController();
    const onProgress = ({ bytesRead }: FecProgress) => {
      if (bytesRead > 0) controller.abort();
    };

    const reading = readFecReceivables(await fixture(bigLedger(2_000)), {
      onProgress,
      signal: controller.signal,
    });

    await expect(reading).rejects.toBeInstanceOf(FecCancelledError);
    await expect(reading).rejects.toMatchObject({
      code: 'CANCELLED',
      message: "La lecture du FEC a été annulée. Rien n'a été importé.",
    });
  });

  it('does not start reading when the signal is already aborted', async () => {
    const seen: FecProgress[] = [];
    const signal = AbortSignal.abort();

    const reading = readFecReceivables(await fixture(fecText(LEDGER)), {
      signal,
      onProgress: (p) => seen.push(p),
    });

    await expect(reading).rejects.toBeInstanceOf(FecCancelledError);
    expect(seen).toEqual([]);
  });

  it('keeps the first thousand errors in full and counts the rest', async () => {
    const good = fecText(LEDGER);
    const bad = Array.from({ length: 1_200 }, () => 'VE\tVentes\t9\t20231345\n').join('');

    const { preview } = await readFecReceivables(await fixture(good + bad));

    expect(preview.errorCount).toBe(1_200);
    expect(preview.errors).toHaveLength(1_000);
    expect(preview.errors[999]?.line).toBe(LEDGER.length + 1 + 1_000);
  });
});
