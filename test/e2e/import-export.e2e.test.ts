import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoCreditor } from '../../src-main/demo/creditor-company';
import { iterateDemoDebtors } from '../../src-main/demo/demo-company';
import { writeDemoFec } from '../../src-main/demo/fec-writer';
import { plainSpaces } from '../support/plain-spaces';
import {
  TAB_FILE,
  named,
  referencePresent as present,
} from '../src-main/import/fec/reference-fec-files';
import { startAppUnderTest, type AppUnderTest } from './support/app-under-test';

describe('importing the real FEC through the interface in Chromium', () => {
  let app: AppUnderTest;

  beforeAll(async () => {
    app = await startAppUnderTest();
    await app.test.call('file:create', {
      path: path.join(app.test.directory, 'dossier.sqlite'),
      companyName: 'Primeurs du Sud SAS',
    });
  });

  afterAll(() => app.close());

  it.skipIf(!present)(
    named('previews the file, imports it with progress, and shows the debtors and balances'),
    async () => {
      const { page } = app;
      await page.goto(`${app.bridge.url}/#/import-export`);
      await page.getByLabel('Fichier FEC').fill(TAB_FILE);
      await page.getByRole('button', { name: 'Afficher l’aperçu' }).first().click();

      const preview = page.getByTestId('fec-preview');
      await preview.waitFor();
      expect(await page.getByTestId('fec-period').textContent()).toBe(
        'du 01/09/2021 au 31/08/2022',
      );
      const customers = page.getByRole('table', { name: 'Clients du FEC' });
      expect(await customers.getByRole('row').count()).toBe(18);
      expect(
        plainSpaces(await customers.getByRole('row', { name: /PROSOL GESTION/ }).textContent()),
      ).toContain('27 123,29 €');
      expect(plainSpaces(await preview.textContent())).toContain(
        'elle est fixée à 30 jours après la date de pièce',
      );
      expect(plainSpaces(await page.getByTestId('fec-customers').textContent())).toBe(
        '17 clients : 391 factures, 129 règlements, 9 avoirs, 7 à-nouveaux, 2 autres écritures ; ' +
          'facturé 1 126 013,08 €, encaissé 1 114 512,44 €',
      );
      expect(await preview.textContent()).toContain('(lu en UTF-8, tabulations)');

      await page.getByRole('button', { name: 'Importer', exact: true }).first().click();
      const result = page.getByRole('status', { name: 'Résultat de l’import' });
      await result.waitFor();
      expect(plainSpaces(await result.textContent())).toContain('17 débiteurs ont été concernés');

      await page.getByRole('link', { name: 'Débiteurs', exact: true }).first().click();
      const row = page.getByRole('row', { name: /PROSOL GESTION/ });
      await row.waitFor();
      expect(plainSpaces(await row.textContent())).toContain('27 123,29 €');
      expect(app.problems).toEqual([]);
    },
  );

  it.skipIf(!present)(
    named('says « rien de nouveau » when the same file comes again'),
    async () => {
      const { page } = app;
      await page.goto(`${app.bridge.url}/#/import-export`);
      await page.getByLabel('Fichier FEC').fill(TAB_FILE);
      await page.getByRole('button', { name: 'Afficher l’aperçu' }).first().click();
      await page.getByTestId('fec-preview').waitFor();

      expect(await page.getByText('Ce fichier a déjà été importé le').count()).toBe(1);
      expect(await page.getByTestId('import-nothing-new').textContent()).toMatch(
        /^Rien de nouveau : tout ce que contient ce fichier est déjà dans le dossier \(\d+ lignes reconnues\)\.$/,
      );
      await page.getByRole('button', { name: 'Importer', exact: true }).first().click();
      const result = page.getByRole('status', { name: 'Résultat de l’import' });
      await result.waitFor();

      expect(await result.textContent()).toContain(
        'Rien de nouveau : tout ce que contenait le fichier était déjà dans le dossier',
      );
      expect((await app.test.call('debtors:list', {})).total).toBe(17);
      expect(app.problems).toEqual([]);
    },
  );

  it('shows the progress of a large import and cancels it, importing nothing', async () => {
    const { page } = app;
    const directory = path.join(app.test.directory, 'grand-fec');
    fs.mkdirSync(directory);
    const { path: fecPath } = await writeDemoFec({
      company: generateDemoCreditor(5),
      debtors: iterateDemoDebtors({ seed: 5, debtors: 300, today: '2026-11-30' }),
      today: '2026-11-30',
      directory,
      targetLines: 250_000,
      seed: 5,
    });
    const before = (await app.test.call('debtors:list', {})).total;
    await page.goto(`${app.bridge.url}/#/import-export`);
    await page.getByLabel('Fichier FEC').fill(fecPath);
    await page.getByRole('button', { name: 'Afficher l’aperçu' }).first().click();
    await page.getByTestId('fec-preview').waitFor({ timeout: 60_000 });

    await page.getByRole('button', { name: 'Importer', exact: true }).first().click();
    await page.getByRole('progressbar').waitFor();
    await page.getByRole('button', { name: 'Annuler' }).click();

    await page.getByText('Annulé : rien n’a été importé.').waitFor();
    expect((await app.test.call('debtors:list', {})).total).toBe(before);
    expect(await page.getByRole('status', { name: 'Résultat de l’import' }).count()).toBe(0);
  }, 90_000);

  it('asks « Remplacer ? » before an export replaces a file, and replaces it only then', async () => {
    const { page } = app;
    const target = path.join(app.test.directory, 'clients.csv');
    fs.writeFileSync(target, 'le tableau du comptable\n');
    await page.goto(`${app.bridge.url}/#/import-export`);
    await page.getByLabel('Données').selectOption('debtors');
    await page.getByLabel('Format').selectOption('csv');
    await page.getByLabel('Enregistrer sous (facultatif)').fill(target);

    await page.getByRole('button', { name: 'Exporter', exact: true }).click();
    const question = page.getByRole('alertdialog', { name: 'Remplacer ?' });
    await question.waitFor();
    const before = fs.readFileSync(target, 'utf8');
    await question.getByRole('button', { name: 'Remplacer', exact: true }).click();
    await page
      .getByText(`exportées dans ${target}`)
      .or(page.getByText(`exportée dans ${target}`))
      .waitFor();

    expect(before).toBe('le tableau du comptable\n');
    expect(await question.count()).toBe(0);
    expect(fs.readFileSync(target, 'utf8')).toContain('Débiteur');
    expect(app.problems).toEqual([]);
  });
});
