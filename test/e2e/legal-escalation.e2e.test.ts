import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainSpaces } from '../support/plain-spaces';
import { handWorkedDebtor, openCompanyFile } from '../src-main/legal/legal-fixture';
import { startAppUnderTest, type AppUnderTest } from './support/app-under-test';

describe('legal escalation in Chromium', () => {
  let app: AppUnderTest;
  let debtorId: number;

  beforeAll(async () => {
    app = await startAppUnderTest('2026-12-03');
    await openCompanyFile(app.test);
    ({ debtorId } = await handWorkedDebtor(app.test));
  });

  afterAll(() => app.close());

  it('asks for the missing half-year rate, which the user adds in the settings', async () => {
    const { page } = app;
    await page.goto(`${app.bridge.url}/#/debiteurs/${debtorId}`);
    const panel = page.getByRole('region', { name: 'Procédure', exact: true });
    await expect
      .poll(() => panel.textContent())
      .toContain('Le taux de la BCE en vigueur au 1er juillet 2026');

    await page.getByRole('link', { name: 'Ouvrir les réglages juridiques' }).click();
    await page.getByLabel('Taux BCE (%)').fill('2,15');
    await page.getByRole('form', { name: 'Ajouter un taux BCE' }).getByLabel('Source').fill('BCE');
    await page.getByRole('button', { name: 'Ajouter ce taux BCE' }).click();

    await expect
      .poll(() => page.getByRole('table', { name: 'Taux BCE' }).textContent())
      .toContain('depuis le 01/07/2026');
  });

  it(
    'shows what the debtor owes, with a line of working per invoice and half-year, and the ' +
      'court',
    async () => {
      const { page } = app;
      await page.goto(`${app.bridge.url}/#/debiteurs/${debtorId}`);

      // 4 000,00 principal + 1 008,58 of penalties (lines worked in the service test, the second
      // half of 2026 at 2,15 + 10 %) + 2 × 40 € of indemnity.
      await expect
        .poll(async () => plainSpaces(await page.getByTestId('claim-total').textContent()))
        .toBe('5 088,58 €');
      const working = page.getByRole('table', { name: 'Décompte détaillé' });
      expect(plainSpaces(await working.textContent())).toContain('01/07/202603/12/2026156');
      expect(await page.getByTestId('court-found').textContent()).toContain(
        'Tribunal de commerce de Créteil',
      );
    },
  );

  it('prepares the mise en demeure and records it as sent, on the timeline', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Préparer la mise en demeure' }).click();
    const ready = page.getByText('Document prêt : Mise en demeure');
    await ready.waitFor();
    const written = (await ready.locator('code').textContent()) ?? '';
    expect(fs.existsSync(written)).toBe(true);

    await page.getByRole('button', { name: 'Enregistrer une étape' }).click();
    const dialog = page.getByRole('dialog', { name: 'Enregistrer une étape' });
    expect(await dialog.getByLabel('Étape', { exact: true }).inputValue()).toBe(
      'mise_en_demeure_envoyee',
    );
    await dialog.getByLabel('Référence (n° de LRAR, de RG, d’acte…)').fill('1A 234 567 8901 2');
    await dialog.getByRole('button', { name: 'Enregistrer l’étape' }).click();
    await dialog.waitFor({ state: 'detached' });

    await expect
      .poll(() => page.getByRole('list', { name: 'Étapes de la procédure' }).textContent())
      .toContain('Mise en demeure envoyée (LRAR)');
    await expect
      .poll(() => page.locator('.timeline').last().textContent())
      .toContain('Mise en demeure envoyée (LRAR) le 03/12/2026 (réf. 1A 234 567 8901 2)');
    expect(await page.locator('.timeline').last().textContent()).toContain(
      'Mise en demeure préparée',
    );
  });

  it('fills the requête, checks and previews it, exports it, and follows the filing', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'Requête en injonction de payer…' }).click();
    await page.getByLabel('Adresse du greffe').fill('1 rue Pasteur Vallery-Radot, 94000 Créteil');
    await page.getByRole('button', { name: 'Vérifier et prévisualiser' }).click();

    const preview = page.getByRole('article', { name: /Aperçu/ });
    await preview.waitFor();
    const shown = plainSpaces(await preview.textContent());
    expect(shown).toContain('Tribunal de commerce de Créteil');
    expect(shown).toContain('Boulangerie Dupont SARL');
    expect(shown).toContain('5 088,58 €');
    expect(await page.getByRole('alert').count()).toBe(0);

    await page.getByRole('button', { name: 'Exporter la requête (.docx)' }).click();
    await page.getByText('Requête exportée').waitFor();
    await page.getByRole('link', { name: 'Suivre la procédure' }).click();
    await page.getByRole('button', { name: 'Enregistrer une étape' }).click();
    const dialog = page.getByRole('dialog', { name: 'Enregistrer une étape' });
    expect(await dialog.getByLabel('Étape', { exact: true }).inputValue()).toBe('requete_deposee');
    await dialog.getByRole('button', { name: 'Enregistrer l’étape' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect
      .poll(() => page.locator('.banner--info').first().textContent())
      .toContain("en attente de l'ordonnance");

    await page.getByRole('link', { name: 'Dossier du débiteur' }).click();
    const timeline = page.getByRole('region', { name: 'Historique' });
    await expect
      .poll(() => timeline.textContent())
      .toContain('Requête en injonction de payer déposée le 03/12/2026');
    expect(await timeline.textContent()).toContain('Requête en injonction de payer préparée');
    expect(app.problems).toEqual([]);
  });
});
