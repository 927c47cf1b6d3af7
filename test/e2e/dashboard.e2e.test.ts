import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../src-main/cli/cli-main';
import { closeLogFile } from '../../src-main/logging/logger';
import { formatEuros } from '../../src-shared/money/format-amount';
import type { Dashboard } from '../../src-shared/reporting/dashboard-types';
import { plainSpaces } from '../support/plain-spaces';
import { startAppUnderTest, type AppUnderTest } from './support/app-under-test';

const days = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

// The command line's JSON for the same file, through runCli as `npm run -s cli` runs it.
async function cliDashboard(filePath: string, extra: string[] = []): Promise<Dashboard> {
  const dataDirectory = fs.mkdtempSync(path.join(os.tmpdir(), 'recouvra-cli-'));
  vi.stubEnv('RECOUVRA_DATA_DIR', dataDirectory);
  const out: string[] = [];
  const code = await runCli(['dashboard', '--file', filePath, '--as-of', '03/12/2026', ...extra], {
    stdout: (text) => out.push(text),
    stderr: (text) => out.push(text),
  });
  vi.unstubAllEnvs();
  closeLogFile();
  await new Promise((resolve) => setTimeout(resolve, 50));
  fs.rmSync(dataDirectory, { recursive: true, force: true });
  expect(code, out.join('')).toBe(0);
  return JSON.parse(out.join('')) as Dashboard;
}

