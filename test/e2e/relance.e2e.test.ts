import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isBatchChannel } from '../../src-shared/relance/relance-channel';
import type { AgendaItem } from '../../src-shared/relance/relance-view';
import { sampleDebtor, sampleInvoice } from '../support/sample-inputs';
import { startAppUnderTest, type AppUnderTest } from './support/app-under-test';

describe('the relance agenda in Chromium on the demo file', () => {
  let app: AppUnderTest;
  let emailed: AgendaItem;
  let called: AgendaItem;
  let batched: AgendaItem[];

  beforeAll(async () => {
    app = await startAppUnderTest('2026-12-03');
    await app.test.call('file:createDemo', {
      path: path.join(app.test.directory, 'demo.sqlite'),
      debtors: 60,
    });
    const agenda = await app.test.call('relance:agenda', {});
    emailed = agenda.items.find((item) => item.channel === 'email')!;
    called = agenda.items.find((item) => item.channel === 'appel')!;
    batched = agenda.items.filter((item) => isBatchChannel(item.channel));
  });

  afterAll(() => app.close());

  it('runs the batch of today’s letters and e-mails and shows what it produced', async () => {
    const { page } = app;
    await page.goto(`${app.bridge.url}/#/a-faire`);
    await page.getByRole('heading', { name: 'À faire' }).waitFor();
    await page.getByTestId(`agenda-row-${emailed.debtorId}`).waitFor();

    await page.getByRole('button', { name: /Préparer les courriers et e-mails du jour/ }).click();

    const result = page.getByTestId('batch-result');
    await result.waitFor();
    const text = (await result.textContent()) ?? '';
    const [, letters, drafts] = /Lot terminé : (\d+) courrier\(s\), (\d+) brouillon/.exec(text)!;
    expect(Number(letters)).toBeGreaterThan(0);
    expect(Number(drafts)).toBeGreaterThan(0);
    const folder = (await result.locator('code').textContent())!;
    const files = fs.readdirSync(folder);
    expect(files.filter((name) => name.endsWith('.eml'))).toHaveLength(Number(drafts));
    expect(files).toContain('Courriers fusionnés.docx');
    // The agenda is read again once the whole batch is done: the last relance of the batch is
    // gone from it too, and the count is the file's.
    const after = await app.test.call('relance:agenda', {});
    await page.getByTestId(`agenda-row-${emailed.debtorId}`).waitFor({ state: 'detached' });
    await page.getByTestId(`agenda-row-${batched.at(-1)!.debtorId}`).waitFor({ state: 'detached' });
    expect(await page.locator('.page__header .muted').textContent()).toContain(
      `${after.items.length} relance(s) à faire`,
    );
  });

  it('shows the e-mail sent, word for word, on the debtor’s timeline', async () => {
    const { page } = app;
    await page.goto(`${app.bridge.url}/#/debiteurs/${emailed.debtorId}`);
    await page.getByRole('heading', { name: emailed.debtorName }).waitFor();

    const entry = page.locator('.timeline__item--relances').first();
    await entry.waitFor();
    expect(await entry.textContent()).toContain('Relance faite, étape');
    await entry.getByText(/Contenu envoyé/).click();
    expect(await entry.locator('pre').textContent()).toContain(emailed.invoices[0]!.number);
    expect(await page.getByTestId('relance-outlook').textContent()).toMatch(/Prévue le/);
  });

  it('records a call with a promise, which takes the debtor off the agenda', async () => {
    const { page } = app;
    await page.goto(`${app.bridge.url}/#/a-faire`);
    const row = page.getByTestId(`agenda-row-${called.debtorId}`);
    await row.getByRole('button', { name: 'Appel téléphonique' }).click();
    const panel = page.getByTestId(`agenda-panel-${called.debtorId}`);
    await panel.getByText('Points à aborder').waitFor();

    await panel.getByLabel('Promesse de paiement').check();
    await panel.getByLabel('Date promise').fill('08/12/2026');
    await panel.getByLabel('Notes de l’appel').fill('Le gérant promet un virement mardi.');
    await panel.getByRole('button', { name: 'Enregistrer l’issue de l’appel' }).click();

    await expect
      .poll(() => page.getByTestId('agenda-notice').textContent())
      .toContain('Appel enregistré : Promesse de paiement (promesse au 08/12/2026)');
    await row.waitFor({ state: 'detached' });
  });

  it('brings the debtor back, flagged, once the promised date has passed unpaid', async () => {
    const { page } = app;
    app.test.setToday('2026-12-09');

    await page.goto(`${app.bridge.url}/#/a-faire`);
    await page.reload();

    const row = page.getByTestId(`agenda-row-${called.debtorId}`);
    await row.waitFor();
    expect(await row.textContent()).toContain('Promesse de paiement non tenue le 09/12/2026');
    await row.getByRole('link', { name: called.debtorName }).click();
    await page.getByRole('heading', { name: 'Promesses de paiement' }).waitFor();
    expect(await page.locator('.status--rompue').first().textContent()).toBe('Rompue');
    expect(app.problems).toEqual([]);
  });

  it('agrees a payment plan whose installment fields are named for each row', async () => {
    const { page } = app;
    await page.goto(`${app.bridge.url}/#/debiteurs/${emailed.debtorId}`);
    await page.getByRole('button', { name: 'Nouvel échéancier' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Nombre de mensualités').fill('2');
    await dialog.getByRole('button', { name: /Répartir/ }).click();

    await dialog.getByLabel('Date de l’échéance n° 1').fill('20/12/2026');
    const second = await dialog.getByLabel('Montant de l’échéance n° 2').inputValue();
    await dialog.getByRole('button', { name: 'Enregistrer l’échéancier' }).click();

    const plan = page.locator('.collection__plan').first();
    await plan.waitFor();
    expect(await plan.textContent()).toContain('20/12/2026');
    expect((await plan.textContent())?.replace(/\s/g, '')).toContain(second.replace(/\s/g, ''));
    expect(app.problems).toEqual([]);
  });

  it('flags on its agenda line a debtor with a time-barred invoice, left out of the relance', async () => {
    const { page } = app;
    const debtor = await app.test.call('debtors:create', {
      input: sampleDebtor({ name: 'Ancienne Quincaillerie', siren: null }),
    });
    for (const [number, issueDate, dueDate] of [
      ['FA-2021-OLD', '2021-09-01', '2021-10-01'],
      ['FA-2026-NEW', '2026-11-01', '2026-11-25'],
    ] as const) {
      await app.test.call('invoices:add', {
        input: sampleInvoice(debtor.id, { number, issueDate, dueDate }),
      });
    }

    await page.goto(`${app.bridge.url}/#/a-faire`);
    await page.reload();
    const row = page.getByTestId(`agenda-row-${debtor.id}`);
    await row.waitFor();

    expect(await page.getByTestId(`agenda-prescription-${debtor.id}`).textContent()).toBe(
      'Prescrite : FA-2021-OLD (hors relance)',
    );
    expect(await row.textContent()).toContain('FA-2026-NEW');
    expect(await row.textContent()).not.toContain('FA-2021-OLD,');
  });

  it('says on the SMTP screen that the password stays on this computer, and how', async () => {
    const { page } = app;
    await page.goto(`${app.bridge.url}/#/plans-de-relance`);

    const note = page.getByTestId('smtp-password-storage');
    await note.waitFor();

    expect(await note.textContent()).toContain(
      'Le mot de passe reste sur cet ordinateur uniquement, hors du dossier (.sqlite)',
    );
    expect(await note.textContent()).toContain('redemandé si le dossier est ouvert sur un autre');
    expect(await note.textContent()).toContain('(droits 0600)');
  });
});
