import path from 'node:path';
import type { DebtorInput } from '../../../src-shared/domain/debtor';
import { sampleDebtor, sampleInvoice } from '../../support/sample-inputs';
import type { TestWorkspace } from '../../support/temp-workspace';

/** Creates and opens a company file whose creditor identity is complete. */
export async function openCompanyFile(test: TestWorkspace): Promise<void> {
  await test.call('file:create', {
    path: path.join(test.directory, 'Atelier Lumière.sqlite'),
    companyName: 'Atelier Lumière SAS',
  });
  await test.call('company:update', {
    legalName: 'Atelier Lumière SAS',
    legalForm: 'SAS',
    shareCapitalCents: 1_000_000,
    siren: '732829320',
    rcsCity: 'Paris',
    addressLine1: '3 rue des Arts',
    addressLine2: null,
    postalCode: '75003',
    city: 'Paris',
    iban: 'FR7630006000011234567890189',
    bic: 'AGRIFRPP',
    contactName: 'Jeanne Martin',
    email: 'compta@atelier-lumiere.example',
    phone: '01 42 00 00 00',
  });
}

/** An invoice of `ttc` cents split 5/6 excl. tax and 1/6 VAT, as the ledger wants it. */
export async function addInvoice(
  test: TestWorkspace,
  debtorId: number,
  number: string,
  dueDate: string,
  ttc: number,
): Promise<number> {
  const vat = Math.round(ttc / 6);
  const invoice = await test.call('invoices:add', {
    input: sampleInvoice(debtorId, {
      number,
      issueDate: dueDate.slice(0, 8) + '01',
      dueDate,
      amountExclTaxCents: ttc - vat,
      vatCents: vat,
      amountInclTaxCents: ttc,
    }),
  });
  return invoice.id;
}

/** Pays part of one invoice on a date. */
export async function pay(
  test: TestWorkspace,
  debtorId: number,
  invoiceId: number,
  date: string,
  amountCents: number,
): Promise<void> {
  await test.call('payments:record', {
    input: {
      debtorId,
      date,
      amountCents,
      method: 'virement',
      reference: null,
      allocations: [{ invoiceId, amountCents }],
    },
  });
}

/**
 * The hand-worked ledger (see the test of `debtorClaim`): invoice A of 5 000,00 € due
 * 30/11/2024 with 2 000,00 € paid on 15/03/2025, invoice B of 1 200,00 € due 15/06/2025 less a
 * 200,00 € credit note.
 */
export async function handWorkedDebtor(
  test: TestWorkspace,
  overrides: Partial<DebtorInput> = {},
): Promise<{ debtorId: number; invoiceA: number; invoiceB: number }> {
  const debtor = await test.call('debtors:create', { input: sampleDebtor(overrides) });
  const invoiceA = await addInvoice(test, debtor.id, 'FA-2024-090', '2024-11-30', 500_000);
  const invoiceB = await addInvoice(test, debtor.id, 'FA-2025-041', '2025-06-15', 120_000);
  await pay(test, debtor.id, invoiceA, '2025-03-15', 200_000);
  await test.call('creditNotes:add', {
    input: {
      debtorId: debtor.id,
      number: 'AV-2025-003',
      date: '2025-07-01',
      amountCents: 20_000,
      invoiceId: invoiceB,
      reason: 'Remise commerciale',
    },
  });
  return { debtorId: debtor.id, invoiceA, invoiceB };
}
