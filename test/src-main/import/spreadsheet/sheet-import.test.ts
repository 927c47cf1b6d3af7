import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isNothingNew } from '../../../../src-shared/domain/import-changes';
import { sampleDebtor, sampleInvoice } from '../../../support/sample-inputs';
import { createTestWorkspace, type TestWorkspace } from '../../../support/temp-workspace';
import { createFile } from '../fec-import/fec-import-fixtures';
import { importSheetThroughChannels, previewSheet, writeCsv, writeXlsx } from './sheet-fixtures';

const HEADER = 'Code client;Client;N° facture;Date;Échéance;Montant TTC;Réglé';
const ROWS = [
  'C001;Boulangerie Dupont;FA-101;03/10/2026;02/11/2026;1 200,00;0',
  'C001;Boulangerie Dupont;FA-102;15/10/2026;;600,00;600,00',
  'C002;Société Générale de Bâtiment;FA-103;20/10/2026;19/11/2026;2 400,50;400,50',
];

async function debtorByRef(test: TestWorkspace, ref: string) {
  const list = await test.call('debtors:list', { limit: 1000 });
  for (const row of list.rows) {
    const file = await test.call('debtors:get', { id: row.id });
    if (file.debtor.externalRef === ref) return file;
  }
  throw new Error(`no debtor ${ref}`);
}

