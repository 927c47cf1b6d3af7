import type { Generated } from 'kysely';

// Kysely's view of the tables, in camelCase (the CamelCasePlugin maps them to
// the snake_case columns). Booleans are stored as 0/1 and JSON as text.

export interface CompanyTable {
  id: number;
  legalName: string;
  legalForm: string | null;
  shareCapitalCents: number | null;
  siren: string | null;
  rcsCity: string | null;
  addressLine1: string | null;
  addressLine2: string | null;
  postalCode: string | null;
  city: string | null;
  iban: string | null;
  bic: string | null;
  contactName: string | null;
  email: string | null;
  phone: string | null;
  updatedAt: string;
}

export interface DebtorsTable {
  id: Generated<number>;
  kind: 'entreprise' | 'particulier';
  name: string;
  firstName: string | null;
  legalForm: string | null;
  siren: string | null;
  siret: string | null;
  vatNumber: string | null;
  nafCode: string | null;
  sector: string | null;
  sizeClass: 'micro' | 'pme' | 'eti' | 'ge' | null;
  addressLine1: string;
  addressLine2: string | null;
  postalCode: string;
  city: string;
  departement: string | null;
  phone: string | null;
  email: string | null;
  notes: string | null;
  tags: string;
  searchKey: string;
  ownerUserId: number | null;
  externalRef: string | null;
  archived: number;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ContactsTable {
  id: Generated<number>;
  debtorId: number;
  name: string;
  role: string | null;
  email: string | null;
  phone: string | null;
  isPrimary: number;
  archived: number;
}

export interface InvoicesTable {
  id: Generated<number>;
  debtorId: number;
  number: string;
  issueDate: string;
  dueDate: string;
  amountExclTaxCents: number;
  vatCents: number;
  amountInclTaxCents: number;
  currency: string;
  paymentTerms: string | null;
  source: string;
  externalRef: string | null;
  createdAt: string;
}

export interface PaymentsTable {
  id: Generated<number>;
  debtorId: number;
  date: string;
  amountCents: number;
  method: string;
  reference: string | null;
  source: string;
  externalRef: string | null;
  createdAt: string;
}

export interface PaymentAllocationsTable {
  paymentId: number;
  invoiceId: number;
  amountCents: number;
}

export interface CreditNotesTable {
  id: Generated<number>;
  debtorId: number;
  number: string;
  date: string;
  amountCents: number;
  invoiceId: number | null;
  reason: string | null;
  source: string;
  externalRef: string | null;
  createdAt: string;
}

export interface DebtorEventsTable {
  id: Generated<number>;
  debtorId: number;
  occurredAt: string;
  kind: string;
  actor: string;
  summary: string;
  invoiceIds: string;
  details: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  tableName: string;
  rowId: number;
  action: string;
  beforeJson: string | null;
  afterJson: string | null;
  actor: string;
  at: string;
}

export interface SettingsTable {
  key: string;
  value: string;
}

export interface AppUsersTable {
  id: Generated<number>;
  name: string;
  email: string | null;
  active: number;
  createdAt: string;
}

export interface PromisesTable {
  id: Generated<number>;
  debtorId: number;
  madeOn: string;
  dueOn: string;
  amountCents: number;
  channel: string;
  note: string | null;
  cancelledOn: string | null;
  createdBy: string;
  createdAt: string;
}

export interface PromiseInvoicesTable {
  promiseId: number;
  invoiceId: number;
}

export interface PaymentPlansTable {
  id: Generated<number>;
  debtorId: number;
  agreedOn: string;
  signedOn: string | null;
  cancelledOn: string | null;
  note: string | null;
  createdBy: string;
  createdAt: string;
}

export interface PaymentPlanInvoicesTable {
  planId: number;
  invoiceId: number;
}

export interface PaymentPlanInstallmentsTable {
  id: Generated<number>;
  planId: number;
  dueOn: string;
  amountCents: number;
}

export interface DisputesTable {
  id: Generated<number>;
  debtorId: number;
  reason: 'prix' | 'qualite' | 'livraison' | 'deja_paye' | 'autre';
  description: string | null;
  ownerUserId: number | null;
  openedOn: string;
  closedOn: string | null;
  outcome: 'avoir' | 'rejete' | 'facture_corrigee' | null;
  createdBy: string;
  createdAt: string;
}

export interface DisputeInvoicesTable {
  disputeId: number;
  invoiceId: number;
}

/** Every table of a Recouvra file, as kysely sees it. */
export interface DatabaseSchema {
  company: CompanyTable;
  debtors: DebtorsTable;
  contacts: ContactsTable;
  invoices: InvoicesTable;
  payments: PaymentsTable;
  paymentAllocations: PaymentAllocationsTable;
  creditNotes: CreditNotesTable;
  debtorEvents: DebtorEventsTable;
  auditLog: AuditLogTable;
  settings: SettingsTable;
  appUsers: AppUsersTable;
  promises: PromisesTable;
  promiseInvoices: PromiseInvoicesTable;
  paymentPlans: PaymentPlansTable;
  paymentPlanInvoices: PaymentPlanInvoicesTable;
  paymentPlanInstallments: PaymentPlanInstallmentsTable;
  disputes: DisputesTable;
  disputeInvoices: DisputeInvoicesTable;
}
