import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadLedgerSnapshot } from '../../../src-main/accountant/ledger-snapshot';
import { packFigures } from '../../../src-main/accountant/pack-figures';
import { sampleDebtor, sampleInvoice } from '../../support/sample-inputs';
import { createTestWorkspace, type TestWorkspace } from '../../support/temp-workspace';

describe('« Envoyer au comptable »', () => {
  let test: TestWorkspace;
  let file: string;
  let outbox: string;
  let packName: string;

  beforeEach(async () => {
    test = createTestWorkspace();
    file = path.join(test.directory, 'demo.sqlite');
    outbox = path.join(test.directory, 'cle-usb');
    const info = await test.call('file:createDemo', { path: file, seed: 7, debtors: 12 });
    packName = `Envoi comptable - ${info.companyName} - 2026-12-03`;
  });

  afterEach(() => test.dispose());

  const readSheet = async (workbookPath: string, name: string) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(workbookPath);
    const sheet = workbook.getWorksheet(name);
    const rows: unknown[][] = [];
    sheet?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    return rows;
  };

  it('puts a copy of the file, the spreadsheet and a guide in one new folder', async () => {
    const pack = await test.call('accountant:send', { directory: outbox, zip: false });

    expect(pack.kind).toBe('folder');
    expect(pack.path).toBe(path.join(outbox, packName));
    expect(fs.readdirSync(pack.path).sort()).toEqual(
      ['A-LIRE.txt', 'demo.sqlite', 'echeances-et-balance-agee-2026-12-03.xlsx'].sort(),
    );
    const copy = new Database(path.join(pack.path, 'demo.sqlite'), { readonly: true });
    const original = test.workspace.context().database.sqlite;
    const count = (database: Database.Database, table: string) =>
      database.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
    for (const table of ['debtors', 'invoices', 'payments', 'credit_notes', 'debtor_events']) {
      expect(count(copy, table)).toBe(count(original, table));
    }
    expect(count(copy, 'file_lock')).toBe(0);
    copy.close();
    const guide = fs.readFileSync(path.join(pack.path, 'A-LIRE.txt'), 'utf8');
    expect(guide).toContain('vue_echeances_ouvertes');
    expect(guide).toContain('situation au 3 décembre 2026');
  });

  it('lists every open invoice and the aged balance per debtor, with totals that agree', async () => {
    const pack = await test.call('accountant:send', { directory: outbox, zip: false });
    const workbook = path.join(pack.path, 'echeances-et-balance-agee-2026-12-03.xlsx');
    const figures = packFigures(
      loadLedgerSnapshot(test.workspace.context().database.sqlite),
      '2026-12-03',
    );

    const items = await readSheet(workbook, 'Échéances ouvertes');
    const balance = await readSheet(workbook, 'Balance âgée');

    expect(items[0]).toEqual([
      'Débiteur',
      'SIREN',
      'N° facture',
      'Date de facture',
      'Échéance',
      'Montant TTC',
      'Reste dû',
      'Jours de retard',
      'Tranche',
    ]);
    expect(pack.openItemCount).toBeGreaterThan(5);
    expect(items).toHaveLength(pack.openItemCount + 2);
    const first = figures.openItems[0];
    expect(items[1]?.[2]).toBe(first?.item.number);
    expect(items[1]?.[6]).toBe((first?.item.openCents ?? 0) / 100);
    expect((items[1]?.[4] as Date).toISOString().slice(0, 10)).toBe(first?.item.dueDate);
    const openSum = items
      .slice(1, -1)
      .reduce((sum, row) => sum + Math.round((row[6] as number) * 100), 0);
    expect(openSum).toBe(pack.totalOpenCents);
    expect(items.at(-1)?.[6]).toBe(pack.totalOpenCents / 100);
    expect(balance[0]).toEqual([
      'Débiteur',
      'SIREN',
      'Non échu',
      '1 à 30 jours',
      '31 à 60 jours',
      '61 à 90 jours',
      'Plus de 90 jours',
      'Total',
      'Règlements non affectés',
    ]);
    expect(balance.at(-1)?.[0]).toBe('Total');
    expect(balance.at(-1)?.[7]).toBe(pack.totalOpenCents / 100);
  });

  it('describes vue_relances as the whole relance history, not only what was sent', async () => {
    const pack = await test.call('accountant:send', { directory: outbox, zip: false });

    const guide = fs.readFileSync(path.join(pack.path, 'A-LIRE.txt'), 'utf8');

    const line = guide.slice(
      guide.indexOf('vue_relances'),
      guide.indexOf('vue_etapes_contentieux'),
    );
    expect(line).not.toContain('envoyées');
    for (const kind of ['faites', 'écartées ou reportées', 'changements de plan de relance']) {
      expect(line.replace(/\s+/g, ' ')).toContain(kind);
    }
  });

  it('gives the accountant’s SQLite views the same open items and balances', () => {
    const { sqlite } = test.workspace.context().database;
    const today = sqlite.prepare("SELECT date('now', 'localtime')").pluck().get() as string;
    const figures = packFigures(loadLedgerSnapshot(sqlite), today);

    const viewItems = sqlite
      .prepare('SELECT facture_id, reste_du_centimes, jours_de_retard FROM vue_echeances_ouvertes')
      .all() as { facture_id: number; reste_du_centimes: number; jours_de_retard: number }[];
    const viewBalances = sqlite
      .prepare(
        `SELECT debiteur_id, total_centimes, plus_de_90_jours_centimes, reglements_non_affectes_centimes
         FROM vue_balance_agee`,
      )
      .all();

    const byId = (a: { facture_id: number }, b: { facture_id: number }) =>
      a.facture_id - b.facture_id;
    expect(viewItems.sort(byId)).toEqual(
      figures.openItems
        .map(({ item }) => ({
          facture_id: item.invoiceId,
          reste_du_centimes: item.openCents,
          jours_de_retard: item.daysOverdue,
        }))
        .sort(byId),
    );
    expect(viewBalances).toEqual(
      expect.arrayContaining(
        figures.balances.map(({ debtor, balance }) => ({
          debiteur_id: debtor.id,
          total_centimes: balance.totalCents,
          plus_de_90_jours_centimes: balance.buckets.over90,
          reglements_non_affectes_centimes: balance.unallocatedCents,
        })),
      ),
    );
    expect(viewBalances).toHaveLength(figures.balances.length);
  });

  it('writes a single zip instead of the folder when asked', async () => {
    const pack = await test.call('accountant:send', { directory: outbox, zip: true });

    expect(pack.kind).toBe('zip');
    expect(fs.readdirSync(outbox)).toEqual([`${packName}.zip`]);
    expect(execFileSync('unzip', ['-t', pack.path]).toString()).toContain('No errors detected');
    const names = execFileSync('unzip', ['-Z1', pack.path]).toString().trim().split('\n').sort();
    expect(names).toEqual([
      `${packName}/A-LIRE.txt`,
      `${packName}/demo.sqlite`,
      `${packName}/echeances-et-balance-agee-2026-12-03.xlsx`,
    ]);
  });

  it('never overwrites an earlier pack of the same day', async () => {
    const first = await test.call('accountant:send', { directory: outbox, zip: false });
    const second = await test.call('accountant:send', { directory: outbox, zip: false });

    expect(second.path).toBe(`${first.path} (2)`);
    expect(fs.existsSync(path.join(first.path, 'demo.sqlite'))).toBe(true);
  });

  it('works from a file opened read-only by another app', async () => {
    const reader = createTestWorkspace();
    await reader.call('file:open', { path: file });

    const pack = await reader.call('accountant:send', { directory: outbox, zip: false });

    expect(pack.openItemCount).toBeGreaterThan(0);
    await reader.dispose();
  });

  it('refuses a destination it cannot write into, with a French message, leaving nothing', async () => {
    fs.writeFileSync(path.join(test.directory, 'fichier.txt'), 'pas un dossier');

    const error = await test.callError('accountant:send', {
      directory: path.join(test.directory, 'fichier.txt', 'envoi'),
      zip: false,
    });

    expect(error.code).toBe('FILE_ACCESS');
    expect(error.message).toContain('l’envoi au comptable n’a pas été préparé');
  });
});

