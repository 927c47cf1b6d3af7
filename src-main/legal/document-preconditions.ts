import type { Company } from '../../src-shared/domain/company';
import type { DebtorClaim } from '../../src-shared/legal/debtor-claim';
import { AppError } from '../errors/app-error';

/** Refuses a legal document while the creditor's identity lacks what the document must state. */
export function creditorReadyForDocument(company: Company): void {
  const missing: string[] = [];
  if (!company.siren) missing.push('le SIREN');
  if (!company.addressLine1 || !company.postalCode || !company.city) missing.push("l'adresse");
  if (missing.length > 0) {
    throw new AppError(
      'VALIDATION',
      `Complétez ${missing.join(' et ')} de votre entreprise (« Mon entreprise ») : ils ` +
        'figurent obligatoirement sur ce document.',
    );
  }
}

/** Refuses a document with nothing to claim, or whose amounts need a rate not yet entered. */
export function claimReadyForDocument(claim: DebtorClaim, debtorName: string): void {
  if (claim.claimedInvoiceIds.length === 0) {
    throw new AppError(
      'VALIDATION',
      `${debtorName} n'a aucune facture échue, impayée, hors litige et non prescrite à réclamer.`,
    );
  }
  if (!claim.complete) {
    throw new AppError(
      'VALIDATION',
      `Le décompte ne peut pas être établi : ${claim.errors.join(' ')}`,
    );
  }
}
