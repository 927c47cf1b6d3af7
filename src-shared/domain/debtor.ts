import type { Cents } from '../money/cents';
import type { CalendarDate } from '../dates/calendar-date';

/** A debtor is either a business (entreprise) or a private person (particulier). */
export type DebtorKind = 'entreprise' | 'particulier';

/** INSEE size categories (loi LME 2008): micro, PME, ETI, grande entreprise. */
export type SizeClass = 'micro' | 'pme' | 'eti' | 'ge';

export const SIZE_CLASS_LABELS: Record<SizeClass, string> = {
  micro: 'Microentreprise',
  pme: 'PME',
  eti: 'ETI',
  ge: 'Grande entreprise',
};

export const DEBTOR_KIND_LABELS: Record<DebtorKind, string> = {
  entreprise: 'Entreprise',
  particulier: 'Particulier',
};

/** What a user types to create or edit a debtor. Optional text is `null` when empty. */
export interface DebtorInput {
  kind: DebtorKind;
  /** Raison sociale for a business, family name for a private person. */
  name: string;
  firstName: string | null;
  legalForm: string | null;
  siren: string | null;
  siret: string | null;
  vatNumber: string | null;
  nafCode: string | null;
  sector: string | null;
  sizeClass: SizeClass | null;
  addressLine1: string;
  addressLine2: string | null;
  postalCode: string;
  city: string;
  phone: string | null;
  email: string | null;
  notes: string | null;
  tags: string[];
}

/** A debtor as stored. `departement` is derived from the postal code on every write. */
export interface Debtor extends DebtorInput {
  id: number;
  departement: string | null;
  externalRef: string | null;
  archived: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface Contact {
  id: number;
  debtorId: number;
  name: string;
  role: string | null;
  email: string | null;
  phone: string | null;
  isPrimary: boolean;
}

export type ContactInput = Omit<Contact, 'id' | 'debtorId'>;

/** One line of the debtor list, with amounts computed from the ledger. */
export interface DebtorListRow {
  id: number;
  displayName: string;
  kind: DebtorKind;
  siren: string | null;
  city: string;
  postalCode: string;
  departement: string | null;
  sector: string | null;
  openCents: Cents;
  overdueCents: Cents;
  maxDaysOverdue: number;
  archived: boolean;
}

/** The name shown for a debtor: raison sociale, or « Prénom Nom » for a person. */
export function debtorDisplayName(debtor: Pick<DebtorInput, 'kind' | 'name' | 'firstName'>) {
  if (debtor.kind === 'particulier' && debtor.firstName)
    return `${debtor.firstName} ${debtor.name}`;
  return debtor.name;
}

export type { CalendarDate };
