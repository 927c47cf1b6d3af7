import type { Debtor, DebtorInput, DebtorKind, SizeClass } from '../../../src-shared/domain/debtor';

/** The debtor form as typed: every field is text, so nothing typed is ever lost. */
export interface DebtorFormState {
  kind: DebtorKind;
  name: string;
  firstName: string;
  legalForm: string;
  siren: string;
  siret: string;
  vatNumber: string;
  nafCode: string;
  sector: string;
  sizeClass: SizeClass | '';
  addressLine1: string;
  addressLine2: string;
  postalCode: string;
  city: string;
  phone: string;
  email: string;
  notes: string;
  tags: string;
}

export const EMPTY_DEBTOR_FORM: DebtorFormState = {
  kind: 'entreprise',
  name: '',
  firstName: '',
  legalForm: '',
  siren: '',
  siret: '',
  vatNumber: '',
  nafCode: '',
  sector: '',
  sizeClass: '',
  addressLine1: '',
  addressLine2: '',
  postalCode: '',
  city: '',
  phone: '',
  email: '',
  notes: '',
  tags: '',
};

/** Fills the form from a stored debtor. */
export function formFromDebtor(debtor: Debtor): DebtorFormState {
  const text = (value: string | null) => value ?? '';
  return {
    kind: debtor.kind,
    name: debtor.name,
    firstName: text(debtor.firstName),
    legalForm: text(debtor.legalForm),
    siren: text(debtor.siren),
    siret: text(debtor.siret),
    vatNumber: text(debtor.vatNumber),
    nafCode: text(debtor.nafCode),
    sector: text(debtor.sector),
    sizeClass: debtor.sizeClass ?? '',
    addressLine1: debtor.addressLine1,
    addressLine2: text(debtor.addressLine2),
    postalCode: debtor.postalCode,
    city: debtor.city,
    phone: text(debtor.phone),
    email: text(debtor.email),
    notes: text(debtor.notes),
    tags: debtor.tags.join(', '),
  };
}

/** The input sent to main; empty text becomes null, tags are split on commas. */
export function inputFromForm(form: DebtorFormState): DebtorInput {
  const text = (value: string) => (value.trim() === '' ? null : value.trim());
  const isBusiness = form.kind === 'entreprise';
  return {
    kind: form.kind,
    name: form.name.trim(),
    firstName: isBusiness ? null : text(form.firstName),
    legalForm: isBusiness ? text(form.legalForm) : null,
    siren: isBusiness ? text(form.siren) : null,
    siret: isBusiness ? text(form.siret) : null,
    vatNumber: isBusiness ? text(form.vatNumber) : null,
    nafCode: isBusiness ? text(form.nafCode) : null,
    sector: text(form.sector),
    sizeClass: isBusiness && form.sizeClass !== '' ? form.sizeClass : null,
    addressLine1: form.addressLine1.trim(),
    addressLine2: text(form.addressLine2),
    postalCode: form.postalCode.trim(),
    city: form.city.trim(),
    phone: text(form.phone),
    email: text(form.email),
    notes: text(form.notes),
    tags: form.tags
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean),
  };
}
