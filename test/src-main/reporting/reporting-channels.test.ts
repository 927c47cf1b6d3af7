import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../src-main/cli/cli-main';
import { closeLogFile } from '../../../src-main/logging/logger';
import { createTestWorkspace, type TestWorkspace } from '../../support/temp-workspace';
import { sampleDebtor, sampleInvoice } from '../../support/sample-inputs';

describe('reporting channels', () => {
  let test: TestWorkspace;
  let filePath: string;
  let debtorId: number;

  beforeEach(async () => {
    test = createTestWorkspace('2026-12-03');
    filePath = path.join(test.directory, 'dossier.sqlite');
    await test.call('file:create', { path: filePath, companyName: 'Atelier Lumière SAS' });
    debtorId = (await test.call('debtors:create', { input: sampleDebtor() })).id;
    // 1 200 € due 01/10 and 600 € due 15/12.
    await test.call('invoices:add', { input: sampleInvoice(debtorId) });
    await test.call('invoices:add', {
      input: sampleInvoice(debtorId, {
        number: 'FA-2026-002',
        issueDate: '2026-11-15',
        dueDate: '2026-12-15',
        amountExclTaxCents: 50000,
        vatCents: 10000,
        amountInclTaxCents: 60000,
      }),
    });
  });

  afterEach(() => test.dispose());

  it('shows the file’s figures and follows a payment at once', async () => {
    const before = await test.call('reporting:dashboard', {});

    const invoice = (await test.call('debtors:get', { id: debtorId })).invoices[0]!;
    await test.call('payments:record', {
      input: {
        debtorId,
        date: '2026-11-20',
        amountCents: 120000,
        method: 'virement',
        reference: null,
        allocations: [{ invoiceId: invoice.id, amountCents: 120000 }],
      },
    });
    const after = await test.call('reporting:dashboard', {});

    expect(before.totals).toMatchObject({ outstandingCents: 180000, overdueCents: 120000 });
    expect(before.aged.buckets.days61to90).toBe(120000);
    expect(after.totals).toMatchObject({ outstandingCents: 60000, overdueCents: 0 });
    // Paid 50 days late, 80 days after the invoice date.
    expect(after.delays).toMatchObject({ averageDaysLate: 50, averageDaysToPay: 80 });
  });

  it('recomputes the debtor’s risk after every change, never a stale class', async () => {
    const before = await test.call('risk:debtor', { id: debtorId });
    const overdue = before.assessment.factors.find((factor) => factor.key === 'overdueNow')!;

    const invoice = (await test.call('debtors:get', { id: debtorId })).invoices[0]!;
    await test.call('payments:record', {
      input: {
        debtorId,
        date: '2026-12-02',
        amountCents: 120000,
        method: 'virement',
        reference: null,
        allocations: [{ invoiceId: invoice.id, amountCents: 120000 }],
      },
    });
    const after = await test.call('risk:debtor', { id: debtorId });

    expect(overdue.points).toBeGreaterThan(0);
    expect(after.assessment.factors.find((factor) => factor.key === 'overdueNow')!.points).toBe(0);
    expect(after.openCents).toBe(60000);
    expect(before.assessment.score).not.toBe(after.assessment.score);
  });

  it('refuses a period ending after today with a message on the field', async () => {
    const error = await test.callError('reporting:dashboard', { to: '2027-01-10' });

    expect(error.code).toBe('VALIDATION');
    expect(error.fieldErrors?.to).toContain('ne peut pas dépasser aujourd’hui');
  });

  it('lists the debtors behind a figure and refuses an unknown selector', async () => {
    const behind = await test.call('reporting:debtors', {
      filters: {},
      selector: { kind: 'total', figure: 'overdue' },
    });
    const error = await test.callError('reporting:debtors', {
      filters: {},
      selector: { kind: 'nowhere' } as never,
    });

    expect(behind.rows.map((row) => [row.displayName, row.amountCents])).toEqual([
      ['Boulangerie Dupont SARL', 120000],
    ]);
    expect(error.code).toBe('VALIDATION');
  });

  it('exports every figure to an XLSX file with real numbers in euros', async () => {
    const result = await test.call('reporting:exportXlsx', {
      filters: {},
      figure: 'tableau-de-bord',
    });

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(result!.path);
    expect(path.dirname(result!.path)).toBe(path.join(test.directory, 'exports'));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toContain('Balance âgée');
    const amounts = workbook.getWorksheet('Montants')!;
    expect(amounts.getRow(2).values).toEqual([undefined, 'Encours', 1800]);
    expect(amounts.getColumn(2).numFmt).toBe('#,##0.00 "€"');
    const cover = workbook.getWorksheet('Paramètres')!;
    expect(cover.getRow(2).values).toEqual([undefined, 'Dossier', 'Atelier Lumière SAS']);
  });

  it('exports one figure of the risk map alone, and refuses an unknown one', async () => {
    const result = await test.call('reporting:exportXlsx', { filters: {}, figure: 'departements' });
    const error = await test.callError('reporting:exportXlsx', { filters: {}, figure: 'météo' });

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(result!.path);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Paramètres',
      'Encours par département',
    ]);
    const valDeMarne = workbook
      .getWorksheet('Encours par département')!
      .getRows(2, 10)!
      .find((row) => String(row.getCell(1).value).startsWith('94'))!;
    expect(valDeMarne.getCell(3).value).toBe(1800);
    expect(error.message).toContain('« météo » n’existe pas');
  });

  it('says the direct PDF export needs the desktop app on the bridge', async () => {
    const error = await test.callError('reporting:exportPdf', {});

    expect(error.code).toBe('UNSUPPORTED');
    expect(error.message).toContain('Imprimer');
  });

  it('prints the same figures on the command line as the channel gives', async () => {
    const lines: string[] = [];
    const expected = await test.call('reporting:dashboard', { to: '2026-12-03' });
    await test.workspace.closeFile();
    const cliData = fs.mkdtempSync(path.join(os.tmpdir(), 'recouvra-cli-'));
    vi.stubEnv('RECOUVRA_DATA_DIR', cliData);

    const code = await runCli(['dashboard', '--file', filePath, '--as-of', '03/12/2026'], {
      stdout: (text) => lines.push(text),
      stderr: (text) => lines.push(text),
    });

    vi.unstubAllEnvs();
    closeLogFile();
    // The log file opens asynchronously: let it open and close before removing its folder.
    await new Promise((resolve) => setTimeout(resolve, 50));
    fs.rmSync(cliData, { recursive: true, force: true });
    expect(code).toBe(0);
    expect(JSON.parse(lines.join(''))).toEqual(JSON.parse(JSON.stringify(expected)));
  });
});
