import type { DebtorInput } from '../../src-shared/domain/debtor';
import type { InvoiceInput } from '../../src-shared/domain/ledger';

/** A valid business debtor in Créteil; override any field. */
export function sampleDebtor(overrides: Partial<DebtorInput> = {}): DebtorInput {
  return {
    kind: 'entreprise',
    name: 'Boulangerie Dupont SARL',
    firstName: null,
    legalForm: 'SARL',
    siren: '552081317',
    siret: null,
    vatNumber: null,
    nafCode: '10.71C',
    sector: 'Commerce de détail',
    sizeClass: 'micro',
    addressLine1: '12 rue de la Paix',
    addressLine2: null,
    postalCode: '94000',
    city: 'Créteil',
    phone: '01 43 99 00 00',
    email: 'compta@dupont.example',
    notes: null,
    tags: [],
    ...overrides,
  };
}

/** A valid invoice of 1 200,00 € TTC (1 000 + 200 of VAT); override any field. */
export function sampleInvoice(
  debtorId: number,
  overrides: Partial<InvoiceInput> = {},
): InvoiceInput {
  return {
    debtorId,
    number: 'FA-2026-001',
    issueDate: '2026-09-01',
    dueDate: '2026-10-01',
    amountExclTaxCents: 100000,
    vatCents: 20000,
    amountInclTaxCents: 120000,
    currency: 'EUR',
    paymentTerms: '30 jours',
    ...overrides,
  };
}
