import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestWorkspace, type TestWorkspace } from '../../support/temp-workspace';
import { addDebtorWithInvoices, createRelanceFile } from './relance-setup';

describe('the relance output folder setting', () => {
  let test: TestWorkspace;
  const settings = (outputDirectory: string | null) => ({
    minGapDays: 5,
    allowWeekends: false,
    defaultScenarioId: 1,
    outputDirectory,
  });

  beforeEach(async () => {
    test = createTestWorkspace('2026-12-03');
    await createRelanceFile(test);
  });

  afterEach(() => test.dispose());

  it('refuses a relative folder, asking for a full path', async () => {
    const error = await test.callError('relanceSettings:save', settings('mes relances'));

    expect(error.code).toBe('VALIDATION');
    expect(error.fieldErrors?.outputDirectory).toMatch(
      /^Indiquez le chemin complet du dossier, par exemple /,
    );
    expect(fs.existsSync(path.resolve('mes relances'))).toBe(false);
  });

  it('refuses a folder that cannot be created', async () => {
    const file = path.join(test.directory, 'un-fichier');
    fs.writeFileSync(file, '');

    const error = await test.callError(
      'relanceSettings:save',
      settings(path.join(file, 'relances')),
    );

    expect(error.fieldErrors?.outputDirectory).toBe(
      'Ce dossier n’existe pas et ne peut pas être créé : vérifiez le chemin.',
    );
  });

  it('refuses a path that names a file', async () => {
    const file = path.join(test.directory, 'un-fichier');
    fs.writeFileSync(file, '');

    const error = await test.callError('relanceSettings:save', settings(file));

    expect(error.fieldErrors?.outputDirectory).toBe(
      'Ce chemin désigne un fichier et non un dossier : choisissez un dossier.',
    );
  });

  it('creates a new absolute folder and writes the day’s documents into it', async () => {
    const folder = path.join(test.directory, 'Documents', 'Relances');
    const { debtorId } = await addDebtorWithInvoices(test, { name: 'Menuiserie Durand' }, [
      ['FA-1', '2026-11-20', 120_000],
    ]);

    const saved = await test.call('relanceSettings:save', settings(folder));
    const statement = await test.call('relance:statement', { debtorId, asOf: '2026-12-03' });

    expect(saved.outputDirectory).toBe(folder);
    expect(path.dirname(path.dirname(statement.path))).toBe(folder);
  });
});
