import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainSpaces } from '../support/plain-spaces';
import { startAppUnderTest, type AppUnderTest } from './support/app-under-test';

describe('debtor file in Chromium', () => {
  let app: AppUnderTest;

  beforeAll(async () => {
    app = await startAppUnderTest();
    await app.test.call('file:create', {
      path: path.join(app.test.directory, 'dossier.sqlite'),
      companyName: 'Atelier Lumière SAS',
    });
  });

  afterAll(() => app.close());

  it('shows the SIREN check-digit message and keeps what was typed', async () => {
    const { page } = app;
    await page.goto(`${app.bridge.url}/#/debiteurs/nouveau`);

    await page.getByLabel('Raison sociale').fill('Menuiserie Durand');
    await page.getByLabel('SIREN', { exact: true }).fill('552 081 318');
    await page.getByLabel('Adresse', { exact: true }).fill('4 avenue Foch');
    await page.getByLabel('Code postal').fill('92000');
    await page.getByLabel('Ville').fill('Nanterre');
    await page.getByRole('button', { name: 'Créer le débiteur' }).click();

    await expect.poll(() => page.locator('#siren-error').textContent()).toContain('552081318');
    expect(await page.getByLabel('Raison sociale').inputValue()).toBe('Menuiserie Durand');
    expect((await app.test.call('debtors:list', {})).total).toBe(0);
  });

  it('creates a debtor, adds two invoices and spreads one payment over both', async () => {
    const { page } = app;
    await page.getByLabel('SIREN', { exact: true }).fill('552 081 317');
    await page.getByRole('button', { name: 'Créer le débiteur' }).click();
    await page.getByRole('heading', { name: 'Menuiserie Durand' }).waitFor();

    await addInvoice(app, 'FA-2026-101', '01/10/2026', '31/10/2026', '1 000,00');
    await addInvoice(app, 'FA-2026-102', '15/11/2026', '15/12/2026', '500,00');

    await page.getByRole('button', { name: 'Enregistrer un règlement' }).click();
    const dialog = page.getByRole('dialog', { name: 'Enregistrer un règlement' });
    await dialog.getByLabel('Date du règlement').fill('20/11/2026');
    await dialog.getByLabel('Montant reçu').fill('1 500,00');
    await dialog.getByLabel(/FA-2026-101/).fill('1 000,00');
    await dialog.getByLabel(/FA-2026-102/).fill('500,00');
    await dialog.getByRole('button', { name: 'Enregistrer le règlement' }).click();
    await dialog.waitFor({ state: 'detached' });

    // 1 200,00 + 600,00 TTC invoiced, 1 500,00 paid: 200,00 and 100,00 remain.
    const text = async (testId: string) =>
      plainSpaces(await page.getByTestId(testId).textContent());
    await expect.poll(() => text('open-FA-2026-101')).toBe('200,00 €');
    expect(await text('open-FA-2026-102')).toBe('100,00 €');
    expect(await text('balance')).toBe('300,00 €');
    expect(await text('overdue-amount')).toBe('200,00 €');
    await expect.poll(() => page.locator('.timeline').textContent()).toContain('Règlement de');
  });

  it('lists the debtor with its open and overdue amounts', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'Débiteurs', exact: true }).first().click();

    const row = page.getByRole('row', { name: /Menuiserie Durand/ });
    await row.waitFor();

    expect(plainSpaces(await row.textContent())).toContain('300,00 €');
    expect(plainSpaces(await row.textContent())).toContain('200,00 €');
    expect(app.problems).toEqual([]);
  });
});

async function addInvoice(
  app: AppUnderTest,
  number: string,
  issueDate: string,
  dueDate: string,
  amountExclTax: string,
) {
  const { page } = app;
  await page.getByRole('button', { name: 'Nouvelle facture' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nouvelle facture' });
  await dialog.getByLabel('Numéro de facture').fill(number);
  await dialog.getByLabel('Date de facture').fill(issueDate);
  await dialog.getByLabel('Échéance').fill(dueDate);
  await dialog.getByLabel('Montant HT').fill(amountExclTax);
  await dialog.getByRole('button', { name: 'Enregistrer la facture' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByRole('cell', { name: number }).waitFor();
}
