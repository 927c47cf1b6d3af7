import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src-main/cli/cli-main';
import { fecText, LEDGER, LEDGER_BALANCES } from '../import/fec/fec-fixture';

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { code, stdout, stderr };
}

// The command line logs to its data folder and keeps the log open: the folder is shared by the
// tests and kept, each test working in its own subfolder.
const DATA = path.join(os.tmpdir(), 'recouvra-cli-tests');

describe('import and export on the command line', () => {
  let directory = '';
  let file = '';
  const previous = process.env.RECOUVRA_DATA_DIR;

  beforeEach(async () => {
    fs.mkdirSync(DATA, { recursive: true });
    process.env.RECOUVRA_DATA_DIR = DATA;
    directory = fs.mkdtempSync(path.join(DATA, 'essai-'));
    file = path.join(directory, 'dossier.sqlite');
    await cli('create', '--file', file, '--company', 'Atelier Lumière SAS');
  });

  afterEach(() => {
    process.env.RECOUVRA_DATA_DIR = previous;
    for (const name of [directory, path.join(DATA, 'exports'), path.join(DATA, 'sauvegardes')]) {
      fs.rmSync(name, { recursive: true, force: true });
    }
  });

  it('previews then imports a FEC, printing JSON', async () => {
    const fec = path.join(directory, 'FEC2023.txt');
    fs.writeFileSync(fec, fecText(LEDGER));

    const preview = await cli('import:fec', '--file', file, '--fec', fec, '--preview');
    const imported = await cli('import:fec', '--file', file, '--fec', fec, '--terms', '45');
    const listed = await cli('debtor:list', '--file', file);

    expect(JSON.parse(preview.stdout)).toMatchObject({ paymentTermsDays: 30, blockers: [] });
    expect(JSON.parse(imported.stdout).changes).toMatchObject({ debtorsCreated: 3 });
    const rows = JSON.parse(listed.stdout).rows as { displayName: string; openCents: number }[];
    expect(rows.map((row) => [row.displayName, row.openCents])).toEqual([
      ['Dupont SARL', LEDGER_BALANCES.DUPONT],
      ['Martin & fils', LEDGER_BALANCES.MARTIN],
      ['Petit Jean', LEDGER_BALANCES.PETIT],
    ]);
  });

  it('imports a spreadsheet with columns named on the command line, then exports it', async () => {
    const sheet = path.join(directory, 'export.csv');
    fs.writeFileSync(sheet, 'TIERS;PIECE;LE;NET\nDupont;P1;01/10/2026;"1 234,56"\n');

    const imported = await cli(
      'import:spreadsheet',
      '--file',
      file,
      '--source',
      sheet,
      '--map',
      'debtorName=TIERS',
      '--map',
      'invoiceNumber=PIECE',
      '--map',
      'issueDate=LE',
      '--map',
      'amountInclTax=NET',
    );
    const exported = await cli('export', '--file', file, '--kind', 'invoices', '--format', 'csv');

    expect(JSON.parse(imported.stdout).changes).toMatchObject({ invoicesAdded: 1 });
    const { path: written } = JSON.parse(exported.stdout) as { path: string };
    expect(fs.readFileSync(written, 'utf8')).toContain(';Dupont;P1;01/10/2026;31/10/2026;1234,56;');
  });

  it('lists on stderr the anomalies of a FEC it refuses, the first 50 and a count', async () => {
    const fec = path.join(directory, 'FEC-abime.txt');
    const lines = fecText(LEDGER).split('\n');
    const broken = (lines[3] ?? '').split('\t').slice(0, 17).join('\t');
    fs.writeFileSync(fec, [...lines.slice(0, -1), ...Array(60).fill(broken), ''].join('\n'));

    const result = await cli('import:fec', '--file', file, '--fec', fec);
    const listed = await cli('debtor:list', '--file', file);

    expect(result.code).toBe(1);
    const [message = '', ...details] = result.stderr.trimEnd().split('\n');
    expect(message).toMatch(/^Erreur : Le FEC contient 60 anomalies \(voir la liste\)/);
    expect(message).toContain('relancez avec --accept-errors');
    expect(details).toHaveLength(51);
    expect(details[0]).toBe(`  Ligne ${LEDGER.length + 2} : 17 colonnes au lieu de 18`);
    expect(details[50]).toBe(
      "  … et 10 autres anomalies (--preview affiche l'aperçu complet en JSON).",
    );
    expect(JSON.parse(listed.stdout).total).toBe(0);
  });

  it('replaces an existing export only with --overwrite', async () => {
    const out = path.join(directory, 'debiteurs.csv');
    fs.writeFileSync(out, 'à garder\n');

    const refused = await cli('export', '--file', file, '--out', out);
    const kept = fs.readFileSync(out, 'utf8');
    const replaced = await cli('export', '--file', file, '--out', out, '--overwrite');

    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('existe déjà');
    expect(refused.stderr).toContain('Pour le remplacer : --overwrite.');
    expect(kept).toBe('à garder\n');
    expect(replaced.code).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toContain('Débiteur');
  });

  it('says in French on stderr, with exit code 1, why a file is not a FEC', async () => {
    const notFec = path.join(directory, 'notes.txt');
    fs.writeFileSync(notFec, 'Liste des courses\n');

    const result = await cli('import:fec', '--file', file, '--fec', notFec);

    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^Erreur : Ce fichier n'est pas un FEC/);
    expect(result.stdout).toBe('');
  });
});
