import path from 'node:path';
import { afterAll, beforeAll, it } from 'vitest';
import { startAppUnderTest, type AppUnderTest } from './support/app-under-test';

let app: AppUnderTest;
beforeAll(async () => {
  app = await startAppUnderTest('2026-12-03');
  await app.test.call('file:createDemo', {
    path: path.join(app.test.directory, 'demo.sqlite'),
    debtors: 60,
  });
});
afterAll(() => app.close());

it('screens', async () => {
  const { page } = app;
  await page.goto(`${app.bridge.url}/#/a-faire`);
  await page.getByRole('heading', { name: 'À faire' }).waitFor();
  await page.screenshot({ path: '/tmp/scratch/agenda.png', fullPage: false });
  const callRow = page.locator('.agenda__row').filter({ hasText: 'Appel' }).first();
  await callRow.locator('.agenda__toggle').click();
  await page.locator('.agenda-panel').waitFor();
  await page.waitForTimeout(500);
  await page.locator('.agenda-panel').screenshot({ path: '/tmp/scratch/agenda-call.png' });
  const emailRow = page.locator('.agenda__row').filter({ hasText: 'E-mail' }).first();
  await emailRow.locator('.agenda__toggle').click();
  await page.waitForTimeout(800);
  await page.locator('.agenda-panel').screenshot({ path: '/tmp/scratch/agenda-email.png' });
  const href = await page.locator('.agenda__row a').first().getAttribute('href');
  await page.goto(`${app.bridge.url}/${href}`);
  await page.getByRole('heading', { name: 'Relance' }).waitFor();
  await page.waitForTimeout(800);
  await page.locator('.relance-card').screenshot({ path: '/tmp/scratch/debtor-relance.png' });
  await page.locator('.collection').screenshot({ path: '/tmp/scratch/debtor-collection.png' });
  await page
    .locator('section[aria-labelledby="timeline-title"]')
    .screenshot({ path: '/tmp/scratch/debtor-timeline.png' });
  await page.goto(`${app.bridge.url}/#/plans-de-relance`);
  await page.getByRole('heading', { name: 'Plans de relance' }).waitFor();
  await page.getByRole('button', { name: 'Modifier' }).first().click();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: '/tmp/scratch/settings.png' });
  await page.locator('.scenario-editor').screenshot({ path: '/tmp/scratch/settings-editor.png' });
  await page.locator('.template-preview').screenshot({ path: '/tmp/scratch/settings-preview.png' });
  console.log(app.problems);
}, 120000);
