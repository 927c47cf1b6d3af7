import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleDebtor } from '../support/sample-inputs';
import { startAppUnderTest, type AppUnderTest } from './support/app-under-test';

describe('choosing who works at this machine, in Chromium', () => {
  let app: AppUnderTest;

  beforeAll(async () => {
    app = await startAppUnderTest();
    await app.test.call('file:create', {
      path: path.join(app.test.directory, 'dossier.sqlite'),
      companyName: 'Atelier Lumière SAS',
    });
    await app.test.call('users:add', {
      input: { name: 'Sophie Marchand', email: null, active: true },
    });
  });

  afterAll(() => app.close());

  it('signs the next change with the user picked in the sidebar', async () => {
    const { page } = app;
    await page.goto(`${app.bridge.url}/#/debiteurs`);
    const picker = page.getByLabel('Vous êtes');
    await expect.poll(() => picker.locator('option:checked').textContent()).toContain('Test');

    await picker.selectOption({ label: 'Sophie Marchand' });
    await expect
      .poll(async () => (await app.test.call('session:currentUser', {})).user?.name)
      .toBe('Sophie Marchand');
    const debtor = await app.test.call('debtors:create', { input: sampleDebtor() });
    await page.goto(`${app.bridge.url}/#/debiteurs/${debtor.id}`);

    await expect
      .poll(() => page.locator('.timeline').textContent())
      .toContain('par Sophie Marchand');
    await page.reload();
    expect(await page.getByLabel('Vous êtes').locator('option:checked').textContent()).toBe(
      'Sophie Marchand',
    );
    expect(app.problems).toEqual([]);
  });
});
