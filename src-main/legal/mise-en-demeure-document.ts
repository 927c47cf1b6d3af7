import type { CalendarDate } from '../../src-shared/dates/calendar-date';
import { formatLongFrenchDate } from '../../src-shared/dates/french-date';
import type { DocumentBlock, DocumentSpec } from '../../src-shared/documents/document-blocks';
import type { Company } from '../../src-shared/domain/company';
import type { Debtor } from '../../src-shared/domain/debtor';
import { isPaidLate, type DebtorClaim } from '../../src-shared/legal/debtor-claim';
import { partyLines } from '../../src-shared/legal/injonction-draft';
import { formatEuros } from '../../src-shared/money/format-amount';
import { formatIban } from '../../src-shared/validators/iban';
import { companyFooter, companyLetterhead } from '../documents/company-letterhead';
import { claimedInvoices, elementsTable, invoicesTable, workingBlocks } from './claim-blocks';
import { partyFromCompany, partyFromDebtor, partySentence } from './party-drafts';

/** What a mise en demeure says, besides the claim itself. */
export interface MiseEnDemeureFacts {
  company: Company;
  debtor: Debtor;
  claim: DebtorClaim;
  letterDate: CalendarDate;
  deadlineOn: CalendarDate;
  /** The court a requête would go to, when known, named in the consequences. */
  courtName: string | null;
}

/** The mise en demeure as document blocks: parties, invoices, working, sum, deadline. */
export function miseEnDemeureSpec(facts: MiseEnDemeureFacts): DocumentSpec {
  const { company, debtor, claim } = facts;
  const creditor = partyFromCompany(company);
  const signatory = company.contactName ?? company.legalName;
  const business = debtor.kind === 'entreprise';

  const paidLate = claimedInvoices(claim).some(isPaidLate);
  const blocks: DocumentBlock[] = [
    { kind: 'paragraph', text: 'Madame, Monsieur,' },
    {
      kind: 'paragraph',
      text:
        `${partySentence(creditor)}, constate que les factures suivantes, émises à l'ordre de ` +
        `${partySentence(partyFromDebtor(debtor))}, ` +
        (paidLate
          ? 'restent impayées ou ont été réglées après leur échéance :'
          : 'restent impayées à ce jour malgré nos relances :'),
    },
    invoicesTable(claim),
  ];
  if (business) {
    blocks.push({
      kind: 'paragraph',
      text:
        "Conformément à l'article L441-10 du Code de commerce, ces sommes portent de plein " +
        'droit, ' +
        "sans qu'un rappel soit nécessaire, des pénalités de retard à compter du lendemain de " +
        'leur échéance, et chaque facture payée en retard donne lieu à une indemnité forfaitaire ' +
        'pour frais de recouvrement de 40 € (article D441-5). Décompte des pénalités arrêté au ' +
        `${formatLongFrenchDate(claim.computedOn)} :`,
    });
    blocks.push(...workingBlocks(claim));
  }
  blocks.push({ kind: 'heading', text: 'Somme due', level: 2 });
  blocks.push(elementsTable(claim.elements, claim.totalCents));
  blocks.push({
    kind: 'paragraph',
    bold: true,
    text:
      `En conséquence, nous vous mettons en demeure de nous régler la somme de ` +
      `${formatEuros(claim.totalCents)} au plus tard le ${formatLongFrenchDate(facts.deadlineOn)}` +
      (company.iban
        ? `, par virement sur notre compte IBAN ${formatIban(company.iban)}` +
          (company.bic ? ` (BIC ${company.bic})` : '')
        : '') +
      '.',
  });
  if (!business) {
    blocks.push({
      kind: 'paragraph',
      text:
        'La présente mise en demeure fait courir les intérêts au taux légal sur les sommes dues ' +
        '(Code civil, articles 1231-6 et 1344-1).',
    });
  } else {
    blocks.push({
      kind: 'paragraph',
      text: 'Les pénalités de retard continuent de courir jusqu’au complet paiement.',
    });
  }
  blocks.push({
    kind: 'paragraph',
    text:
      'À défaut de paiement dans ce délai, nous saisirons sans autre avis ' +
      (facts.courtName ? `le ${lowerFirst(facts.courtName)}` : 'la juridiction compétente') +
      " d'une requête en injonction de payer, ou d'une demande de provision en référé, afin " +
      "d'obtenir un titre exécutoire. Les frais de procédure et d'exécution forcée seront alors " +
      'mis à votre charge dans les conditions prévues par la loi.',
  });
  blocks.push({
    kind: 'paragraph',
    text: "La présente lettre vaut mise en demeure au sens de l'article 1344 du Code civil.",
  });
  blocks.push({
    kind: 'paragraph',
    text:
      "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations " +
      'distinguées.',
  });
  blocks.push({ kind: 'signature', lines: [signatory, `pour ${company.legalName}`] });

  return {
    title: `Mise en demeure – ${partyLines(partyFromDebtor(debtor))[0] ?? debtor.name}`,
    letterhead: companyLetterhead(company),
    recipient: { lines: partyLines(partyFromDebtor(debtor)) },
    placeAndDate: `À ${company.city ?? '…'}, le ${formatLongFrenchDate(facts.letterDate)}`,
    mentions: ['Lettre recommandée avec demande d’avis de réception', 'MISE EN DEMEURE'],
    subject: `Mise en demeure de payer la somme de ${formatEuros(claim.totalCents)}`,
    blocks,
    footer: companyFooter(company),
  };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
