import { formatFrenchDate, formatLongFrenchDate } from '../../src-shared/dates/french-date';
import type { DocumentBlock, DocumentSpec } from '../../src-shared/documents/document-blocks';
import type { DebtorClaim } from '../../src-shared/legal/debtor-claim';
import { cerfaForJudge } from '../../src-shared/legal/cerfa-forms';
import {
  draftPrincipal,
  draftTotal,
  type InjonctionDraft,
  type PartyDraft,
} from '../../src-shared/legal/injonction-draft';
import { formatEuros } from '../../src-shared/money/format-amount';
import { elementsTable, workingBlocks } from './claim-blocks';

const JUDGES = {
  tj: 'Président du tribunal judiciaire',
  tc: 'Président du tribunal de commerce',
  tae: 'Président du tribunal des activités économiques',
  jcp: 'Juge des contentieux de la protection',
} as const;

/** The requête en injonction de payer as document blocks (CPC art. 57, 1405 to 1408). */
export function injonctionSpec(draft: InjonctionDraft, claim: DebtorClaim): DocumentSpec {
  const cerfa = cerfaForJudge(draft.court.judge);
  const total = draftTotal(draft);
  const creditorName = displayName(draft.creditor);
  const debtorName = displayName(draft.debtor);

  const blocks: DocumentBlock[] = [
    { kind: 'heading', text: 'Requête en injonction de payer' },
    {
      kind: 'paragraph',
      align: 'center',
      text: 'Articles 1405 à 1425 du code de procédure civile',
    },
    {
      kind: 'paragraph',
      italic: true,
      text:
        `Requête établie avec les mentions du formulaire Cerfa n° ${draft.court.cerfaNumber} ` +
        `(${cerfa.title.toLowerCase()}) ; elle peut être déposée telle quelle au greffe ou ` +
        'recopiée sur ce formulaire.',
    },
    { kind: 'heading', text: 'Juridiction saisie', level: 2 },
    {
      kind: 'fields',
      rows: [
        ['Juridiction', draft.court.name],
        ['Adresse du greffe', draft.court.address || 'à compléter'],
        ['Juge saisi', JUDGES[draft.court.judge]],
        ['Formulaire de référence', `Cerfa n° ${draft.court.cerfaNumber}`],
      ],
    },
    { kind: 'heading', text: 'Demandeur (créancier)', level: 2 },
    { kind: 'fields', rows: partyRows(draft.creditor) },
    { kind: 'heading', text: 'Débiteur', level: 2 },
    { kind: 'fields', rows: partyRows(draft.debtor) },
    { kind: 'heading', text: 'Objet de la demande', level: 2 },
    {
      kind: 'paragraph',
      text:
        `${creditorName} a l'honneur de demander qu'il soit fait injonction à ${debtorName} de ` +
        `lui payer la somme de ${formatEuros(total)}, détaillée ci-dessous, en application des ` +
        'articles 1405 et suivants du code de procédure civile. La créance a une cause ' +
        'contractuelle et un montant déterminé.',
    },
    { kind: 'heading', text: 'Sommes demandées et fondement (CPC art. 1407)', level: 2 },
    {
      kind: 'table',
      header: ['Facture', 'Date', 'Échéance', 'Principal réclamé'],
      rows: draft.invoices.map((invoice) => [
        invoice.number,
        formatFrenchDate(invoice.issueDate),
        formatFrenchDate(invoice.dueDate),
        formatEuros(invoice.principalCents),
      ]),
      numericColumns: [3],
      footer: ['Total du principal', '', '', formatEuros(draftPrincipal(draft))],
      // The invoice number gets the room it needs to stay on one line.
      widths: [4, 2, 2, 3],
    },
    elementsTable(
      [
        { label: 'Principal', amountCents: draftPrincipal(draft), basis: draft.principalBasis },
        ...draft.elements.filter((element) => element.amountCents > 0),
      ],
      total,
    ),
  ];

  const accrued = draft.elements.find(
    (element) => element.key === 'penalites' || element.key === 'interets',
  );
  if (accrued && accrued.amountCents > 0) {
    blocks.push({ kind: 'heading', text: `Décompte : ${accrued.label.toLowerCase()}`, level: 2 });
    blocks.push(...workingBlocks(claim));
    if (accrued.amountCents !== claim.accruedCents) {
      blocks.push({
        kind: 'paragraph',
        italic: true,
        text:
          `Le demandeur limite sa demande à ${formatEuros(accrued.amountCents)} au lieu des ` +
          `${formatEuros(claim.accruedCents)} du décompte.`,
      });
    }
  }

  blocks.push({ kind: 'heading', text: "En cas d'opposition (CPC art. 1408)", level: 2 });
  blocks.push({
    kind: 'checkbox',
    checked: draft.renvoiAuFond,
    text:
      "Le demandeur demande qu'en cas d'opposition, l'affaire soit immédiatement renvoyée " +
      'devant la juridiction compétente pour en connaître au fond.',
  });
  blocks.push({ kind: 'heading', text: 'Bordereau des pièces justificatives', level: 2 });
  blocks.push({
    kind: 'table',
    header: ['N°', 'Pièce'],
    rows: draft.pieces.map((piece, index) => [String(index + 1), piece]),
    widths: [1, 11],
  });
  blocks.push({
    kind: 'paragraph',
    text: `Fait à ${draft.place || '…'}, le ${formatLongFrenchDate(draft.date)}.`,
    keepWithNext: true,
  });
  blocks.push({
    kind: 'signature',
    lines: [draft.signatory || 'Signature', `pour ${creditorName}`],
  });

  return {
    title: `Requête en injonction de payer – ${debtorName}`,
    blocks,
    footer: `Requête en injonction de payer · ${creditorName} contre ${debtorName}`,
  };
}

function displayName(party: PartyDraft): string {
  return party.kind === 'particulier'
    ? [party.firstName, party.name].filter(Boolean).join(' ')
    : party.name;
}

function partyRows(party: PartyDraft): [string, string][] {
  const address = [party.addressLine1, party.addressLine2, `${party.postalCode} ${party.city}`]
    .filter((part) => part.trim() !== '')
    .join(', ');
  if (party.kind === 'particulier') {
    return [
      ['Nom', party.name],
      ['Prénoms', party.firstName],
      ['Domicile', address],
    ];
  }
  const rows: [string, string][] = [
    ['Dénomination', party.name],
    ['Forme juridique', party.legalForm],
    ['SIREN', party.siren],
    ['Siège social', address],
  ];
  if (party.representative) rows.push(['Représentée par', party.representative]);
  return rows;
}