describe('importing invoices from a spreadsheet', () => {
  let test: TestWorkspace;

  beforeEach(async () => {
    test = createTestWorkspace('2026-12-03');
    await createFile(test);
  });

  afterEach(() => test.dispose());

  it('reads a French CSV in Windows-1252, guesses the columns and shows what it would do', async () => {
    const filePath = writeCsv(test, 'factures.csv', [HEADER, ...ROWS]);

    const preview = await previewSheet(test, filePath);

    expect(preview).toMatchObject({
      format: 'csv',
      encoding: 'windows-1252',
      separator: ';',
      rowCount: 3,
      missingFields: [],
      mapping: {
        debtorRef: 'Code client',
        debtorName: 'Client',
        invoiceNumber: 'N° facture',
        issueDate: 'Date',
        dueDate: 'Échéance',
        amountInclTax: 'Montant TTC',
        paidAmount: 'Réglé',
      },
    });
    expect(preview.sampleRows[2]?.[1]).toBe('Société Générale de Bâtiment');
    expect(preview.changes).toMatchObject({
      debtorsCreated: 2,
      invoicesAdded: 3,
      paymentsAdded: 2,
    });
    expect((await test.call('debtors:list', {})).total).toBe(0);
  });

  it('creates the debtors and invoices, with payments for what the file says was paid', async () => {
    const filePath = writeCsv(test, 'factures.csv', [HEADER, ...ROWS]);

    await importSheetThroughChannels(test, filePath);

    const dupont = await debtorByRef(test, 'C001');
    expect(dupont.debtor).toMatchObject({ name: 'Boulangerie Dupont', addressLine1: '' });
    expect(
      dupont.invoices.map(({ number, dueDate, openCents }) => [number, dueDate, openCents]),
    ).toEqual([
      ['FA-101', '2026-11-02', 120_000],
      // No due date in the file: 30 days after the invoice date.
      ['FA-102', '2026-11-14', 0],
    ]);
    const sgb = await debtorByRef(test, 'C002');
    expect(sgb.balance).toMatchObject({ balanceCents: 200_000, paidCents: 40_050 });
    expect(sgb.payments[0]).toMatchObject({
      date: '2026-12-03',
      source: 'spreadsheet',
      method: 'autre',
    });
  });

  it('lists each unreadable row with its number and reasons, and imports the others', async () => {
    const filePath = writeCsv(test, 'factures.csv', [
      HEADER,
      ROWS[0] ?? '',
      'C003;Martin;FA-201;03/10/2026;;12.345,6;',
      'C003;Martin;;31/02/2026;;100,00;',
      'C003;Martin;FA-203;03/10/2026;01/10/2026;100,00;',
      'C001;Boulangerie Dupont;FA-101;03/10/2026;;5,00;',
    ]);

    const preview = await previewSheet(test, filePath);
    const result = await importSheetThroughChannels(test, filePath, { preview });

    expect(preview.rowErrors).toEqual([
      {
        row: 3,
        messages: [
          expect.stringMatching(/^montant TTC : « 12\.345,6 » n'est pas un montant lisible/),
        ],
      },
      {
        row: 4,
        messages: ['n° de facture absent', expect.stringContaining("« 31/02/2026 » n'existe pas")],
      },
      { row: 5, messages: ['échéance (01/10/2026) antérieure à la date de facture (03/10/2026)'] },
      { row: 6, messages: ['facture FA-101 déjà donnée ligne 2 pour ce client'] },
    ]);
    expect(result.changes).toMatchObject({ invoicesAdded: 1, linesIgnored: 4 });
    expect(result.changes.ignoredLines[0]?.reason).toMatch(/^Ligne 3 : montant TTC/);
  });

  it('updates rather than duplicates on a re-import: new, changed, newly paid', async () => {
    await importSheetThroughChannels(test, writeCsv(test, 'factures.csv', [HEADER, ...ROWS]));
    const same = await importSheetThroughChannels(
      test,
      writeCsv(test, 'factures.csv', [HEADER, ...ROWS]),
    );

    const later = await importSheetThroughChannels(
      test,
      writeCsv(test, 'factures-decembre.csv', [
        HEADER,
        'C001;Boulangerie Dupont;FA-101;03/10/2026;02/11/2026;1 200,00;1 200,00',
        'C001;Boulangerie Dupont;FA-102;15/10/2026;;600,00;600,00',
        'C002;Société Générale de Bâtiment;FA-103;20/10/2026;19/11/2026;2 500,50;400,50',
        'C002;Société Générale de Bâtiment;FA-104;01/12/2026;31/12/2026;90,00;',
      ]),
    );

    expect(isNothingNew(same.changes)).toBe(true);
    expect(later.changes).toMatchObject({
      invoicesAdded: 1,
      invoicesUpdated: 1,
      paymentsAdded: 1,
      invoicesSettled: 1,
      debtorsCreated: 0,
    });
    const dupont = await debtorByRef(test, 'C001');
    expect(dupont.invoices.map((invoice) => invoice.openCents)).toEqual([0, 0]);
    const sgb = await debtorByRef(test, 'C002');
    expect(
      sgb.invoices.map(({ number, amountInclTaxCents }) => [number, amountInclTaxCents]),
    ).toEqual([
      ['FA-103', 250_050],
      ['FA-104', 9_000],
    ]);
  });

  it('leaves an invoice typed in the app as it is, adding only what the file says was paid', async () => {
    const debtor = await test.call('debtors:create', {
      input: sampleDebtor({ name: 'Boulangerie Dupont', siren: null }),
    });
    await test.call('invoices:add', {
      input: sampleInvoice(debtor.id, { number: 'FA-101', amountInclTaxCents: 120_000 }),
    });

    const result = await importSheetThroughChannels(
      test,
      writeCsv(test, 'factures.csv', [
        'Client;N° facture;Date;Montant TTC;Réglé',
        'Boulangerie Dupont;FA-101;03/10/2026;9 999,00;500,00',
      ]),
    );

    const file = await test.call('debtors:get', { id: debtor.id });
    expect(result.changes).toMatchObject({
      debtorsCreated: 0,
      invoicesUpdated: 0,
      alreadyPresent: 1,
    });
    expect(file.invoices).toMatchObject([
      {
        number: 'FA-101',
        amountInclTaxCents: 120_000,
        issueDate: '2026-09-01',
        openCents: 70_000,
      },
    ]);
    expect(file.debtor.addressLine1).toBe('12 rue de la Paix');
  });

  it('reads an Excel workbook: number cells, date cells and text dates alike', async () => {
    const filePath = await writeXlsx(test, 'factures.xlsx', [
      ['Client', 'Numéro', 'Date facture', 'Date d’échéance', 'Montant HT', 'TVA', 'Reste dû'],
      ['Dupont', 'F-1', new Date(Date.UTC(2026, 9, 3)), '02/11/2026', 1000, 200, 1200],
      ['Dupont', 'F-2', new Date(Date.UTC(2026, 9, 15)), null, 500.5, 100.1, 0],
    ]);

    const preview = await previewSheet(test, filePath);
    await importSheetThroughChannels(test, filePath, { preview });

    expect(preview).toMatchObject({ format: 'xlsx', sheetName: 'Factures', rowErrors: [] });
    const [row] = (await test.call('debtors:list', {})).rows;
    const file = await test.call('debtors:get', { id: row?.id ?? 0 });
    expect(
      file.invoices.map((i) => [
        i.number,
        i.issueDate,
        i.dueDate,
        i.amountExclTaxCents,
        i.vatCents,
        i.openCents,
      ]),
    ).toEqual([
      ['F-1', '2026-10-03', '2026-11-02', 100_000, 20_000, 120_000],
      ['F-2', '2026-10-15', '2026-11-14', 50_050, 10_010, 0],
    ]);
  });
});

describe('column mappings remembered per source', () => {
  let test: TestWorkspace;

  beforeEach(async () => {
    test = createTestWorkspace('2026-12-03');
    await createFile(test);
  });

  afterEach(() => test.dispose());

  it('reuses the mapping saved under a name for the next file with the same columns', async () => {
    const header = 'TIERS;LIBTIERS;PIECE;DATEPIECE;NET';
    const first = writeCsv(test, 'export-1.csv', [header, '411DUP;Dupont;P1;01/10/2026;100,00']);
    const guessed = await previewSheet(test, first);
    const mapping = {
      debtorRef: 'TIERS',
      debtorName: 'LIBTIERS',
      invoiceNumber: 'PIECE',
      issueDate: 'DATEPIECE',
      amountInclTax: 'NET',
    };
    await importSheetThroughChannels(test, first, {
      profileName: 'Export Sage',
      preview: { ...guessed, mapping },
    });

    const second = writeCsv(test, 'export-2.csv', [header, '411MAR;Martin;P2;02/11/2026;250,00']);
    const preview = await previewSheet(test, second);

    expect(guessed.missingFields.length).toBeGreaterThan(0);
    expect(preview.profileName).toBe('Export Sage');
    expect(preview.mapping).toEqual(mapping);
    expect(preview.changes.invoicesAdded).toBe(1);
    expect(await test.call('import:profiles', {})).toMatchObject([
      { name: 'Export Sage', target: 'invoices' },
    ]);
  });
});

describe('importing debtors from a spreadsheet', () => {
  let test: TestWorkspace;

  beforeEach(async () => {
    test = createTestWorkspace('2026-12-03');
    await createFile(test);
  });

  afterEach(() => test.dispose());

  it(
    'fills in the empty fields of a known debtor, never those already set, and adds the ' +
      'others',
    async () => {
      await importSheetThroughChannels(test, writeCsv(test, 'factures.csv', [HEADER, ...ROWS]));
      const filePath = writeCsv(test, 'clients.csv', [
        'Code client;Raison sociale;Adresse;CP;Ville;SIREN',
        'C001;Autre nom;4 avenue Foch;92000;Nanterre;552 081 317',
        'C009;Nouveau client;1 rue A;75001;Paris;',
        'C010;Client au SIREN faux;;;;552081318',
      ]);

      const preview = await previewSheet(test, filePath, { target: 'debtors' });
      const result = await importSheetThroughChannels(test, filePath, {
        target: 'debtors',
        preview,
      });

      expect(preview.rowErrors).toEqual([
        { row: 4, messages: [expect.stringContaining('SIREN « 552081318 » invalide')] },
      ]);
      expect(result.changes).toMatchObject({ debtorsCreated: 1, debtorsTouched: 2 });
      const dupont = await debtorByRef(test, 'C001');
      expect(dupont.debtor).toMatchObject({
        name: 'Boulangerie Dupont',
        addressLine1: '4 avenue Foch',
        postalCode: '92000',
        city: 'Nanterre',
        departement: '92',
        siren: '552081317',
      });
      expect(dupont.events.at(-1)?.summary).toMatch(
        /^Import du tableur « clients\.csv » : 4 champs complété/,
      );
    },
  );
});
