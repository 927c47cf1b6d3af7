import type { Generated } from 'kysely';

// Legal escalation: rates typed by the user, courts, legal contacts, cases, documents, steps.

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
