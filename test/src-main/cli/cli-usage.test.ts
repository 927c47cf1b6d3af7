import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src-main/cli/cli-main';
import { parseCliOptions } from '../../../src-main/cli/cli-options';

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { code, stdout, stderr };
}

describe('the options of the command line', () => {
  it('explains in French how to write a value that starts with a dash', async () => {
    const amount = await cli('invoice:add', '--file', 'x.sqlite', '--amount', '-5');
    const number = await cli('invoice:add', '--file', 'x.sqlite', '--number', '-1+2');

    expect(amount).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'Erreur : --amount -5 : une valeur qui commence par un tiret se lit comme une option. ' +
        'Collez-la au nom avec un signe égal : --amount=-5\n',
    });
    expect(number.stderr).toContain('--number=-1+2');
  });

  it('reads the value written with an equals sign', () => {
    expect(parseCliOptions(['--amount=-5', '--number=-1+2', '--preview'])).toEqual({
      amount: '-5',
      number: '-1+2',
      preview: true,
    });
  });

  it('names in French an unknown option, a missing value and a stray word', async () => {
    const unknown = await cli('debtor:list', '--file', 'x.sqlite', '--bogus');
    const missing = await cli('debtor:list', '--search', '--overdue');
    const stray = await cli('debtor:list', 'dossier.sqlite');
    const flag = await cli('debtor:list', '--overdue=oui');

    expect(unknown.stderr).toBe('Erreur : Option inconnue : --bogus.\n');
    expect(missing.stderr).toBe(
      'Erreur : Valeur manquante après --search, par exemple --search VALEUR.\n',
    );
    expect(stray.stderr).toContain('« dossier.sqlite » ne suit aucune option');
    expect(flag.stderr).toBe(
      'Erreur : --overdue ne prend pas de valeur : écrivez seulement --overdue.\n',
    );
    expect([unknown.code, missing.code, stray.code, flag.code]).toEqual([2, 2, 2, 2]);
  });
});

describe('the log of the command line', () => {
  const previous = process.env.RECOUVRA_DATA_DIR;
  let data = '';

  beforeEach(() => {
    data = fs.mkdtempSync(path.join(os.tmpdir(), 'recouvra-cli-log-'));
    process.env.RECOUVRA_DATA_DIR = data;
  });

  afterEach(() => {
    process.env.RECOUVRA_DATA_DIR = previous;
    fs.rmSync(data, { recursive: true, force: true });
  });

  it('goes to journaux/recouvra.log, as the desktop app and the bridge write it', async () => {
    const file = path.join(data, 'dossier.sqlite');

    const created = await cli('create', '--file', file, '--company', 'Atelier Lumière SAS');
    // The log is a stream: give it the time to reach the disk.
    await new Promise((resolve) => setTimeout(resolve, 100));

    expect(created.code).toBe(0);
    expect(fs.readFileSync(path.join(data, 'journaux', 'recouvra.log'), 'utf8')).toMatch(
      /INFO workspace: file created/,
    );
    expect(fs.existsSync(path.join(data, 'recouvra.log'))).toBe(false);
  });
});
