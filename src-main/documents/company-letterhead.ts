import type { Company } from '../../src-shared/domain/company';
import { formatAmountForInput } from '../../src-shared/money/format-amount';
import { formatIban } from '../../src-shared/validators/iban';
import type { AddressBlock } from './document-blocks';

/** The creditor's letterhead: name, address, SIREN and contact, as on every letter. */
export function companyLetterhead(company: Company): AddressBlock {
  const lines = [company.legalName];
  if (company.addressLine1) lines.push(company.addressLine1);
  if (company.addressLine2) lines.push(company.addressLine2);
  if (company.postalCode || company.city) {
    lines.push([company.postalCode, company.city].filter(Boolean).join(' '));
  }
  if (company.siren) lines.push(`SIREN ${company.siren}`);
  if (company.phone) lines.push(`Tél. ${company.phone}`);
  if (company.email) lines.push(company.email);
  return { lines };
}

/** The legal footer of the creditor (forme, capital, RCS) required on commercial letters. */
export function companyFooter(company: Company): string {
  const parts = [company.legalName];
  if (company.legalForm) parts.push(company.legalForm);
  if (company.shareCapitalCents !== null) {
    parts.push(`au capital de ${formatAmountForInput(company.shareCapitalCents)} €`);
  }
  if (company.siren && company.rcsCity) parts.push(`RCS ${company.rcsCity} ${company.siren}`);
  else if (company.siren) parts.push(`SIREN ${company.siren}`);
  if (company.iban) parts.push(`IBAN ${formatIban(company.iban)}`);
  return parts.join(' · ');
}
