import path from 'node:path';
import type { DebtorInput } from '../../../src-shared/domain/debtor';
import type { InvoiceInput } from '../../../src-shared/domain/ledger';
import { sampleDebtor, sampleInvoice } from '../../support/sample-inputs';
import type { TestWorkspace } from '../../support/temp-workspace';

/** Creates a company file with a complete identity (IBAN, e-mail, city) for the letters. */
export async function createRelanceFile(test: TestWorkspace): Promise<void> {
  await test.call('file:create', {
    path: path.join(test.directory, 'dossier.sqlite'),
    companyName: 'Atelier Lumière SAS',
  });
  await test.call('company:update', {
    legalName: 'Atelier Lumière SAS',
    legalForm: 'SAS',
    shareCapitalCents: 1_000_000,
    siren: '732829320',
    rcsCity: 'Créteil',
    addressLine1: '1 rue de la Gare',
    addressLine2: null,
    postalCode: '94000',
    city: 'Créteil',
    iban: 'FR7630006000011234567890189',
    bic: 'AGRIFRPP',
    contactName: 'Claire Martin',
    email: 'compta@atelier-lumiere.fr',
    phone: '01 23 45 67 89',
  });
}

/**
 * Adds a debtor with invoices (number, due date, amount TTC in cents, issue date, by default
 * 1 June 2026) and returns ids.
 */
export async function addDebtorWithInvoices(
  test: TestWorkspace,
  debtor: Partial<DebtorInput>,
  invoices: [number: string, dueDate: string, amountInclTaxCents: number, issueDate?: string][],
): Promise<{ debtorId: number; invoiceIds: number[] }> {
  const created = await test.call('debtors:create', { input: sampleDebtor(debtor) });
  const invoiceIds: number[] = [];
  for (const [number, dueDate, amount, issueDate = '2026-06-01'] of invoices) {
    const vat = Math.round(amount / 6);
    const input: InvoiceInput = sampleInvoice(created.id, {
      number,
      issueDate,
      dueDate,
      amountExclTaxCents: amount - vat,
      vatCents: vat,
      amountInclTaxCents: amount,
    });
    invoiceIds.push((await test.call('invoices:add', { input })).id);
  }
  return { debtorId: created.id, invoiceIds };
}
