import type { Company } from '../../src-shared/domain/company';
import type { Debtor } from '../../src-shared/domain/debtor';
import { nameWithForm, type PartyDraft } from '../../src-shared/legal/injonction-draft';

/** The creditor as a party of a document; the representative defaults to the contact person. */
export function partyFromCompany(company: Company): PartyDraft {
  return {
    kind: 'entreprise',
    name: company.legalName,
    firstName: '',
    legalForm: company.legalForm ?? '',
    siren: company.siren ?? '',
    addressLine1: company.addressLine1 ?? '',
    addressLine2: company.addressLine2 ?? '',
    postalCode: company.postalCode ?? '',
    city: company.city ?? '',
    representative: company.contactName ? `son représentant légal, ${company.contactName}` : '',
  };
}

/** The debtor as a party of a document. */
export function partyFromDebtor(debtor: Debtor): PartyDraft {
  return {
    kind: debtor.kind,
    name: debtor.name,
    firstName: debtor.firstName ?? '',
    legalForm: debtor.legalForm ?? '',
    siren: debtor.siren ?? '',
    addressLine1: debtor.addressLine1,
    addressLine2: debtor.addressLine2 ?? '',
    postalCode: debtor.postalCode,
    city: debtor.city,
    representative: '',
  };
}

/** The party in one sentence: « Dupont SARL, SIREN 552081317, dont le siège est … ». */
export function partySentence(party: PartyDraft): string {
  const address = [party.addressLine1, party.addressLine2, `${party.postalCode} ${party.city}`]
    .filter((part) => part.trim() !== '')
    .join(', ');
  if (party.kind === 'particulier') {
    return `${[party.firstName, party.name].filter(Boolean).join(' ')}, demeurant ${address}`;
  }
  const parts = [nameWithForm(party.name, party.legalForm)];
  if (party.siren) parts.push(`SIREN ${party.siren}`);
  parts.push(`dont le siège est ${address}`);
  if (party.representative) parts.push(`représentée par ${party.representative}`);
  return parts.join(', ');
}
