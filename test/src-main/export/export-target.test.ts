import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleDebtor } from '../../support/sample-inputs';
import { createTestWorkspace, type TestWorkspace } from '../../support/temp-workspace';

describe('where an export may write', () => {
  let test: TestWorkspace;

  beforeEach(async () => {
    test = createTestWorkspace('2026-12-03');
    await test.call('file:create', {
      path: path.join(test.directory, 'dossier.sqlite'),
      companyName: 'Atelier Lumière SAS',
    });
    await test.call('debtors:create', { input: sampleDebtor() });
  });

  afterEach(() => test.dispose());

  it('refuses a path that is not absolute, writing nothing', async () => {
    const error = await test.callError('export:run', {
      kind: 'debtors',
      format: 'csv',
      path: 'debiteurs.csv',
    });

    expect(error.code).toBe('VALIDATION');
    expect(error.message).toBe(
      'Indiquez le chemin complet du fichier, dossier compris (reçu « debiteurs.csv »).',
    );
    expect(fs.existsSync(path.resolve('debiteurs.csv'))).toBe(false);
  });

  it('refuses a folder that does not exist rather than creating it', async () => {
    const folder = path.join(test.directory, 'absent');

    const error = await test.callError('export:run', {
      kind: 'debtors',
      format: 'csv',
      path: path.join(folder, 'debiteurs.csv'),
    });

    expect(error.message).toBe(
      `Le dossier « ${folder} » n'existe pas : créez-le d'abord, ou choisissez un autre dossier.`,
    );
    expect(fs.existsSync(folder)).toBe(false);
  });

  it('replaces an existing file only when the request says the user agreed', async () => {
    const target = path.join(test.directory, 'debiteurs.csv');
    fs.writeFileSync(target, 'le tableau du comptable\n');

    const refused = await test.callError('export:run', {
      kind: 'debtors',
      format: 'csv',
      path: target,
    });
    const kept = fs.readFileSync(target, 'utf8');
    await test.call('export:run', {
      kind: 'debtors',
      format: 'csv',
      path: target,
      overwrite: true,
    });

    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toContain('Un fichier « debiteurs.csv » existe déjà');
    expect(kept).toBe('le tableau du comptable\n');
    expect(fs.readFileSync(target, 'utf8')).toContain('Dupont');
  });

  it('refuses a path that names a folder, even with consent to replace', async () => {
    const folder = path.join(test.directory, 'rapport.csv');
    fs.mkdirSync(folder);

    const error = await test.callError('export:run', {
      kind: 'debtors',
      format: 'csv',
      path: folder,
      overwrite: true,
    });

    expect(error.message).toContain('est un dossier');
    expect(fs.statSync(folder).isDirectory()).toBe(true);
  });

  it('gives a second export of the day in the exports folder a name of its own', async () => {
    const first = await test.call('export:run', { kind: 'debtors', format: 'csv', path: null });
    const second = await test.call('export:run', { kind: 'debtors', format: 'csv', path: null });

    expect([first.fileName, second.fileName]).toEqual([
      'debiteurs-2026-12-03.csv',
      'debiteurs-2026-12-03-2.csv',
    ]);
    expect(fs.existsSync(first.path) && fs.existsSync(second.path)).toBe(true);
  });
});
