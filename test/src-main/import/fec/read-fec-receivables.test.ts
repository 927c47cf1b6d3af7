import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFecReceivables } from '../../../../src-main/import/fec/read-fec-receivables';
import type { FecReceivables } from '../../../../src-main/import/fec/types';
import {
  fecText,
  LEDGER,
  LEDGER_BALANCES,
  makeTempDir,
  rowValues,
  STANDARD_HEADER,
  toLatin9,
  writeFixture,
} from './fec-fixture';

let dir = '';
let remove = async () => {};
beforeAll(async () => ({ dir, remove } = await makeTempDir()));
afterAll(() => remove());

async function read(content: string | Uint8Array, name = '552081317FEC20231231.txt') {
  return readFecReceivables(await writeFixture(dir, name, content));
}

function balances(result: FecReceivables): Record<string, number> {
  return Object.fromEntries(result.customers.map((c) => [c.key, c.balanceCents]));
}

describe('readFecReceivables on hand-written files', () => {
  it('reads a tab-separated FEC into customers with their balances', async () => {
    const result = await read(fecText(LEDGER));

    expect(balances(result)).toEqual(LEDGER_BALANCES);
    expect(result.preview.errors).toEqual([]);
  });

  it('reads a pipe-separated FEC with padded fields and a trailing pipe', async () => {
    const padded = LEDGER.map((row) => ({ ...row, journal: row.journal.padEnd(4) }));
    const text = fecText(padded, { separator: '|', trailing: true }).replace(
      /\|0,00/g,
      '|0000000000,00',
    );

    const result = await read(text);

    expect(balances(result)).toEqual(LEDGER_BALANCES);
    expect(result.preview.separator).toBe('pipe');
    expect(result.customers[0]?.items[0]?.journalCode).toBe('AN');
  });

  it('reads CRLF, CR and a mix of line ends alike', async () => {
    const crlf = await read(fecText(LEDGER, { lineEnd: '\r\n' }));
    const cr = await read(fecText(LEDGER, { lineEnd: '\r' }));
    const mixed = await read(
      fecText(LEDGER).replace(/\n/g, (_, at: number) => (at % 3 ? '\n' : '\r\n')),
    );

    expect(balances(crlf)).toEqual(LEDGER_BALANCES);
    expect(balances(cr)).toEqual(LEDGER_BALANCES);
    expect(balances(mixed)).toEqual(LEDGER_BALANCES);
    expect(cr.preview.lineCount).toBe(LEDGER.length);
  });

  it('reads an ISO-8859-15 file with é and € in labels', async () => {
    const rows = LEDGER.map((row) => ({
      ...row,
      label: `${row.label} – 12 € réglé`.replace('–', '-'),
    }));

    const result = await read(toLatin9(fecText(rows)));

    expect(result.preview.encoding).toBe('iso-8859-15');
    expect(result.customers[0]?.items[0]?.label).toBe('Report à nouveau - 12 € réglé');
  });

  it('reads a UTF-8 file with a BOM, the BOM kept out of the first column name', async () => {
    const result = await read(`\ufeff${fecText(LEDGER)}`);

    expect(result.preview.encoding).toBe('utf-8');
    expect(balances(result)).toEqual(LEDGER_BALANCES);
  });

  it('reads Montant and Sens in place of Debit and Credit', async () => {
    const header = [
      ...STANDARD_HEADER.filter((name) => !['Debit', 'Credit'].includes(name)),
      'Montant',
      'Sens',
    ];
    const lines = LEDGER.map((row) => {
      const values = rowValues(row);
      const [debit = '', credit = ''] = values.splice(11, 2);
      return [...values, debit === '0,00' ? credit : debit, debit === '0,00' ? 'C' : 'D'].join(
        '\t',
      );
    });

    const result = await read([header.join('\t'), ...lines, ''].join('\n'));

    expect(balances(result)).toEqual(LEDGER_BALANCES);
  });

  it('reads columns in another order among extra columns such as DateRglt and ModeRglt', async () => {
    const order = [...STANDARD_HEADER.keys()].reverse();
    const header = ['DateRglt', ...order.map((index) => STANDARD_HEADER[index]), 'ModeRglt'];
    const lines = LEDGER.map((row) => {
      const values = rowValues(row);
      return ['20230301', ...order.map((index) => values[index]), 'VIR'].join('\t');
    });

    const result = await read([header.join('\t').toUpperCase(), ...lines].join('\n'));

    expect(balances(result)).toEqual(LEDGER_BALANCES);
    expect(result.preview.errors).toEqual([]);
  });

  it('keeps the opening balance as an opening item with its amount', async () => {
    const result = await read(fecText(LEDGER));
    const dupont = result.customers.find((c) => c.key === 'DUPONT');

    expect(dupont?.items.map((item) => [item.kind, item.debitCents - item.creditCents])).toEqual([
      ['opening', 30000],
      ['invoice', 120000],
      ['payment', -120000],
    ]);
  });

  it('settles what the lettrage balances and leaves open what it does not', async () => {
    const result = await read(fecText(LEDGER));
    const open = (key: string) =>
      result.customers.find((c) => c.key === key)?.openItems.map((item) => item.label);

    expect(open('DUPONT')).toEqual(['Report à nouveau']);
    expect(open('MARTIN')).toEqual(['Facture F2 Martin', 'Acompte Martin', 'Avoir A1 Martin']);
    expect(open('PETIT')).toEqual([]);
  });

  it('sums up the file in the preview', async () => {
    const { preview } = await read(fecText(LEDGER));

    expect(preview).toMatchObject({
      fileName: '552081317FEC20231231.txt',
      company: { siren: '552081317', closingDate: '2023-12-31' },
      period: { from: '2023-01-01', to: '2023-03-01' },
      lineCount: LEDGER.length,
      rejectedLineCount: 0,
      invoicedCents: 184550,
      paidCents: 145000,
      itemCountByKind: { invoice: 3, payment: 2, 'credit-note': 1, opening: 1, adjustment: 1 },
      errorCount: 0,
      warnings: [],
    });
    expect(preview.customers.map((c) => [c.name, c.itemCount, c.openBalanceCents])).toEqual([
      ['Dupont SARL', 3, 30000],
      ['Martin & fils', 3, 23000],
      ['Petit Jean', 2, 0],
    ]);
  });

  it('warns when the file name does not carry a SIREN and a closing date', async () => {
    const { preview } = await read(fecText(LEDGER), 'export-compta.txt');

    expect(preview.company).toEqual({ siren: null, closingDate: null });
    expect(preview.warnings).toEqual([
      'Le nom du fichier ne suit pas la forme <SIREN>FEC<AAAAMMJJ> : le SIREN et la date de ' +
        'clôture ne sont pas connus.',
    ]);
  });
});
