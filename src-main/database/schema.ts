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

export interface ImportBatchesTable {
  id: Generated<number>;
  kind: 'fec' | 'spreadsheet';
  fileName: string;
  fileHash: string;
  fileSize: number;
  periodFrom: string | null;
  periodTo: string | null;
  companySiren: string | null;
  counts: string;
  actor: string;
  importedAt: string;
}

export interface ImportProfilesTable {
  id: Generated<number>;
  name: string;
  target: 'invoices' | 'debtors';
  headerSignature: string;
  mapping: string;
  createdAt: string;
  updatedAt: string;
}

export interface UserLegalRatesTable {
  start: string;
  personnePhysiqueBp: number;
  autresCasBp: number;
  source: string;
  createdBy: string;
  createdAt: string;
}

export interface UserEcbRatesTable {
  effective: string;
  rateBp: number;
  source: string;
  createdBy: string;
  createdAt: string;
}

export interface CourtAddressesTable {
  code: string;
  address: string;
  updatedBy: string;
  updatedAt: string;
}

export interface CourtChoicesTable {
  id: Generated<number>;
  postalCode: string;
  communeKey: string;
  city: string;
  forum: 'commercial' | 'judiciaire';
  courtCode: string | null;
  courtName: string | null;
  courtAddress: string | null;
  judge: 'tj' | 'tc' | 'tae' | 'jcp' | null;
  chosenBy: string;
  chosenAt: string;
}

export interface DebtorLegalProfilesTable {
  debtorId: number;
  claimNature: 'commercial' | 'civil' | 'protection';
  updatedBy: string;
  updatedAt: string;
}

export interface LegalContactsTable {
  id: Generated<number>;
  kind: 'commissaire' | 'avocat';
  name: string;
  firm: string | null;
  addressLine1: string | null;
  postalCode: string | null;
  city: string | null;
  email: string | null;
  phone: string | null;
  notes: string | null;
  archived: number;
  createdAt: string;
}

export interface LegalCasesTable {
  id: Generated<number>;
  debtorId: number;
  openedOn: string;
  closedOn: string | null;
  outcome: 'paye' | 'accord' | 'abandon' | 'irrecouvrable' | null;
  courtName: string | null;
  courtAddress: string | null;
  courtJudge: 'tj' | 'tc' | 'tae' | 'jcp' | null;
  cerfaNumber: string | null;
  createdBy: string;
  createdAt: string;
}

export interface LegalDocumentsTable {
  id: Generated<number>;
  caseId: number;
  debtorId: number;
  kind: 'mise_en_demeure' | 'requete' | 'note_refere' | 'remise';
  preparedOn: string;
  filePath: string;
  invoiceIds: string;
  totalCents: number;
  snapshot: string;
  createdBy: string;
  createdAt: string;
}

export interface LegalStepsTable {
  id: Generated<number>;
  caseId: number;
  kind: string;
  occurredOn: string;
  deadlineOn: string | null;
  reference: string | null;
  note: string | null;
  documentId: number | null;
  contactId: number | null;
  cancelledAt: string | null;
  cancelledBy: string | null;
  createdBy: string;
  createdAt: string;
}

export interface CreditLimitsTable {
  debtorId: number;
  limitCents: number;
  note: string | null;
  setBy: string;
  setAt: string;
}

/** The app holding the file for writing: at most one row, deleted on close. */
export interface FileLockTable {
  id: number;
  sessionId: string;
  holderName: string;
  machine: string;
  processId: number;
  appVersion: string;
  openedAt: string;
  heartbeatAt: string;
}

export interface RelanceScenariosTable {
  id: Generated<number>;
  name: string;
  description: string | null;
  shippedKey: string | null;
  archived: number;
  createdAt: string;
  updatedAt: string;
}

export interface RelanceStepsTable {
  id: Generated<number>;
  scenarioId: number;
  position: number;
  offsetDays: number;
  channel: 'email' | 'lettre' | 'lrar' | 'sms' | 'appel' | 'mise_en_demeure';
  tone: 'courtois' | 'ferme' | 'formel';
  subject: string;
  body: string;
  deadlineDays: number;
  repeatEveryDays: number | null;
}

export interface RelanceRulesTable {
  id: Generated<number>;
  position: number;
  scenarioId: number;
  riskClass: string | null;
  sector: string | null;
  debtorKind: 'entreprise' | 'particulier' | null;
  minOpenCents: number | null;
}

export interface DebtorRelanceTable {
  debtorId: number;
  scenarioId: number | null;
  postponedUntil: string | null;
  postponeReason: string | null;
  updatedAt: string;
}

export interface RelanceActionsTable {
  id: Generated<number>;
  debtorId: number;
  scenarioId: number | null;
  stepIndex: number;
  channel: string;
  tone: string;
  status: 'fait' | 'ignore';
  plannedOn: string;
  doneOn: string;
  doneAt: string;
  actor: string;
  recipient: string | null;
  subject: string | null;
  body: string | null;
  delivery: string | null;
  outputPath: string | null;
  skipReason: string | null;
  callOutcome: string | null;
  batchId: string | null;
}

export interface RelanceActionInvoicesTable {
  actionId: number;
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
  importBatches: ImportBatchesTable;
  importProfiles: ImportProfilesTable;
  userLegalRates: UserLegalRatesTable;
  userEcbRates: UserEcbRatesTable;
  courtAddresses: CourtAddressesTable;
  courtChoices: CourtChoicesTable;
  debtorLegalProfiles: DebtorLegalProfilesTable;
  legalContacts: LegalContactsTable;
  legalCases: LegalCasesTable;
  legalDocuments: LegalDocumentsTable;
  legalSteps: LegalStepsTable;
  creditLimits: CreditLimitsTable;
  fileLock: FileLockTable;
  relanceScenarios: RelanceScenariosTable;
  relanceSteps: RelanceStepsTable;
  relanceRules: RelanceRulesTable;
  debtorRelance: DebtorRelanceTable;
  relanceActions: RelanceActionsTable;
  relanceActionInvoices: RelanceActionInvoicesTable;
}