describe('dashboard and risk map in Chromium on the demo file', () => {
  let app: AppUnderTest;
  let filePath: string;
  let cli: Dashboard;

  beforeAll(async () => {
    app = await startAppUnderTest();
    filePath = path.join(app.test.directory, 'demo.sqlite');
    await app.test.call('file:createDemo', { path: filePath, debtors: 150, seed: 2026 });
    cli = await cliDashboard(filePath);
  }, 120_000);

  afterAll(() => app.close());

  const text = async (testId: string) =>
    plainSpaces(await app.page.getByTestId(testId).textContent());

  it('shows the same figures as the command line for the same file', async () => {
    const { page } = app;
    await page.goto(`${app.bridge.url}/#/tableau-de-bord`);
    await page.getByTestId('kpi-outstanding').waitFor();

    expect(await text('kpi-outstanding')).toBe(
      plainSpaces(formatEuros(cli.totals.outstandingCents)),
    );
    expect(await text('kpi-overdue')).toBe(plainSpaces(formatEuros(cli.totals.overdueCents)));
    expect(await text('kpi-disputed')).toBe(plainSpaces(formatEuros(cli.totals.disputedCents)));
    expect(await text('kpi-dso')).toBe(plainSpaces(`${days.format(cli.dso.days!)} jours`));
    expect(await text('kpi-cei')).toBe(plainSpaces(`${days.format(cli.cei.value!)} %`));
    const aged = page.getByRole('region', { name: 'Balance âgée', exact: true });
    await aged.getByText('Voir les données').click();
    const over90 = aged.getByRole('row', { name: /Plus de 90 jours/ });
    expect(plainSpaces(await over90.textContent())).toContain(
      plainSpaces(formatEuros(cli.aged.buckets.over90)),
    );
    expect(cli.totals.outstandingCents).toBeGreaterThan(0);
  });

  it('opens the debtors behind a bar of the aged balance chart', async () => {
    const { page } = app;
    const canvas = page
      .getByRole('region', { name: 'Balance âgée', exact: true })
      .locator('canvas');
    const box = (await canvas.boundingBox())!;

    // Five columns over the plot area, which starts after the amount axis on the left.
    const plotLeft = box.x + 60;
    const column = (box.width - 60) / 5;
    await page.mouse.click(plotLeft + column * 4.5, box.y + box.height / 2);

    const dialog = page.getByRole('dialog', { name: 'Débiteurs : Plus de 90 jours' });
    await dialog.waitFor();
    await expect
      .poll(async () => plainSpaces(await dialog.getByTestId('drill-summary').textContent()))
      .toContain(plainSpaces(formatEuros(cli.aged.buckets.over90)));
    await dialog.getByRole('link').first().click();
    await page.getByRole('region', { name: 'Risque' }).waitFor();
    expect(await page.getByTestId('risk-class').textContent()).toMatch(/^[ABCD]$/);
  });

  it('follows the département filter with the same figures as the command line', async () => {
    const { page } = app;
    const seineSaintDenis = await cliDashboard(filePath, ['--departement', '93']);
    await page.goto(`${app.bridge.url}/#/tableau-de-bord`);
    await page.getByTestId('kpi-outstanding').waitFor();

    await page.getByLabel('Département').selectOption('93');

    await expect
      .poll(() => text('kpi-outstanding'))
      .toBe(plainSpaces(formatEuros(seineSaintDenis.totals.outstandingCents)));
    expect(await text('period-line')).toContain('93 Seine-Saint-Denis');
  });

  it('opens the debtors of a département from the map of the risk map', async () => {
    const { page } = app;
    const report = await app.test.call('reporting:riskMap', { to: '2026-12-03' });
    await page.goto(`${app.bridge.url}/#/risques`);

    await page.getByRole('button', { name: /^92 Hauts-de-Seine/ }).click();

    const dialog = page.getByRole('dialog', { name: 'Débiteurs : 92 Hauts-de-Seine' });
    await expect
      .poll(async () => plainSpaces(await dialog.getByTestId('drill-summary').textContent()))
      .toContain(`${report.map.byDepartement['92'].debtors} débiteur`);
    expect(await dialog.getByRole('row').count()).toBe(report.map.byDepartement['92'].debtors + 1);
  });

  it('draws the real départements with their licence, Paris as a labelled schematic', async () => {
    const { page } = app;
    await page.goto(`${app.bridge.url}/#/risques`);
    const departements = page.getByRole('img', { name: 'Départements d’Île-de-France' });
    await departements.waitFor();

    expect(await departements.getByRole('button').count()).toBe(8);
    expect(
      await page
        .getByRole('img', { name: 'Paris par arrondissement (schéma)' })
        .getByRole('button')
        .count(),
    ).toBe(20);
    const card = page.getByRole('region', { name: /^Île-de-France par département/ });
    expect(plainSpaces(await card.textContent())).toContain('CC BY 4.0');
    expect(plainSpaces(await card.textContent())).toContain('schéma, pas un plan');
  });

  it('opens what fell due in a month from one figure, the late part from another', async () => {
    const { page } = app;
    const report = await app.test.call('reporting:riskMap', { to: '2026-12-03' });
    const october = report.seasonality.find((row) => row.month === '2026-10')!;
    await page.goto(`${app.bridge.url}/#/risques`);
    // The same address as the test before: reload, so no dialog is left open over the page.
    await page.reload();
    const card = page.getByRole('region', { name: 'Saisonnalité des retards' });
    await card.getByText('Voir les données').click();
    const row = card.getByRole('row', { name: /^oct\. 2026/ });

    await row.getByRole('button').nth(0).click();
    const due = page.getByRole('dialog');
    await expect
      .poll(async () => plainSpaces(await due.getByTestId('drill-summary').textContent()))
      .toContain(plainSpaces(formatEuros(october.dueCents)));
    await due.getByRole('button', { name: 'Fermer' }).click();
    await row.getByRole('button').nth(1).click();
    const late = page.getByRole('dialog');

    await expect
      .poll(async () => plainSpaces(await late.getByTestId('drill-summary').textContent()))
      .toContain(plainSpaces(formatEuros(october.lateCents)));
    expect(october.lateCents).toBeLessThan(october.dueCents);
  });

  it('prints the dashboard to PDF with the print stylesheet, without the sidebar', async () => {
    const { page } = app;
    await page.goto(`${app.bridge.url}/#/tableau-de-bord`);
    await page.getByTestId('kpi-outstanding').waitFor();
    await page.emulateMedia({ media: 'print' });
    const pdfPath = path.join(app.test.directory, 'tableau-de-bord.pdf');

    await page.pdf({ path: pdfPath, format: 'A4', printBackground: true });
    await page.emulateMedia({ media: 'screen' });

    const pdfText = plainSpaces(execFileSync('pdftotext', ['-layout', pdfPath, '-']).toString());
    expect(pdfText).toContain('Tableau de bord');
    expect(pdfText).toContain(plainSpaces(formatEuros(cli.totals.outstandingCents)));
    expect(pdfText).toContain('Évolution de la balance âgée');
    expect(pdfText).not.toContain('Changer de dossier');
    expect(pdfText).not.toContain('Tout exporter');
    expect(app.problems).toEqual([]);
  });

  it('sets a credit limit on the debtor file, warns when it is passed and logs who set it', async () => {
    const { page } = app;
    const top = cli.topOverdue[0]!;
    await page.goto(`${app.bridge.url}/#/debiteurs/${top.debtorId}`);
    const card = page.getByRole('region', { name: 'Risque' });
    await card.getByRole('button', { name: 'Modifier le plafond' }).click();

    const dialog = page.getByRole('dialog', { name: 'Plafond de crédit' });
    await dialog.getByLabel('Plafond').fill('100,00');
    await dialog.getByLabel('Motif (facultatif)').fill('Encours à réduire');
    await dialog.getByRole('button', { name: 'Enregistrer le plafond' }).click();
    await dialog.waitFor({ state: 'detached' });

    await expect.poll(() => text('credit-limit')).toBe('100,00 €');
    const warning = plainSpaces(await page.getByTestId('credit-limit-warning').textContent());
    expect(warning).toContain(`dépasse de ${plainSpaces(formatEuros(top.openCents - 10_000))}`);
    expect(warning).toContain('le plafond de 100,00 €');
    await expect
      .poll(() => page.locator('.timeline').textContent())
      .toContain('Plafond de crédit fixé à 100,00');
    expect(app.problems).toEqual([]);
  });
});
