import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src-main/import/spreadsheet/csv-parser';
import { decodeText } from '../../../src-main/import/spreadsheet/decode-text';
import { sampleDebtor, sampleInvoice } from '../../support/sample-inputs';
import { createTestWorkspace, type TestWorkspace } from '../../support/temp-workspace';

async function fillFile(test: TestWorkspace): Promise<void> {
  await test.call('file:create', {
    path: path.join(test.directory, 'dossier.sqlite'),
    companyName: 'Atelier Lumière SAS',
  });
  const dupont = await test.call('debtors:create', { input: sampleDebtor() });
  await test.call('invoices:add', {
    input: sampleInvoice(dupont.id, {
      number: 'FA-1',
      issueDate: '2026-09-01',
      dueDate: '2026-10-01',
    }),
  });
  await test.call('invoices:add', {
    input: sampleInvoice(dupont.id, {
      number: 'FA-2',
      issueDate: '2026-11-20',
      dueDate: '2026-12-20',
      amountExclTaxCents: 50_000,
      vatCents: 10_000,
      amountInclTaxCents: 60_000,
    }),
  });
  const hostile = await test.call('debtors:create', {
    input: sampleDebtor({ name: '=HYPERLINK("http://mal.example";"Payer")', siren: null }),
  });
  await test.call('payments:record', {
    input: {
      debtorId: hostile.id,
      date: '2026-11-02',
      amountCents: 50_000,
      method: 'virement',
      reference: '@SUM(A1)',
      allocations: [],
    },
  });
}

function readCsv(filePath: string): { bom: boolean; rows: string[][] } {
  const bytes = fs.readFileSync(filePath);
  const { text } = decodeText(bytes);
  return { bom: bytes[0] === 0xef, rows: parseCsv(text, ';') };
}

describe('exports', () => {
  let test: TestWorkspace;

  beforeEach(async () => {
    test = createTestWorkspace('2026-12-03');
    await fillFile(test);
  });

  afterEach(() => test.dispose());

  it('writes the debtors as French Excel reads a CSV, formulas neutralised', async () => {
    const result = await test.call('export:run', { kind: 'debtors', format: 'csv', path: null });

    const { bom, rows } = readCsv(result.path);
    const [header = [], ...lines] = rows;
    const column = (name: string) => header.indexOf(name);
    const hostile = lines.find((line) => line[column('Débiteur')]?.includes('HYPERLINK'));
    const dupont = lines.find((line) => line[column('Débiteur')] === 'Boulangerie Dupont SARL');
    expect(bom).toBe(true);
    expect(fs.readFileSync(result.path, 'utf8')).toContain('\r\n');
    expect(result).toMatchObject({
      fileName: 'debiteurs-2026-12-03.csv',
      rowCount: 2,
      path: path.join(test.directory, 'exports', 'debiteurs-2026-12-03.csv'),
    });
    expect(hostile?.[column('Débiteur')]).toBe(`'=HYPERLINK("http://mal.example";"Payer")`);
    expect(hostile?.[column('Solde')]).toBe('-500,00');
    expect(dupont?.[column('Solde')]).toBe('1800,00');
    expect(dupont?.[column('Dont échu')]).toBe('1200,00');
    expect(dupont?.[column('Code postal')]).toBe('94000');
  });

  it('writes the open items with dates JJ/MM/AAAA and the days late', async () => {
    const result = await test.call('export:run', { kind: 'openItems', format: 'csv', path: null });

    const { rows } = readCsv(result.path);
    expect(rows[0]).toEqual([
      'Code client',
      'Débiteur',
      'N° facture',
      'Date',
      'Échéance',
      'Montant HT',
      'TVA',
      'Montant TTC',
      'Réglé',
      'Avoirs',
      'Reste dû',
      'Jours de retard',
      'Origine',
    ]);
    expect(rows.slice(1)).toEqual([
      [
        '',
        'Boulangerie Dupont SARL',
        'FA-1',
        '01/09/2026',
        '01/10/2026',
        '1000,00',
        '200,00',
        '1200,00',
        '0,00',
        '0,00',
        '1200,00',
        '63',
        'Saisie',
      ],
      [
        '',
        'Boulangerie Dupont SARL',
        'FA-2',
        '20/11/2026',
        '20/12/2026',
        '500,00',
        '100,00',
        '600,00',
        '0,00',
        '0,00',
        '600,00',
        '0',
        'Saisie',
      ],
    ]);
  });

  it(
    'writes real number and date cells to XLSX, text neutralised, negative amounts still ' +
      'numbers',
    async () => {
      const target = path.join(test.directory, 'sortie', 'debiteurs.xlsx');
      fs.mkdirSync(path.dirname(target));

      await test.call('export:run', { kind: 'debtors', format: 'xlsx', path: target });
      const invoices = await test.call('export:run', {
        kind: 'invoices',
        format: 'xlsx',
        path: null,
      });

      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(target);
      const sheet = workbook.getWorksheet('Débiteurs');
      const header = (sheet?.getRow(1).values as string[]).slice(1);
      const rowOf = (name: string) => {
        let found: ExcelJS.Row | undefined;
        sheet?.eachRow((row) => {
          if (String(row.getCell(2).value).includes(name)) found = row;
        });
        return found;
      };
      const hostile = rowOf('HYPERLINK');
      const balance = hostile?.getCell(header.indexOf('Solde') + 1);
      expect(hostile?.getCell(2).value).toBe(`'=HYPERLINK("http://mal.example";"Payer")`);
      expect(hostile?.getCell(2).type).toBe(ExcelJS.ValueType.String);
      expect(balance?.value).toBe(-500);
      expect(balance?.numFmt).toBe('#,##0.00 "€";-#,##0.00 "€"');

      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(invoices.path);
      const first = book.getWorksheet('Factures')?.getRow(2);
      expect(first?.getCell(4).value).toEqual(new Date('2026-09-01T00:00:00.000Z'));
      expect(first?.getCell(4).numFmt).toBe('dd/mm/yyyy');
      expect(first?.getCell(8).value).toBe(1200);
    },
  );

  it('refuses a file name whose extension is not the format asked for, writing nothing', async () => {
    const target = path.join(test.directory, 'debiteurs.xls');

    const error = await test.callError('export:run', {
      kind: 'debtors',
      format: 'xlsx',
      path: target,
    });

    expect(error.message).toContain('doit se terminer par .xlsx');
    expect(fs.existsSync(target)).toBe(false);
  });
});
