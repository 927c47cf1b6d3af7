import { formatFrenchDate } from '../dates/french-date';
import { formatEuros } from '../money/format-amount';
import { isValidSiren } from '../validators/siren';
import type { DebtorClaim } from './debtor-claim';
import type { InjonctionDraft, PartyDraft } from './injonction-draft';

/** One finding of the checks, tied to the form field it concerns when there is one. */
export interface CheckFinding {
  field: string | null;
  message: string;
}

/** What stops the export, and what the user should know before filing. */
export interface InjonctionChecks {
  blocking: CheckFinding[];
  warnings: CheckFinding[];
}

/** The facts the checks compare a draft with. */
export interface InjonctionFacts {
  /** The claim recomputed from the ledger for the draft's invoices. */
  claim: DebtorClaim;
  /** Day the last mise en demeure was sent, or null. */
  miseEnDemeureSentOn: string | null;
  courtAddressVerified: boolean;
}

/** Checks a requête before export: invoices, identities, amounts against the ledger. */
export function checkInjonction(draft: InjonctionDraft, facts: InjonctionFacts): InjonctionChecks {
  const blocking: CheckFinding[] = [];
  const warnings: CheckFinding[] = [];
  const block = (field: string | null, message: string) => blocking.push({ field, message });
  const warn = (field: string | null, message: string) => warnings.push({ field, message });

  if (draft.invoices.length === 0) block('invoices', 'Choisissez au moins une facture à réclamer.');
  checkInvoices(draft, facts.claim, block, warn);
  checkParty(draft.creditor, 'creditor', 'du créancier (vous)', block);
  checkParty(draft.debtor, 'debtor', 'du débiteur', block);
  if (!draft.court.name.trim()) block('court.name', 'Indiquez la juridiction saisie.');
  if (!draft.court.address.trim()) {
    warn('court.address', "L'adresse du greffe est vide : indiquez-la avant d'envoyer la requête.");
  } else if (!facts.courtAddressVerified) {
    warn(
      'court.address',
      "L'adresse du greffe n'est pas vérifiée par une source : contrôlez-la avant l'envoi.",
    );
  }
  if (!draft.signatory.trim()) block('signatory', 'Indiquez le nom du signataire.');
  checkElements(draft, facts.claim, block, warn);

  if (!facts.miseEnDemeureSentOn) {
    warn(
      null,
      "Aucune mise en demeure n'est enregistrée comme envoyée : la loi ne l'exige pas pour " +
        "l'injonction de payer (CPC art. 1405), mais le juge l'attend en pratique. Envoyez-la " +
        "d'abord ou joignez-la au bordereau.",
    );
  }
  return { blocking, warnings };
}

type Report = (field: string | null, message: string) => void;

function checkInvoices(draft: InjonctionDraft, claim: DebtorClaim, block: Report, warn: Report) {
  draft.invoices.forEach((invoice, index) => {
    const field = `invoices.${index}.principalCents`;
    const ledger = claim.invoices.find((candidate) => candidate.invoiceId === invoice.invoiceId);
    if (!ledger) {
      block(
        field,
        `La facture ${invoice.number} n'est pas une facture échue et impayée de ce débiteur ` +
          'dans la comptabilité.',
      );
      return;
    }
    if (ledger.disputed) {
      block(
        field,
        `La facture ${invoice.number} est en litige : l'injonction de payer suppose une ` +
          'créance non contestée. Retirez-la ou clôturez le litige.',
      );
    }
    if (ledger.timeBarred) {
      block(
        field,
        `La facture ${invoice.number} est prescrite depuis le ` +
          `${formatFrenchDate(ledger.prescription.timeBarredFrom)} : elle ne peut plus être ` +
          'réclamée en justice.',
      );
    }
    // An invoice paid late is claimed for its penalties and indemnity only, with no principal.
    if (invoice.principalCents === 0 && ledger.principalCents === 0) return;
    if (invoice.principalCents <= 0) {
      block(field, `Le montant réclamé pour la facture ${invoice.number} doit être positif.`);
    } else if (invoice.principalCents > ledger.principalCents) {
      block(
        field,
        `Le montant réclamé pour la facture ${invoice.number} ` +
          `(${formatEuros(invoice.principalCents)}) dépasse ce qui reste dû selon la ` +
          `comptabilité (${formatEuros(ledger.principalCents)}).`,
      );
    } else if (invoice.principalCents < ledger.principalCents) {
      warn(
        field,
        `Vous réclamez ${formatEuros(invoice.principalCents)} pour la facture ` +
          `${invoice.number}, moins que le reste dû (${formatEuros(ledger.principalCents)}).`,
      );
    }
  });
}

function checkElements(draft: InjonctionDraft, claim: DebtorClaim, block: Report, warn: Report) {
  draft.elements.forEach((element, index) => {
    const field = `elements.${index}.amountCents`;
    if (element.amountCents < 0) {
      block(field, `Le montant « ${element.label} » ne peut pas être négatif.`);
      return;
    }
    if (element.amountCents > 0 && !element.basis.trim()) {
      block(`elements.${index}.basis`, `Indiquez le fondement de « ${element.label} ».`);
    }
    const computed =
      element.key === 'indemnite'
        ? claim.indemnityCents
        : element.key === 'penalites' || element.key === 'interets'
          ? claim.accruedCents
          : null;
    if (computed === null) return;
    if (!claim.complete && element.key !== 'indemnite' && element.amountCents > 0) {
      block(
        field,
        `« ${element.label} » ne peut pas être vérifié : ${claim.errors.join(' ')} ` +
          'Ou ramenez ce montant à 0.',
      );
    } else if (element.amountCents > computed) {
      block(
        field,
        `« ${element.label} » (${formatEuros(element.amountCents)}) dépasse le calcul ` +
          `fait d'après la comptabilité (${formatEuros(computed)}).`,
      );
    } else if (element.amountCents < computed) {
      warn(
        field,
        `« ${element.label} » est inférieur au calcul (${formatEuros(computed)}) : ` +
          'vous renoncez à la différence.',
      );
    }
  });
}

function checkParty(party: PartyDraft, prefix: string, whose: string, block: Report) {
  const required: [keyof PartyDraft, string][] = [
    ['name', party.kind === 'particulier' ? 'le nom' : 'la dénomination'],
    ['addressLine1', "l'adresse"],
    ['postalCode', 'le code postal'],
    ['city', 'la ville'],
  ];
  if (party.kind === 'particulier') required.push(['firstName', 'le prénom']);
  else required.push(['legalForm', 'la forme juridique']);
  if (prefix === 'creditor') required.push(['representative', "l'organe qui la représente"]);
  for (const [key, label] of required) {
    if (!String(party[key]).trim()) {
      block(`${prefix}.${key}`, `Identité ${whose} incomplète : indiquez ${label} (CPC art. 57).`);
    }
  }
  const siren = party.siren.replace(/\s/g, '');
  if (party.kind === 'entreprise' && prefix === 'creditor' && !siren) {
    block(`${prefix}.siren`, 'Indiquez votre SIREN.');
  }
  if (siren && !isValidSiren(siren)) {
    block(`${prefix}.siren`, `Le SIREN ${whose} (${siren}) est invalide.`);
  }
}
