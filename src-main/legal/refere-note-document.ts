import { formatFrenchDate, formatLongFrenchDate } from '../../src-shared/dates/french-date';
import type { DocumentBlock, DocumentSpec } from '../../src-shared/documents/document-blocks';
import type { Company } from '../../src-shared/domain/company';
import type { Debtor } from '../../src-shared/domain/debtor';
import type { Dispute } from '../../src-shared/domain/dispute';
import type { LegalContact } from '../../src-shared/domain/legal-case';
import type { PaymentPlan } from '../../src-shared/domain/payment-plan';
import type { ClaimNature } from '../../src-shared/legal/competent-court';
import type { DebtorClaim } from '../../src-shared/legal/debtor-claim';
import { withMaitre } from '../../src-shared/legal/maitre';
import { formatEuros } from '../../src-shared/money/format-amount';
import { companyFooter, companyLetterhead } from '../documents/company-letterhead';
import { claimedInvoices, elementsTable, invoicesTable, workingBlocks } from './claim-blocks';
import { partyFromCompany, partyFromDebtor, partySentence } from './party-drafts';

/** What the note to the lawyer rests on. */
export interface RefereFacts {
  company: Company;
  debtor: Debtor;
  claim: DebtorClaim;
  nature: ClaimNature;
  courtName: string | null;
  disputes: Dispute[];
  plans: PaymentPlan[];
  miseEnDemeureSentOn: string | null;
  lawyer: LegalContact | null;
  today: string;
}

/** A draft note for a référé-provision (CPC 873 or 835): facts, sums, why not contestable. */
export function refereNoteSpec(facts: RefereFacts): DocumentSpec {
  const { claim, debtor } = facts;
  const invoices = claimedInvoices(claim);
  const commercial = facts.nature === 'commercial';
  const article = commercial ? '873' : '835';
  const judge = commercial
    ? 'président du tribunal de commerce (ou des activités économiques)'
    : 'président du tribunal judiciaire';
  const ids = new Set(claim.claimedInvoiceIds);
  const partial = invoices.filter((invoice) => invoice.paidCents > 0);
  const closedDisputes = facts.disputes.filter(
    (dispute) => dispute.closedOn && dispute.invoiceIds.some((id) => ids.has(id)),
  );
  const signedPlans = facts.plans.filter(
    (plan) => plan.signedOn && plan.invoiceIds.some((id) => ids.has(id)),
  );

  const reasons: string[] = [];
  reasons.push(
    closedDisputes.length === 0
      ? "Aucune contestation n'a été formulée sur ces factures, ni à réception ni depuis."
      : `Les contestations élevées ont été closes (${closedDisputes
          .map((dispute) => `le ${formatFrenchDate(dispute.closedOn!)}`)
          .join(', ')}) : vérifier leur issue avant l'assignation.`,
  );
  if (partial.length > 0) {
    reasons.push(
      `Le débiteur a reconnu sa dette en réglant partiellement les factures n° ` +
        `${partial.map((invoice) => invoice.number).join(', ')} (C. civ. art. 2240).`,
    );
  }
  for (const plan of signedPlans) {
    reasons.push(
      `Un échéancier a été signé par le débiteur le ${formatFrenchDate(plan.signedOn!)}.`,
    );
  }
  if (facts.miseEnDemeureSentOn) {
    reasons.push(
      `La mise en demeure du ${formatFrenchDate(facts.miseEnDemeureSentOn)} est restée sans effet.`,
    );
  }
  if (debtor.kind === 'entreprise') {
    reasons.push(
      "Les pénalités de retard et l'indemnité forfaitaire sont dues de plein droit, sans rappel " +
        '(C. com. art. L441-10 et D441-5).',
    );
  }

  const blocks: DocumentBlock[] = [
    {
      kind: 'paragraph',
      italic: true,
      text:
        "Projet établi à partir du dossier de recouvrement, à relire par l'avocat avant toute " +
        'assignation.',
    },
    {
      kind: 'fields',
      rows: [
        ['Client (demandeur)', partySentence(partyFromCompany(facts.company))],
        ['Adversaire (défendeur)', partySentence(partyFromDebtor(debtor))],
        ['Fondement', `CPC art. ${article} al. 2 : provision devant le ${judge}`],
        ['Juridiction envisagée', facts.courtName ?? 'à déterminer'],
        ['Montant de la provision', formatEuros(claim.totalCents)],
      ],
    },
    { kind: 'heading', text: '1. Les faits', level: 2 },
    {
      kind: 'paragraph',
      text:
        `${facts.company.legalName} a facturé à ${partyFromDebtor(debtor).name} ` +
        `${invoices.length} facture(s) échue(s) et restée(s) impayée(s), pour un principal de ` +
        `${formatEuros(claim.principalCents)} au ${formatLongFrenchDate(facts.today)} :`,
    },
    invoicesTable(claim),
    { kind: 'heading', text: '2. Les sommes', level: 2 },
    ...workingBlocks(claim),
    elementsTable(claim.elements, claim.totalCents),
    {
      kind: 'heading',
      text: "3. Pourquoi l'obligation n'est pas sérieusement contestable",
      level: 2,
    },
    { kind: 'bullets', items: reasons },
    {
      kind: 'paragraph',
      text:
        `Au sens de l'article ${article} alinéa 2 du code de procédure civile, le juge des ` +
        "référés peut accorder une provision lorsque l'existence de l'obligation n'est pas " +
        "sérieusement contestable ; l'urgence n'est pas requise.",
    },
    { kind: 'heading', text: '4. Pièces', level: 2 },
    {
      kind: 'bullets',
      items: [
        ...invoices.map((invoice) => `Facture n° ${invoice.number}`),
        'Bon de commande, devis accepté ou contrat, et conditions générales de vente',
        ...(facts.miseEnDemeureSentOn
          ? [
              `Mise en demeure du ${formatFrenchDate(facts.miseEnDemeureSentOn)} et avis de ` +
                `réception`,
            ]
          : []),
        'Relevé de compte et historique des relances',
      ],
    },
    { kind: 'heading', text: "5. Points à vérifier par l'avocat", level: 2 },
    {
      kind: 'bullets',
      items: [
        'La compétence territoriale suit les règles ordinaires (CPC art. 42 et 46) : ' +
          "l'application " +
          'ne les a pas vérifiées.',
        'La procédure est contradictoire : une assignation par commissaire de justice est ' +
          'nécessaire.',
      ],
    },
  ];

  return {
    title: `Note pour un référé-provision – ${partyFromDebtor(debtor).name}`,
    letterhead: companyLetterhead(facts.company),
    recipient: facts.lawyer
      ? {
          lines: [
            withMaitre(facts.lawyer.name),
            ...(facts.lawyer.firm ? [facts.lawyer.firm] : []),
            ...(facts.lawyer.addressLine1 ? [facts.lawyer.addressLine1] : []),
            `${facts.lawyer.postalCode ?? ''} ${facts.lawyer.city ?? ''}`.trim(),
          ].filter(Boolean),
        }
      : undefined,
    placeAndDate: `À ${facts.company.city ?? '…'}, le ${formatLongFrenchDate(facts.today)}`,
    subject: `Projet de demande de provision en référé contre ${partyFromDebtor(debtor).name}`,
    blocks,
    footer: companyFooter(facts.company),
  };
}
