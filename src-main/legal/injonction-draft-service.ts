import { formatFrenchDate } from '../../src-shared/dates/french-date';
import type { DocumentSpec } from '../../src-shared/documents/document-blocks';
import type { DebtorClaim } from '../../src-shared/legal/debtor-claim';
import { cerfaForJudge } from '../../src-shared/legal/cerfa-forms';
import { checkInjonction, type InjonctionChecks } from '../../src-shared/legal/injonction-checks';
import type { DraftElement, InjonctionDraft } from '../../src-shared/legal/injonction-draft';
import { formatEuros } from '../../src-shared/money/format-amount';
import { getCompany } from '../company/company-service';
import type { Queryable, ServiceContext } from '../workspace/service-context';
import { claimedInvoices } from './claim-blocks';
import { computeClaim } from './claim-service';
import { claimNatureOf, resolveCourt } from './court-service';
import { rememberedGreffeAddress } from './greffe-addresses';
import { injonctionSpec } from './injonction-document';
import { loadCourts } from './legal-tables';
import { partyFromCompany, partyFromDebtor } from './party-drafts';

/** A draft with its checks and the document it would produce. */
export interface CheckedDraft {
  checks: InjonctionChecks;
  preview: DocumentSpec;
  claim: DebtorClaim;
}

/** The requête pre-filled from the debtor file: parties, court, invoices, sum, bordereau. */
export async function draftInjonction(
  context: ServiceContext,
  debtorId: number,
): Promise<InjonctionDraft> {
  const db = context.database.db;
  const today = context.today();
  const [{ ledger, claim }, company] = await Promise.all([
    computeClaim(db, debtorId, today),
    getCompany(db),
  ]);
  const { nature } = await claimNatureOf(db, ledger.debtor);
  const court = await resolveCourt(db, ledger.debtor, nature);
  const judge =
    court.status === 'found'
      ? court.court.judge
      : nature === 'commercial'
        ? 'tc'
        : nature === 'protection'
          ? 'jcp'
          : 'tj';

  const courtName = court.status === 'found' ? court.court.name : '';
  // A verified address (a source, or the user's in the settings) wins over one merely typed in
  // an earlier requête; that one wins over nothing.
  const remembered = await rememberedGreffeAddress(db, courtName);
  const courtAddress =
    court.status !== 'found'
      ? ''
      : court.court.addressVerified && court.court.address
        ? court.court.address
        : (remembered ?? court.court.address ?? '');

  const invoices = claimedInvoices(claim);
  const pieces = invoices.map(
    (invoice) =>
      `Facture n° ${invoice.number} du ${formatFrenchDate(invoice.issueDate)} ` +
      `(${formatEuros(invoice.amountInclTaxCents)} TTC, échéance le ` +
      `${formatFrenchDate(invoice.dueDate)})`,
  );
  pieces.push('Bon de commande, devis accepté ou contrat, et conditions générales de vente');
  if (ledger.miseEnDemeureSentOn) {
    pieces.push(
      `Mise en demeure du ${formatFrenchDate(ledger.miseEnDemeureSentOn)} et avis de réception`,
    );
  }
  pieces.push(`Relevé de compte du débiteur au ${formatFrenchDate(today)}`);
  if (claim.accruedCents > 0) pieces.push('Décompte détaillé des pénalités ou intérêts');

  return {
    debtorId,
    creditor: partyFromCompany(company),
    debtor: partyFromDebtor(ledger.debtor),
    court: {
      name: courtName,
      address: courtAddress,
      judge,
      cerfaNumber: cerfaForJudge(judge).number,
    },
    invoices: invoices.map((invoice) => ({
      invoiceId: invoice.invoiceId,
      number: invoice.number,
      issueDate: invoice.issueDate,
      dueDate: invoice.dueDate,
      principalCents: invoice.principalCents,
    })),
    principalBasis: claim.elements[0]?.basis ?? '',
    elements: claim.elements
      .filter((element) => element.key !== 'principal')
      .map((element) => ({ ...element, key: element.key as DraftElement['key'] })),
    pieces,
    renvoiAuFond: true,
    place: company.city ?? '',
    date: today,
    signatory: company.contactName ?? '',
  };
}

/** Checks a draft against the ledger and builds its preview. */
export async function checkDraft(
  context: ServiceContext,
  draft: InjonctionDraft,
): Promise<CheckedDraft> {
  const db = context.database.db;
  const selection = draft.invoices.map((invoice) => invoice.invoiceId);
  const { ledger, claim } = await computeClaim(db, draft.debtorId, context.today(), selection);
  const checks = checkInjonction(draft, {
    claim,
    miseEnDemeureSentOn: ledger.miseEnDemeureSentOn,
    courtAddressVerified: await courtAddressVerified(db, draft.court.name, draft.court.address),
  });
  return { checks, preview: injonctionSpec(draft, claim), claim };
}

// An address is taken as verified when it is the one a source or the user gave for the court
// of that name; anything typed in the form alone is not.
async function courtAddressVerified(db: Queryable, name: string, address: string) {
  const courts = await loadCourts(db);
  return courts.some(
    (court) =>
      (court.addressVerified || court.addressOrigin === 'user') &&
      court.address?.trim() === address.trim() &&
      name.includes(court.name.replace(/^Tribunal /, '')),
  );
}
