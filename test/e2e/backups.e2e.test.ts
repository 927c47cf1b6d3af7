import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleDebtor } from '../support/sample-inputs';
import { startAppUnderTest, type AppUnderTest } from './support/app-under-test';
import { keepScreenshot } from './support/screenshots';

describe('the « Sauvegardes » screen in Chromium', () => {
  let app: AppUnderTest;

  beforeAll(async () => {
    app = await startAppUnderTest();
    const file = path.join(app.test.directory, 'atelier.sqlite');
    await app.test.call('file:create', { path: file, companyName: 'Atelier Lumière SAS' });
    await app.test.call('debtors:create', { input: sampleDebtor({ name: 'Avant SARL' }) });
  });

  afterAll(() => app.close());

  it('saves a copy on demand and lists it with its date, reason and size', async () => {
    const { page } = app;
    await page.goto(`${app.bridge.url}/#/sauvegardes`);
    await page.getByRole('heading', { name: 'Sauvegardes', exact: true }).waitFor();

    await page.getByRole('button', { name: 'Sauvegarder maintenant' }).click();

    const row = page.getByRole('row', { name: /À la demande/ });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/03\/12\/2026 à \d\d:\d\d/);
    expect(await row.textContent()).toMatch(/\d+ Ko/);
    expect(await page.getByRole('status').first().textContent()).toContain(
      'Sauvegarde enregistrée.',
    );
  });

  it('sets the rotation, and says so when the number is not one', async () => {
    const { page } = app;
    const field = page.getByLabel('Sauvegardes automatiques conservées pour ce dossier');

    await field.fill('abc');
    await page
      .getByRole('form', { name: 'Rotation' })
      .getByRole('button', { name: 'Enregistrer' })
      .click();
    await page.locator('#keepCount-error').waitFor();
    expect(await page.locator('#keepCount-error').textContent()).toBe(
      'Indiquez un nombre entier, par exemple 30.',
    );
    await field.fill('12');
    await page
      .getByRole('form', { name: 'Rotation' })
      .getByRole('button', { name: 'Enregistrer' })
      .click();

    await expect.poll(async () => (await app.test.call('backups:list', {})).keepCount).toBe(12);
    expect(await field.inputValue()).toBe('12');
  });

  it('restores a backup after confirmation, and keeps the state before it as a new backup', async () => {
    const { page } = app;
    await app.test.call('debtors:create', { input: sampleDebtor({ name: 'Après SARL' }) });

    await page
      .getByRole('button', { name: /^Restaurer la sauvegarde du/ })
      .first()
      .click();
    const dialog = page.getByRole('dialog', { name: 'Restaurer une sauvegarde' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('l’état actuel est d’abord enregistré');
    await keepScreenshot(page, 'sauvegardes-restauration');
    await dialog.getByRole('button', { name: 'Restaurer cette sauvegarde' }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.getByRole('row', { name: /Avant une restauration/ }).waitFor();
    const names = (await app.test.call('debtors:list', {})).rows.map((row) => row.displayName);
    expect(names).toEqual(['Avant SARL']);
    await keepScreenshot(page, 'sauvegardes');
    expect(app.problems).toEqual([]);
  });

  it('prepares the accountant’s pack in the folder typed, and says what it holds', async () => {
    const { page } = app;
    const outbox = path.join(app.test.directory, 'cle-usb');
    await page.goto(`${app.bridge.url}/#/sauvegardes/envoi-comptable`);
    await page.getByLabel('Dossier de destination').fill(outbox);

    await page.getByRole('button', { name: 'Préparer l’envoi' }).click();

    const done = page.getByRole('status').filter({ hasText: 'Envoi prêt' });
    await done.waitFor();
    expect(await done.textContent()).toContain('echeances-et-balance-agee-2026-12-03.xlsx');
    expect(fs.readdirSync(outbox)).toEqual(['Envoi comptable - Atelier Lumière SAS - 2026-12-03']);
    await keepScreenshot(page, 'envoi-comptable');
  });

  it('lists the screen in the sidebar', async () => {
    const link = app.page.getByRole('link', { name: 'Sauvegardes' });

    expect(await link.getAttribute('aria-current')).toBe('page');
  });
});
