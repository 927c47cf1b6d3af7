import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestWorkspace, type TestWorkspace } from '../../support/temp-workspace';
import { plainSpaces } from '../../support/plain-spaces';
import { sampleDebtor, sampleInvoice } from '../../support/sample-inputs';

describe('debtor channels', () => {
  let test: TestWorkspace;

  beforeEach(async () => {
    test = createTestWorkspace();
    await test.call('file:create', {
      path: path.join(test.directory, 'dossier.sqlite'),
      companyName: 'Recouvra Test SAS',
    });
  });

  afterEach(() => test.dispose());

  it('computes open amounts and the balance after a payment spread over two invoices', async () => {
    const debtor = await test.call('debtors:create', { input: sampleDebtor() });
    const first = await test.call('invoices:add', { input: sampleInvoice(debtor.id) });
    const second = await test.call('invoices:add', {
      input: sampleInvoice(debtor.id, {
        number: 'FA-2026-002',
        dueDate: '2026-12-31',
        amountExclTaxCents: 50000,
        vatCents: 10000,
        amountInclTaxCents: 60000,
      }),
    });

    await test.call('payments:record', {
      input: {
        debtorId: debtor.id,
        date: '2026-11-15',
        amountCents: 150000,
        method: 'virement',
        reference: 'VIR 15/11',
        allocations: [
          { invoiceId: first.id, amountCents: 100000 },
          { invoiceId: second.id, amountCents: 50000 },
        ],
      },
    });
    const file = await test.call('debtors:get', { id: debtor.id });

    expect(file.invoices.map((invoice) => invoice.openCents)).toEqual([20000, 10000]);
    expect(file.invoices[0]?.daysOverdue).toBe(63);
    expect(file.invoices[1]?.daysOverdue).toBe(0);
    expect(file.balance.balanceCents).toBe(30000);
    expect(file.balance.overdueCents).toBe(20000);
    expect(file.events.map((event) => event.kind)).toEqual([
      'debtor_created',
      'invoice_added',
      'invoice_added',
      'payment_recorded',
    ]);
  });

  it('lists debtors with the same open and overdue totals as the debtor file', async () => {
    const debtor = await test.call('debtors:create', { input: sampleDebtor() });
    await test.call('invoices:add', { input: sampleInvoice(debtor.id) });
    await test.call('debtors:create', {
      input: sampleDebtor({
        name: 'Atelier Martin',
        siren: null,
        postalCode: '75011',
        city: 'Paris',
      }),
    });

    const page = await test.call('debtors:list', { sortBy: 'openCents', sortDirection: 'desc' });

    expect(page.total).toBe(2);
    expect(page.rows[0]).toMatchObject({
      displayName: 'Boulangerie Dupont SARL',
      openCents: 120000,
      overdueCents: 120000,
      maxDaysOverdue: 63,
      departement: '94',
    });
    expect(page.rows[1]).toMatchObject({ displayName: 'Atelier Martin', openCents: 0 });
    expect(page.totalOverdueCents).toBe(120000);
  });

  it('finds a debtor by name without accents, by SIREN and by city', async () => {
    await test.call('debtors:create', {
      input: sampleDebtor({ name: 'Société Générale de Pâtisserie' }),
    });

    const byName = await test.call('debtors:list', { search: 'societe generale' });
    const bySiren = await test.call('debtors:list', { search: '552081' });
    const byCity = await test.call('debtors:list', { search: 'creteil' });
    const nothing = await test.call('debtors:list', { search: 'nanterre' });

    expect([byName.total, bySiren.total, byCity.total, nothing.total]).toEqual([1, 1, 1, 0]);
  });

  it('finds a debtor by its SIREN or SIRET typed in groups with spaces', async () => {
    await test.call('debtors:create', {
      input: sampleDebtor({ siren: '552081317', siret: '55208131766522' }),
    });
    await test.call('debtors:create', {
      input: sampleDebtor({ name: 'Atelier Martin', siren: null, city: 'Paris' }),
    });

    const bySiren = await test.call('debtors:list', { search: '552 081 317' });
    const bySiret = await test.call('debtors:list', { search: '552 081 317 66522' });

    expect(bySiren.rows.map((row) => row.displayName)).toEqual(['Boulangerie Dupont SARL']);
    expect(bySiret.rows.map((row) => row.displayName)).toEqual(['Boulangerie Dupont SARL']);
  });

  it('refuses an invalid SIREN with a French message and writes nothing', async () => {
    const error = await test.callError('debtors:create', {
      input: sampleDebtor({ siren: '552081318' }),
    });

    expect(error.code).toBe('VALIDATION');
    expect(error.fieldErrors?.siren).toContain('552081318');
    expect((await test.call('debtors:list', {})).total).toBe(0);
  });

  it('refuses a due date before the issue date', async () => {
    const debtor = await test.call('debtors:create', { input: sampleDebtor() });

    const error = await test.callError('invoices:add', {
      input: sampleInvoice(debtor.id, { issueDate: '2026-10-05', dueDate: '2026-10-01' }),
    });

    expect(error.fieldErrors?.dueDate).toMatch(/antérieure/);
  });

  it('refuses to allocate more than is open on an invoice', async () => {
    const debtor = await test.call('debtors:create', { input: sampleDebtor() });
    const invoice = await test.call('invoices:add', { input: sampleInvoice(debtor.id) });

    const error = await test.callError('payments:record', {
      input: {
        debtorId: debtor.id,
        date: '2026-11-15',
        amountCents: 200000,
        method: 'cheque',
        reference: null,
        allocations: [{ invoiceId: invoice.id, amountCents: 200000 }],
      },
    });

    expect(plainSpaces(error.fieldErrors?.['allocations.0'])).toContain('1 200,00 €');
  });

  it('refuses a credit note above what is open on its invoice, in credit-note words', async () => {
    const debtor = await test.call('debtors:create', { input: sampleDebtor() });
    const invoice = await test.call('invoices:add', { input: sampleInvoice(debtor.id) });

    const error = await test.callError('creditNotes:add', {
      input: {
        debtorId: debtor.id,
        number: 'AV-2026-001',
        date: '2026-11-20',
        amountCents: 150000,
        invoiceId: invoice.id,
        reason: null,
      },
    });

    const message = plainSpaces(error.fieldErrors?.amountCents);
    expect(message).toContain("L'avoir de 1 500,00 € dépasse ce qui reste dû");
    expect(message).toContain('1 200,00 €');
    expect(message).not.toContain('affecté');
    expect((await test.call('debtors:get', { id: debtor.id })).creditNotes).toEqual([]);
  });

  it('answers a foreign currency and too many tags by the domain rules', async () => {
    const debtor = await test.call('debtors:create', { input: sampleDebtor() });
    const tags = Array.from({ length: 60 }, (_, index) => `étiquette ${index + 1}`);

    const currency = await test.callError('invoices:add', {
      input: sampleInvoice(debtor.id, { currency: 'EURO' }),
    });
    const tooManyTags = await test.callError('debtors:create', {
      input: sampleDebtor({ tags }),
    });

    expect(currency.fieldErrors?.currency).toContain('Seules les factures en euros (EUR)');
    expect(tooManyTags.fieldErrors?.tags).toBe(
      'Ce débiteur a 60 étiquettes : gardez-en 20 au plus.',
    );
  });

  it('archives a debtor instead of deleting it, and keeps it findable', async () => {
    const debtor = await test.call('debtors:create', { input: sampleDebtor() });

    await test.call('debtors:archive', { id: debtor.id });

    expect((await test.call('debtors:list', {})).total).toBe(0);
    const withArchived = await test.call('debtors:list', { includeArchived: true });
    expect(withArchived.rows[0]).toMatchObject({ id: debtor.id, archived: true });
  });

  it('writes every change to the audit trail with its before and after', async () => {
    const debtor = await test.call('debtors:create', { input: sampleDebtor() });
    await test.call('debtors:update', {
      id: debtor.id,
      input: sampleDebtor({ city: 'Vincennes', postalCode: '94300' }),
    });

    const rows = test.workspace
      .context()
      .database.sqlite.prepare(
        'SELECT action, before_json, after_json, actor FROM audit_log WHERE table_name = ?',
      )
      .all('debtors') as {
      action: string;
      before_json: string | null;
      after_json: string;
      actor: string;
    }[];

    expect(rows.map((row) => row.action)).toEqual(['insert', 'update']);
    expect(JSON.parse(rows[1]!.before_json!).city).toBe('Créteil');
    expect(JSON.parse(rows[1]!.after_json).city).toBe('Vincennes');
    expect(rows[1]!.actor).toBe('Test');
  });

  it('refuses a malformed argument before any handler runs', async () => {
    const error = await test.callError('debtors:get', { id: -3 });

    expect(error.code).toBe('VALIDATION');
  });
});
