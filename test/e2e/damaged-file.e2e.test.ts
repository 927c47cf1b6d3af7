import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { damageFile, emptyFile, zeroHeader } from '../src-main/backups/damage';
import { sampleDebtor } from '../support/sample-inputs';
import { startAppUnderTest, type AppUnderTest } from './support/app-under-test';
import { keepScreenshot } from './support/screenshots';

describe('a damaged file on the start screen, in Chromium', () => {
  let app: AppUnderTest;
  let file: string;
  let damaged: Buffer;

  beforeAll(async () => {
    app = await startAppUnderTest();
    file = path.join(app.test.directory, 'atelier.sqlite');
    await app.test.call('file:create', { path: file, companyName: 'Atelier Lumière SAS' });
    await app.test.call('debtors:create', { input: sampleDebtor({ name: 'Sauvé SARL' }) });
    await app.test.call('backups:create', {});
    await app.test.workspace.closeFile();
    damaged = damageFile(file);
  });

  afterAll(() => app.close());

  it('says the file is damaged and offers the latest good backup, leaving the file untouched', async () => {
    const { page } = app;
    await page.goto(app.bridge.url);

    await page.getByRole('button', { name: /Atelier Lumière SAS/ }).click();

    const offer = page.getByRole('region', { name: 'Fichier endommagé' });
    await offer.waitFor();
    expect(await page.getByRole('alert').first().textContent()).toContain(
      'Le fichier est endommagé',
    );
    expect(await offer.textContent()).toMatch(
      /La sauvegarde du 03\/12\/2026 à \d\d:\d\d \(À la demande, dossier « Atelier Lumière SAS »\)/,
    );
    expect(fs.readFileSync(file).equals(damaged)).toBe(true);
    await keepScreenshot(page, 'fichier-endommage');
  });

  it('restores it and opens the file on the debtors it held', async () => {
    const { page } = app;

    await page
      .getByRole('button', { name: 'Restaurer cette sauvegarde et ouvrir le dossier' })
      .click();

    await page.getByRole('row', { name: /Sauvé SARL/ }).waitFor();
    const kept = fs
      .readdirSync(path.join(app.test.directory, 'sauvegardes'))
      .filter((name) => name.includes('--endommage--'));
    expect(kept).toHaveLength(1);
    expect(app.problems).toEqual([]);
  });
});

describe('an emptied file and a file whose header was wiped, in Chromium', () => {
  let app: AppUnderTest;
  let emptied: string;
  let wiped: string;

  const prepare = async (name: string, companyName: string) => {
    const file = path.join(app.test.directory, name);
    await app.test.call('file:create', { path: file, companyName });
    await app.test.call('debtors:create', { input: sampleDebtor({ name: `Client de ${name}` }) });
    await app.test.call('backups:create', {});
    await app.test.workspace.closeFile();
    return file;
  };

  beforeAll(async () => {
    app = await startAppUnderTest();
    emptied = await prepare('vide.sqlite', 'Atelier Vide SAS');
    wiped = await prepare('entete.sqlite', 'Atelier Entête SAS');
    emptyFile(emptied);
    zeroHeader(wiped);
  });

  afterAll(() => app.close());

  it('refuses the empty file, keeps it empty, and restores its backup', async () => {
    const { page } = app;
    await page.goto(app.bridge.url);

    await page.getByRole('button', { name: /Atelier Vide SAS/ }).click();
    const offer = page.getByRole('region', { name: 'Fichier endommagé' });
    await offer.waitFor();

    expect(await page.getByRole('alert').first().textContent()).toContain(
      'Le fichier vide.sqlite est vide (0 octet)',
    );
    expect(fs.statSync(emptied).size).toBe(0);
    await page
      .getByRole('button', { name: 'Restaurer cette sauvegarde et ouvrir le dossier' })
      .click();
    await page.getByRole('row', { name: /Client de vide\.sqlite/ }).waitFor();
    await page.getByRole('button', { name: 'Changer de dossier' }).click();
  });

  it('treats the file whose header was wiped as damaged, since backups of it exist', async () => {
    const { page } = app;

    await page.getByRole('button', { name: /Atelier Entête SAS/ }).click();
    const offer = page.getByRole('region', { name: 'Fichier endommagé' });
    await offer.waitFor();

    const alert = (await page.getByRole('alert').first().textContent()) ?? '';
    expect(alert).toContain('ne se lit plus comme un dossier Recouvra');
    expect(alert).not.toContain('ni même une base SQLite');
    expect(await offer.textContent()).toContain('dossier « Atelier Entête SAS »');
    await page
      .getByRole('button', { name: 'Restaurer cette sauvegarde et ouvrir le dossier' })
      .click();
    await page.getByRole('row', { name: /Client de entete\.sqlite/ }).waitFor();
    expect(fs.readdirSync(path.dirname(wiped)).filter((n) => n.startsWith('entete'))).toEqual([
      'entete.sqlite',
    ]);
    expect(app.problems).toEqual([]);
  });
});