describe('the accountant’s aged balance', () => {
  it('lists the debtors in French alphabetical order, accents and case aside', async () => {
    const test = createTestWorkspace();
    await test.call('file:create', {
      path: path.join(test.directory, 'atelier.sqlite'),
      companyName: 'Atelier Lumière SAS',
    });
    const names = [
      'Zénith SARL',
      'Établissements Roche',
      'atelier Martin',
      'Bâtiment 12',
      'Bâtiment 9',
    ];
    for (const [index, name] of names.entries()) {
      const debtor = await test.call('debtors:create', {
        input: sampleDebtor({ name, siren: null }),
      });
      const number = `FA-2026-${String(index + 1).padStart(3, '0')}`;
      await test.call('invoices:add', { input: sampleInvoice(debtor.id, { number }) });
    }

    const pack = await test.call('accountant:send', {
      directory: path.join(test.directory, 'envoi'),
      zip: false,
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(pack.path, 'echeances-et-balance-agee-2026-12-03.xlsx'));
    const column = workbook.getWorksheet('Balance âgée')?.getColumn(1).values.slice(2, -1);

    expect(column).toEqual([
      'atelier Martin',
      'Bâtiment 9',
      'Bâtiment 12',
      'Établissements Roche',
      'Zénith SARL',
    ]);
    await test.dispose();
  });
});
