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

  it('shows only the unreadable-amount message, then takes a printed TTC and VAT', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Nouvelle facture' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nouvelle facture' });
    await dialog.getByLabel('Numéro de facture').fill('FA-2026-103');
    await dialog.getByLabel('Date de facture').fill('20/11/2026');
    await dialog.getByLabel('Échéance').fill('20/12/2026');
    await dialog.getByLabel('Montant HT').fill('83,3,2');
    await dialog.getByRole('button', { name: 'Enregistrer la facture' }).click();

    await expect
      .poll(() => dialog.locator('#amountExclTaxCents-error').textContent())
      .toContain('« 83,3,2 »');
    expect(await dialog.textContent()).not.toContain('supérieur à zéro');

    // 99,99 € TTC with 16,67 € of VAT: no HT gives it at 20 % (83,32 → 99,98; 83,33 → 100).
    await dialog.getByLabel('Montant HT').fill('');
    await dialog.getByLabel('Montant TTC').fill('99,99');
    await dialog.getByLabel('Montant de TVA').fill('16,67');
    expect(await dialog.getByLabel('Montant HT').inputValue()).toBe('83,32');
    await dialog.getByRole('button', { name: 'Enregistrer la facture' }).click();
    await dialog.waitFor({ state: 'detached' });

    const row = page.getByRole('row', { name: /FA-2026-103/ });
    await row.waitFor();
    expect(plainSpaces(await row.textContent())).toContain('99,99 €');
    const debtorId = (await app.test.call('debtors:list', {})).rows[0]!.id;
    const stored = (await app.test.call('debtors:get', { id: debtorId })).invoices.find(
      (invoice) => invoice.number === 'FA-2026-103',
    );
    expect(stored).toMatchObject({
      amountExclTaxCents: 8332,
      vatCents: 1667,
      amountInclTaxCents: 9999,
    });
  });

  it('lists the debtor with its open and overdue amounts, found by its spaced SIREN', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'Débiteurs', exact: true }).first().click();
    await page.getByLabel('Rechercher un débiteur').fill('552 081 317');

    const row = page.getByRole('row', { name: /Menuiserie Durand/ });
    await row.waitFor();

    expect(plainSpaces(await row.textContent())).toContain('399,99 €');
    expect(plainSpaces(await row.textContent())).toContain('200,00 €');
    expect(plainSpaces(await page.getByTestId('debtor-count').textContent())).toBe('1 débiteur');
  });

  it('lists every wrong field of the company form in the banner and under each field', async () => {
    const { page } = app;
    await page.goto(`${app.bridge.url}/#/entreprise`);
    const form = page.getByRole('form', { name: 'Mon entreprise' });

    await form.getByLabel('SIREN').fill('732 829 321');
    await form.getByLabel('Code postal').fill('99999');
    await form.getByLabel('IBAN').fill('FR76 3000 6000 0112 3456 7890 188');
    await form.getByRole('button', { name: 'Enregistrer' }).click();

    const banner = form.locator('.banner--error');
    await expect.poll(() => banner.locator('li').count()).toBe(3);
    const listed = await banner.locator('li').allTextContents();
    expect(listed[0]).toContain('Le SIREN 732829321 est invalide');
    expect(listed[1]).toContain("Le code postal « 99999 » n'existe pas");
    expect(listed[2]).toContain("L'IBAN FR76 3000 6000 0112 3456 7890 188 est invalide");
    expect(await form.locator('#siren-error').textContent()).toBe(listed[0]);
    expect(await form.locator('#postalCode-error').textContent()).toBe(listed[1]);
    expect(await form.locator('#iban-error').textContent()).toBe(listed[2]);
    expect((await app.test.call('company:get', {})).siren).toBeNull();
  });

  it('shows on the start screen the folder where new files really go', async () => {
    const { page } = app;
    await app.test.call('file:close', {});

    await page.goto(`${app.bridge.url}/`);
    await page.reload();

    const expected = path.join(app.test.directory, 'dossiers');
    await expect
      .poll(() => page.getByTestId('files-directory').textContent())
      .toBe(`Emplacement par défaut des nouveaux dossiers : ${expected}`);
    await page.getByRole('button', { name: 'Créer un dossier' }).click();
    await page.getByLabel('Raison sociale de votre entreprise').fill('Atelier Neuf');
    await page.getByRole('button', { name: 'Créer le dossier' }).click();
    await expect
      .poll(async () => (await app.test.call('file:current', {}))?.path)
      .toBe(path.join(expected, 'atelier-neuf.sqlite'));
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
