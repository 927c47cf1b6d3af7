import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainSpaces } from '../support/plain-spaces';
import { startAppUnderTest, type AppUnderTest } from './support/app-under-test';

const DEBTOR_COUNT = 10_000;

// Debtor "Client 00001" … "Client 10000" across two départements; every
// tenth has one overdue invoice of (index) euros.
function seedDebtors(app: AppUnderTest): void {
  const sqlite = app.test.workspace.context().database.sqlite;
  const insertDebtor = sqlite.prepare(
    `INSERT INTO debtors (kind, name, address_line1, postal_code, city, departement, search_key,
       created_at, updated_at)
     VALUES ('entreprise', ?, '1 rue Test', ?, ?, ?, ?, '2026-01-01', '2026-01-01')`,
  );
  const insertInvoice = sqlite.prepare(
    `INSERT INTO invoices (debtor_id, number, issue_date, due_date, amount_excl_tax_cents,
       vat_cents, amount_incl_tax_cents, source, created_at)
     VALUES (?, ?, '2026-09-01', '2026-10-01', ?, 0, ?, 'manual', '2026-09-01')`,
  );
  sqlite.transaction(() => {
    for (let index = 1; index <= DEBTOR_COUNT; index += 1) {
      const name = `Client ${String(index).padStart(5, '0')}`;
      const [postalCode, city, departement] =
        index % 2 === 0 ? ['75011', 'Paris', '75'] : ['93200', 'Saint-Denis', '93'];
      const { lastInsertRowid } = insertDebtor.run(
        name,
        postalCode,
        city,
        departement,
        `${name.toLowerCase()} ${city.toLowerCase()}`,
      );
      if (index % 10 === 0) {
        insertInvoice.run(lastInsertRowid, `F-${index}`, index * 100, index * 100);
      }
    }
  })();
}

describe('debtor list with 10,000 debtors in Chromium', () => {
  let app: AppUnderTest;

  beforeAll(async () => {
    app = await startAppUnderTest();
    await app.test.call('file:create', {
      path: path.join(app.test.directory, 'dossier.sqlite'),
      companyName: 'Grossiste Test SAS',
    });
    seedDebtors(app);
    await app.page.goto(`${app.bridge.url}/#/debiteurs`);
  });

  afterAll(() => app.close());

  it('counts every debtor but renders only the visible rows', async () => {
    const { page } = app;
    await expect
      .poll(async () => plainSpaces(await page.getByTestId('debtor-count').textContent()))
      .toBe('10 000 débiteurs');

    const rendered = await page.locator('.grid__body [role="row"]').count();

    expect(rendered).toBeGreaterThan(10);
    expect(rendered).toBeLessThan(80);
  });

  it('loads the last rows when scrolled to the bottom', async () => {
    const { page } = app;

    await page.locator('.grid__body').evaluate((element) => {
      element.scrollTop = element.scrollHeight;
    });

    await page.getByRole('row', { name: /Client 10000/ }).waitFor();
  });

  it('sorts by overdue amount when the column header is clicked', async () => {
    const { page } = app;
    await page.locator('.grid__body').evaluate((element) => {
      element.scrollTop = 0;
    });

    await page.getByRole('button', { name: 'Échu' }).click();

    const firstRow = page.locator('.grid__body [role="row"]').first();
    await expect.poll(() => firstRow.textContent()).toContain('Client 10000');
    expect(plainSpaces(await firstRow.textContent())).toContain('10 000,00 €');
  });

  it('filters by département and by overdue', async () => {
    const { page } = app;

    await page.getByLabel('Département').selectOption('93');
    await page.getByLabel('En retard uniquement').check();

    // Odd indexes are in 93; overdue ones are multiples of ten: none is odd.
    await expect
      .poll(async () => plainSpaces(await page.getByTestId('debtor-count').textContent()))
      .toBe('0 débiteur');
    await page.getByLabel('Département').selectOption('75');
    await expect
      .poll(async () => plainSpaces(await page.getByTestId('debtor-count').textContent()))
      .toBe('1 000 débiteurs');
    expect(app.problems).toEqual([]);
  });
});
