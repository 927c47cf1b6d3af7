import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/ipc/dispatch';
import type { FileDialogs } from '../../../src-main/ipc/handler-context';
import { handlers } from '../../../src-main/ipc/handlers';
import { createTestWorkspace, type TestWorkspace } from '../../support/temp-workspace';
import { sampleDebtor, sampleInvoice } from '../../support/sample-inputs';

describe('reporting:exportXlsx and its target', () => {
  let test: TestWorkspace;
  let existing: string;

  beforeEach(async () => {
    test = createTestWorkspace('2026-12-03');
    await test.call('file:create', {
      path: path.join(test.directory, 'dossier.sqlite'),
      companyName: 'Atelier Lumière SAS',
    });
    const debtorId = (await test.call('debtors:create', { input: sampleDebtor() })).id;
    await test.call('invoices:add', { input: sampleInvoice(debtorId) });
    existing = path.join(test.directory, 'chiffres.xlsx');
    fs.writeFileSync(existing, 'le classeur du comptable');
  });

  afterEach(() => test.dispose());

  const exportTo = (target: string, overwrite?: boolean) =>
    test.callError('reporting:exportXlsx', {
      filters: {},
      figure: 'tableau-de-bord',
      path: target,
      ...(overwrite === undefined ? {} : { overwrite }),
    });

  it('refuses a relative path and a folder that does not exist', async () => {
    const relative = await exportTo('chiffres-2.xlsx');
    const nowhere = await exportTo(path.join(test.directory, 'absent', 'chiffres.xlsx'));

    expect(relative.code).toBe('VALIDATION');
    expect(relative.message).toContain('chemin complet');
    expect(nowhere.code).toBe('FILE_NOT_FOUND');
    expect(nowhere.message).toContain('n’existe pas');
  });

  it('never replaces a file unless the request says so', async () => {
    const refused = await exportTo(existing);
    const unchanged = fs.readFileSync(existing, 'utf8');

    const replaced = await test.call('reporting:exportXlsx', {
      filters: {},
      figure: 'tableau-de-bord',
      path: existing,
      overwrite: true,
    });

    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toContain('existe déjà');
    expect(unchanged).toBe('le classeur du comptable');
    expect(replaced!.path).toBe(existing);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(existing);
    expect(workbook.worksheets[0]!.name).toBe('Paramètres');
  });

  it('replaces the file chosen in the desktop save dialog, which asked already', async () => {
    const dialogs = {
      chooseExportPath: async () => existing,
    } as unknown as FileDialogs;
    const context = { ...test.context, shell: 'electron' as const, dialogs };

    const result = await dispatch(handlers, context, 'reporting:exportXlsx', {
      filters: {},
      figure: 'classes',
      choose: true,
    });

    expect(result).toMatchObject({ ok: true, value: { path: existing, figures: 1 } });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(existing);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Paramètres',
      'Encours par classe de risque',
    ]);
  });

  it('writes under a new name in the exports folder when no path is given', async () => {
    const first = await test.call('reporting:exportXlsx', { filters: {}, figure: 'classes' });
    const second = await test.call('reporting:exportXlsx', { filters: {}, figure: 'classes' });

    expect(path.basename(first!.path)).toBe('classes-2026-12-03.xlsx');
    expect(path.basename(second!.path)).toBe('classes-2026-12-03-2.xlsx');
  });
});

describe('the département filter', () => {
  let test: TestWorkspace;

  beforeEach(async () => {
    test = createTestWorkspace('2026-12-03');
    await test.call('file:create', {
      path: path.join(test.directory, 'dossier.sqlite'),
      companyName: 'Atelier Lumière SAS',
    });
  });

  afterEach(() => test.dispose());

  it('refuses a code that is no département, with a French message', async () => {
    const ninetyNine = await test.callError('reporting:dashboard', { departement: '99' });
    const script = await test.callError('reporting:riskMap', { departement: '<script>' });
    const twenty = await test.callError('reporting:dashboard', { departement: '20' });

    for (const error of [ninetyNine, script, twenty]) {
      expect(error.code).toBe('VALIDATION');
      expect(error.message).toContain('département inconnu');
    }
  });

  it('accepts the codes of Corsica, overseas, Île-de-France and the rest of France', async () => {
    for (const departement of ['2A', '2B', '01', '95', '971', '976', '93', 'hors_idf']) {
      const dashboard = await test.call('reporting:dashboard', { departement });

      expect(dashboard.filters.departement).toBe(departement);
    }
  });
});
