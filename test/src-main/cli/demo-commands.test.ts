import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src-main/cli/cli-main';

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { code, stdout, stderr };
}

// As in the other command-line tests: the log stays open on the shared data folder.
const DATA = path.join(os.tmpdir(), 'recouvra-cli-tests');

describe('demo:fec on the command line', () => {
  let directory = '';
  const previous = process.env.RECOUVRA_DATA_DIR;

  beforeEach(() => {
    fs.mkdirSync(DATA, { recursive: true });
    process.env.RECOUVRA_DATA_DIR = DATA;
    directory = fs.mkdtempSync(path.join(DATA, 'demo-fec-'));
  });

  afterEach(() => {
    process.env.RECOUVRA_DATA_DIR = previous;
    for (const name of [directory, path.join(DATA, 'sauvegardes')]) {
      fs.rmSync(name, { recursive: true, force: true });
    }
  });

  it('writes the demo ledger under its legal name, padded to the lines asked, and it imports', async () => {
    const written = await cli(
      'demo:fec',
      '--out',
      directory,
      '--debtors',
      '12',
      '--lines',
      '5000',
      '--seed',
      '7',
      '--as-of',
      '30/11/2026',
    );
    const result = JSON.parse(written.stdout) as {
      path: string;
      fileName: string;
      lineCount: number;
    };
    const file = path.join(directory, 'dossier.sqlite');
    await cli('create', '--file', file, '--company', 'Démonstration');
    const imported = await cli('import:fec', '--file', file, '--fec', result.path);

    expect(written.code).toBe(0);
    expect(result.fileName).toMatch(/^\d{9}FEC20261231\.txt$/);
    expect(path.dirname(result.path)).toBe(directory);
    const lines = fs.readFileSync(result.path, 'utf8').split('\n');
    expect(lines[0]?.startsWith('JournalCode\tJournalLib\tEcritureNum')).toBe(true);
    expect(lines.length - 1).toBe(result.lineCount);
    expect(result.lineCount).toBeGreaterThanOrEqual(5000);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout).changes.debtorsCreated).toBe(12);
    expect(fs.readdirSync(directory).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('writes the same bytes for the same seed, under the file name given', async () => {
    const first = path.join(directory, 'premier.txt');
    const second = path.join(directory, 'second.txt');

    await cli('demo:fec', '--out', first, '--debtors', '5', '--seed', '3', '--as-of', '2026-06-30');
    await cli(
      'demo:fec',
      '--out',
      second,
      '--debtors',
      '5',
      '--seed',
      '3',
      '--as-of',
      '2026-06-30',
    );

    expect(fs.readFileSync(first).equals(fs.readFileSync(second))).toBe(true);
  });

  it('refuses to replace a file without --overwrite, and a folder that does not exist', async () => {
    const target = path.join(directory, 'demo.txt');
    fs.writeFileSync(target, 'à garder\n');

    const refused = await cli('demo:fec', '--out', target, '--debtors', '2');
    const replaced = await cli('demo:fec', '--out', target, '--debtors', '2', '--overwrite');
    const nowhere = await cli('demo:fec', '--out', path.join(directory, 'absent', 'demo.txt'));

    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('existe déjà');
    expect(refused.stderr).toContain('--overwrite');
    expect(replaced.code).toBe(0);
    expect(fs.readFileSync(target, 'utf8').startsWith('JournalCode')).toBe(true);
    expect(nowhere.stderr).toContain("n'existe pas");
  });

  it('says in French what a scale out of bounds should be', async () => {
    const result = await cli('demo:fec', '--out', directory, '--debtors', '0');

    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'Erreur : --debtors attend un nombre entier de 1 à 100\u202f000 (reçu « 0 »).\n',
    );
  });
});
