import { formatFrenchDate, formatLongFrenchDate } from '../../src-shared/dates/french-date';
import type { DocumentBlock, DocumentSpec } from '../../src-shared/documents/document-blocks';
import type { Company } from '../../src-shared/domain/company';
import type { Contact, Debtor } from '../../src-shared/domain/debtor';
import type { DebtorEvent } from '../../src-shared/domain/debtor-event';
import {
  LEGAL_DOCUMENT_LABELS,
  PROCEDURE_STEP_LABELS,
  type CaseCourt,
  type LegalCase,
  type LegalContact,
  type ProcedureStep,
} from '../../src-shared/domain/legal-case';
import type { DebtorClaim } from '../../src-shared/legal/debtor-claim';
import { withMaitre } from '../../src-shared/legal/maitre';
import {
  RELANCE_CHANNEL_LABELS,
  RELANCE_CHANNELS,
  type RelanceChannel,
} from '../../src-shared/relance/relance-channel';
import { formatFrenchPhone } from '../../src-shared/validators/contact-details';
import { companyFooter, companyLetterhead } from '../documents/company-letterhead';
import { claimedInvoices, elementsTable, invoicesTable, workingBlocks } from './claim-blocks';
import { partyFromCompany, partyFromDebtor, partySentence } from './party-drafts';

/** Everything the commissaire de justice receives about the debtor and the claim. */
export interface HandOverFacts {
  company: Company;
  debtor: Debtor;
  contacts: Contact[];
  claim: DebtorClaim;
  events: DebtorEvent[];
  legalCase: LegalCase | null;
  recipient: LegalContact;
  csvName: string;
  today: string;
}

const CHANNELS: Record<string, string> = {
  mise_en_demeure_prepared: 'Lettre recommandée (mise en demeure)',
  legal_document_prepared: 'Document de procédure',
  legal_step_recorded: 'Procédure',
  payment_recorded: 'Règlement',
  invoice_added: 'Facturation',
  credit_note_added: 'Avoir',
};

// The relance engine names its channel in `details.channel` with its code (`lrar`); the column
// shows the engine's own French label, never the code.
function channelOf(event: DebtorEvent): string {
  const channel = event.details.channel;
  if (typeof channel === 'string' && (RELANCE_CHANNELS as readonly string[]).includes(channel)) {
    return RELANCE_CHANNEL_LABELS[channel as RelanceChannel];
  }
  return CHANNELS[event.kind] ?? '—';
}

