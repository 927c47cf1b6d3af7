import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestWorkspace, type TestWorkspace } from '../../support/temp-workspace';
import { fecText, LEDGER } from './fec/fec-fixture';

describe('the paths an import reads from', () => {
  let test: TestWorkspace;

  beforeEach(async () => {
    test = createTestWorkspace('2023-12-31');
    await test.call('file:create', {
      path: path.join(test.directory, 'dossier.sqlite'),
      companyName: 'Atelier Lumière SAS',
    });
    fs.writeFileSync(path.join(test.directory, 'FEC2023.txt'), fecText(LEDGER));
  });

  afterEach(() => test.dispose());

  it('refuses a relative path for a FEC and for a spreadsheet, starting nothing', async () => {
    const fec = await test.callError('import:fecPreview', { path: 'FEC2023.txt' });
    const sheet = await test.callError('import:sheetPreview', {
      path: 'factures.csv',
      target: 'invoices',
    });

    expect(fec).toMatchObject({
      code: 'VALIDATION',
      message:
        'Indiquez le chemin complet du fichier à importer, dossier compris (reçu « FEC2023.txt »).',
    });
    expect(sheet.message).toContain('(reçu « factures.csv »)');
  });

  it('refuses a folder given as the file to import', async () => {
    const error = await test.callError('import:fecRun', {
      path: test.directory,
      paymentTermsDays: 30,
      expectedHash: null,
    });

    expect(error.message).toBe(
      `« ${test.directory} » n'est pas un fichier : choisissez le fichier à importer lui-même.`,
    );
  });

  it('says a missing file is missing before any job starts', async () => {
    const error = await test.callError('import:sheetRun', {
      path: path.join(test.directory, 'absent.csv'),
      target: 'invoices',
      mapping: {},
      paymentTermsDays: 30,
      expectedHash: null,
    });

    expect(error).toMatchObject({ code: 'FILE_NOT_FOUND' });
    expect(error.message).toContain('« absent.csv » est introuvable');
  });
});
