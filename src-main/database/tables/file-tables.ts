import type { Generated } from 'kysely';

// The company file itself: the creditor, settings, users, audit trail and write lock.

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