/** The hand-over file for a commissaire de justice: identity, claim, history, pieces. */
export function handOverSpec(facts: HandOverFacts): DocumentSpec {
  const { debtor, claim, recipient } = facts;
  const debtorParty = partyFromDebtor(debtor);
  const identity: [string, string][] = [
    ['Débiteur', partySentence(debtorParty)],
    ['Nature', debtor.kind === 'entreprise' ? 'Entreprise' : 'Particulier'],
  ];
  if (debtor.siret) identity.push(['SIRET', debtor.siret]);
  if (debtor.phone) identity.push(['Téléphone', formatFrenchPhone(debtor.phone) ?? debtor.phone]);
  if (debtor.email) identity.push(['E-mail', debtor.email]);
  for (const contact of facts.contacts) {
    identity.push([
      contact.role ? `Contact (${contact.role})` : 'Contact',
      [
        contact.name,
        contact.phone && (formatFrenchPhone(contact.phone) ?? contact.phone),
        contact.email,
      ]
        .filter(Boolean)
        .join(' · '),
    ]);
  }

  const steps = facts.legalCase?.steps.filter((step) => step.cancelledAt === null) ?? [];
  const blocks: DocumentBlock[] = [
    {
      kind: 'paragraph',
      text:
        `${withMaitre(recipient.name)}, nous vous confions le recouvrement de la créance décrite ` +
        'ci-dessous ' +
        `sur ${debtorParty.name}. Vous trouverez la liste des factures au format tableur dans ` +
        `le fichier « ${facts.csvName} » joint.`,
    },
    { kind: 'heading', text: '1. Créancier', level: 2 },
    { kind: 'paragraph', text: partySentence(partyFromCompany(facts.company)) },
    { kind: 'heading', text: '2. Débiteur', level: 2 },
    { kind: 'fields', rows: identity },
    { kind: 'heading', text: '3. Créance au ' + formatLongFrenchDate(claim.computedOn), level: 2 },
    invoicesTable(claim),
    ...workingBlocks(claim),
    elementsTable(claim.elements, claim.totalCents),
    ...(claim.notes.length > 0 ? [{ kind: 'bullets' as const, items: claim.notes }] : []),
    { kind: 'heading', text: '4. Historique des relances et de la procédure', level: 2 },
    {
      kind: 'table',
      header: ['Date', 'Canal', 'Événement', 'Par'],
      widths: [2, 3, 7, 2],
      rows: facts.events.map((event) => [
        formatFrenchDate(event.occurredAt.slice(0, 10)),
        channelOf(event),
        event.summary,
        event.actor,
      ]),
    },
  ];
  if (facts.legalCase?.court) {
    blocks.push({ kind: 'paragraph', text: courtSentence(facts.legalCase.court, steps) });
  }
  if (steps.length > 0) {
    blocks.push({
      kind: 'bullets',
      items: steps.map(
        (step) =>
          `${formatFrenchDate(step.occurredOn)} : ${PROCEDURE_STEP_LABELS[step.kind]}` +
          (step.reference ? ` (réf. ${step.reference})` : ''),
      ),
    });
  }
  blocks.push({ kind: 'heading', text: '5. Bordereau des pièces', level: 2 });
  blocks.push({
    kind: 'table',
    header: ['N°', 'Pièce'],
    rows: [
      ...claimedInvoices(claim).map((invoice) => `Facture n° ${invoice.number}`),
      'Bon de commande, devis accepté ou contrat, et conditions générales de vente',
      ...(facts.legalCase?.documents ?? []).map(
        (document) =>
          `${LEGAL_DOCUMENT_LABELS[document.kind]} du ${formatFrenchDate(document.preparedOn)}`,
      ),
      `Liste des factures (${facts.csvName})`,
    ].map((piece, index) => [String(index + 1), piece]),
    widths: [1, 11],
  });
  blocks.push({ kind: 'signature', lines: [facts.company.contactName ?? facts.company.legalName] });

  return {
    title: `Remise au commissaire de justice – ${debtorParty.name}`,
    letterhead: companyLetterhead(facts.company),
    recipient: {
      lines: [
        withMaitre(recipient.name),
        ...(recipient.firm ? [recipient.firm] : []),
        ...(recipient.addressLine1 ? [recipient.addressLine1] : []),
        `${recipient.postalCode ?? ''} ${recipient.city ?? ''}`.trim(),
      ].filter(Boolean),
    },
    placeAndDate: `À ${facts.company.city ?? '…'}, le ${formatLongFrenchDate(facts.today)}`,
    subject: `Remise d'un dossier de recouvrement : ${debtorParty.name}`,
    blocks,
    footer: companyFooter(facts.company),
  };
}

// A court is seised by the requête filed at its greffe, not by the one merely prepared.
function courtSentence(court: CaseCourt, steps: readonly ProcedureStep[]): string {
  const where = `${court.name}${court.address ? `, ${court.address}` : ''}`;
  const filed = steps.filter((step) => step.kind === 'requete_deposee').at(-1);
  if (filed) {
    return (
      `Juridiction saisie : ${where} (requête déposée le ` +
      `${formatFrenchDate(filed.occurredOn)}).`
    );
  }
  return (
    `Juridiction compétente : ${where}. La requête en injonction de payer est préparée mais ` +
    "n'a pas encore été déposée."
  );
}
