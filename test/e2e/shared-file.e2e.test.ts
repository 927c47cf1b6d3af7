import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeForeignLock } from '../src-main/file-lock/lock-rows';
import { createTestWorkspace, type TestWorkspace } from '../support/temp-workspace';
import { startAppUnderTest, type AppUnderTest } from './support/app-under-test';
import { keepScreenshot } from './support/screenshots';

describe('a file another app holds, in Chromium', () => {
  let app: AppUnderTest;
  let holder: TestWorkspace;
  let file: string;

  beforeAll(async () => {
    app = await startAppUnderTest();
    holder = createTestWorkspace();
    file = path.join(holder.directory, 'partage.sqlite');
    await holder.call('file:create', { path: file, companyName: 'Atelier Lumière SAS' });
  });

  afterAll(async () => {
    await app.close();
    await holder.dispose();
  });

  it('opens read-only with a banner naming who holds it and since when', async () => {
    const { page } = app;
    await app.test.call('file:open', { path: file });
    await page.goto(`${app.bridge.url}/#/debiteurs`);

    const banner = page.locator('.read-only-banner');
    await banner.waitFor();

    expect(await banner.textContent()).toMatch(
      /Ce dossier est ouvert en écriture par Test sur le poste .+ depuis le \d\d\/\d\d\/\d{4} à \d\d:\d\d/,
    );
    expect(await page.locator('.sidebar__file').textContent()).toContain('Lecture seule');
    await keepScreenshot(page, 'lecture-seule');
  });

  it('offers to reopen for writing once the holder has closed the file', async () => {
    const { page } = app;
    await holder.workspace.closeFile();

    await page.getByRole('button', { name: 'Vérifier à nouveau' }).click();

    await page.locator('.read-only-banner').waitFor({ state: 'detached' });
    expect(await page.locator('.sidebar__file').textContent()).not.toContain('Lecture seule');
  });

  it('keeps what was typed when the file is busy, with a message saying so', async () => {
    const { page } = app;
    await page.goto(`${app.bridge.url}/#/entreprise`);
    await page.getByLabel('Ville', { exact: true }).fill('Montreuil');
    app.test.workspace.context().database.sqlite.pragma('busy_timeout = 200');
    const other = new Database(file);
    other.exec('BEGIN EXCLUSIVE');

    await page.getByRole('button', { name: 'Enregistrer' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Le fichier est occupé' });
    await alert.waitFor();
    other.exec('ROLLBACK');
    other.close();

    expect(await alert.textContent()).toContain("votre saisie est conservée à l'écran");
    expect(await page.getByLabel('Ville', { exact: true }).inputValue()).toBe('Montreuil');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('status').filter({ hasText: 'Enregistré à' }).waitFor();
    expect((await app.test.call('company:get', {})).city).toBe('Montreuil');
  });
});

describe('a file whose holder stopped without closing it, in Chromium', () => {
  let app: AppUnderTest;
  let file: string;

  beforeAll(async () => {
    app = await startAppUnderTest();
    file = path.join(app.test.directory, 'partage.sqlite');
    await app.test.call('file:create', { path: file, companyName: 'Atelier Lumière SAS' });
    await app.test.workspace.closeFile();
  });

  afterAll(() => app.close());

  it('says the holder stopped, takes its lock over on reopening, and refreshes « Sauvegardes »', async () => {
    const { page } = app;
    // A live process of this machine stands for the other app; SIGKILL leaves its lock row
    // behind.
    const other = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)']);
    const exited = new Promise((resolve) => other.once('exit', resolve));
    writeForeignLock(file, {
      machine: os.hostname(),
      processId: other.pid ?? 0,
      heartbeatAt: new Date().toISOString(),
    });
    await app.test.call('file:open', { path: file });
    await page.goto(`${app.bridge.url}/#/sauvegardes`);
    const list = page.getByRole('region', { name: 'Sauvegardes de ce dossier' });
    await list.getByText('La restauration est impossible').waitFor();
    expect(await list.textContent()).toContain('Aucune sauvegarde pour l’instant.');
    other.kill('SIGKILL');
    await exited;

    await page.reload();
    const banner = page.locator('.read-only-banner');
    await banner.getByText('s’est arrêtée sans le fermer').waitFor();
    expect(await banner.textContent()).toContain('Recouvra reprendra ce verrou');
    await keepScreenshot(page, 'application-arretee');
    await page.getByRole('button', { name: 'Rouvrir en écriture' }).click();

    const notice = page.locator('.lock-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(
      /Le verrou laissé par Marie Dupont sur le poste .+ a été repris/,
    );
    await list.getByRole('row', { name: /À l’ouverture du dossier/ }).waitFor();
    expect(await list.textContent()).not.toContain('La restauration est impossible');
    expect(await list.textContent()).not.toContain('Aucune sauvegarde');
    expect(app.problems).toEqual([]);
  });
});
