// Kysely's view of the tables, in camelCase (the CamelCasePlugin maps them to
// the snake_case columns). Booleans are stored as 0/1 and JSON as text. The
// table interfaces live in ./tables, one file per domain; this file joins them.

import type {
  CompanyTable,
  SettingsTable,
  AppUsersTable,
  AuditLogTable,
  FileLockTable,
} from './tables/file-tables';
import type {
  DebtorsTable,
  ContactsTable,
  DebtorEventsTable,
  CreditLimitsTable,
} from './tables/debtor-tables';
import type {
  InvoicesTable,
  PaymentsTable,
  PaymentAllocationsTable,
  CreditNotesTable,
} from './tables/ledger-tables';
import type {
  PromisesTable,
  PromiseInvoicesTable,
  PaymentPlansTable,
  PaymentPlanInvoicesTable,
  PaymentPlanInstallmentsTable,
  DisputesTable,
  DisputeInvoicesTable,
} from './tables/collection-tables';
import type { ImportBatchesTable, ImportProfilesTable } from './tables/import-tables';
import type {
  UserLegalRatesTable,
  UserEcbRatesTable,
  CourtAddressesTable,
  CourtChoicesTable,
  DebtorLegalProfilesTable,
  LegalContactsTable,
  LegalCasesTable,
  LegalDocumentsTable,
  LegalStepsTable,
} from './tables/legal-tables';
import type {
  RelanceScenariosTable,
  RelanceStepsTable,
  RelanceRulesTable,
  DebtorRelanceTable,
  RelanceActionsTable,
  RelanceActionInvoicesTable,
} from './tables/relance-tables';

export type * from './tables/file-tables';
export type * from './tables/debtor-tables';
export type * from './tables/ledger-tables';
export type * from './tables/collection-tables';
export type * from './tables/import-tables';
export type * from './tables/legal-tables';
export type * from './tables/relance-tables';

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
