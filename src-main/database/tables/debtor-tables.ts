import type { Generated } from 'kysely';

// Debtors, their contacts, their timeline and their credit limit.

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

export interface CreditLimitsTable {
  debtorId: number;
  limitCents: number;
  note: string | null;
  setBy: string;
  setAt: string;
}
