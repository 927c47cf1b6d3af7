import { formatFrenchDate } from '../dates/french-date';
import { sumCents, type Cents } from '../money/cents';
import { formatEuros } from '../money/format-amount';
import { formatRate } from './format-rate';
import {
  invoiceClaim,
  type ClaimInvoiceInput,
  type ClaimSettings,
  type InvoiceClaim,
} from './invoice-claim';
import type { RateTables } from './rate-tables';

/** One element of the sum claimed, with its basis, as CPC art. 1407 asks for. */
export interface ClaimElement {
  key: 'principal' | 'penalites' | 'interets' | 'indemnite';
  label: string;
  amountCents: Cents;
  basis: string;
}

/** What a debtor really owes on a date: each invoice with its working, and the totals. */
export interface DebtorClaim {
  computedOn: string;
  debtorKind: ClaimSettings['debtorKind'];
  /** How interest is computed, in one French sentence (rate, day count, start). */
  method: string;
  /**
   * Every overdue invoice with something open, claimable or not, and, between professionals,
   * the invoices paid late whose penalties and indemnity can still be claimed.
   */
  invoices: InvoiceClaim[];
  /** The ids of the invoices the totals cover: not disputed, not time-barred. */
  claimedInvoiceIds: number[];
  principalCents: Cents;
  accruedCents: Cents;
  indemnityCents: Cents;
  totalCents: Cents;
  elements: ClaimElement[];
  /** False while a rate is missing or refused: documents then wait for the settings. */
  complete: boolean;
  errors: string[];
  notes: string[];
}

/** The claim on a debtor's overdue invoices, one line of working per invoice and half-year. */
export function debtorClaim(
  tables: RateTables,
  invoices: readonly ClaimInvoiceInput[],
  settings: ClaimSettings,
  selection?: readonly number[],
): DebtorClaim {
  const overdue = invoices
    .filter((invoice) => invoice.dueDate < settings.computedOn)
    .map((invoice) => invoiceClaim(tables, invoice, settings))
    .filter((claim) => claim.principalCents > 0 || paidLateAndClaimable(claim, settings));
  const claimable = overdue.filter((claim) => !claim.disputed && !claim.timeBarred);
  const chosen = selection
    ? claimable.filter((claim) => selection.includes(claim.invoiceId))
    : claimable;

  const principalCents = sumCents(chosen.map((claim) => claim.principalCents));
  const accruedCents = sumCents(chosen.map((claim) => claim.accruedCents));
  const indemnityCents = sumCents(chosen.map((claim) => claim.indemnity.amountCents));
  const errors = [...new Set(chosen.flatMap((claim) => (claim.error ? [claim.error] : [])))];

  return {
    computedOn: settings.computedOn,
    debtorKind: settings.debtorKind,
    method: methodSentence(settings),
    invoices: overdue,
    claimedInvoiceIds: chosen.map((claim) => claim.invoiceId),
    principalCents,
    accruedCents,
    indemnityCents,
    totalCents: principalCents + accruedCents + indemnityCents,
    elements: claimElements(settings, chosen, overdue, {
      principalCents,
      accruedCents,
      indemnityCents,
    }),
    complete: errors.length === 0,
    errors,
    notes: claimNotes(settings, overdue),
  };
}

/** True for an invoice of the claim that is paid off but was paid after its due date. */
export function isPaidLate(claim: InvoiceClaim): boolean {
  return claim.principalCents === 0 && claim.settledOn !== null && claim.settledOn > claim.dueDate;
}

// L441-10 penalties run until each payment and D441-5 is owed on every invoice paid late, so an
// invoice a professional settled after its due date still carries both; once time-barred it
// has nothing left to show. A consumer owes neither.
function paidLateAndClaimable(claim: InvoiceClaim, settings: ClaimSettings): boolean {
  return settings.debtorKind === 'entreprise' && isPaidLate(claim) && !claim.timeBarred;
}

function claimElements(
  settings: ClaimSettings,
  chosen: readonly InvoiceClaim[],
  overdue: readonly InvoiceClaim[],
  totals: { principalCents: Cents; accruedCents: Cents; indemnityCents: Cents },
): ClaimElement[] {
  const numbers = chosen
    .filter((claim) => claim.principalCents > 0)
    .map((claim) => claim.number)
    .join(', ');
  const paidLate = chosen.filter(isPaidLate).map((claim) => claim.number);
  // What is still owed but left out of the demand must not read as « paid ».
  const heldBack = overdue
    .filter((claim) => claim.principalCents > 0 && (claim.disputed || claim.timeBarred))
    .map((claim) => claim.number);
  const elements: ClaimElement[] = [
    {
      key: 'principal',
      label: 'Principal',
      amountCents: totals.principalCents,
      basis:
        (numbers
          ? `Factures impayées n° ${numbers}, dues en vertu du contrat ` +
            '(C. civ. art. 1103 et 1353), déduction faite des règlements et avoirs.'
          : paidLate.length > 0
            ? 'Aucun principal : les factures réclamées ont été réglées, en retard.'
            : 'Aucun principal réclamé.') +
        (heldBack.length > 0
          ? ` Hors de la demande, encore dues mais en litige ou prescrites : n° ` +
            `${heldBack.join(', ')}.`
          : '') +
        (paidLate.length > 0
          ? ` Factures payées en retard, sans principal restant dû : n° ${paidLate.join(', ')}.`
          : ''),
    },
  ];
  if (settings.debtorKind === 'entreprise') {
    elements.push({
      key: 'penalites',
      label: 'Pénalités de retard',
      amountCents: totals.accruedCents,
      basis:
        `${rateSentence(settings)}, exigibles sans rappel à compter du lendemain de chaque ` +
        "échéance jusqu'au paiement (C. com. art. L441-10), arrêtées au " +
        `${formatFrenchDate(settings.computedOn)}.`,
    });
    elements.push({
      key: 'indemnite',
      label: 'Indemnité forfaitaire pour frais de recouvrement',
      amountCents: totals.indemnityCents,
      basis:
        `40 € par facture payée en retard × ` +
        `${chosen.filter((claim) => claim.indemnity.amountCents > 0).length} ` +
        '(C. com. art. L441-10 et D441-5).',
    });
  } else if (chosen.some((claim) => claim.miseEnDemeureSentOn !== null)) {
    elements.push({
      key: 'interets',
      label: 'Intérêts au taux légal',
      amountCents: totals.accruedCents,
      basis:
        `Intérêts au taux de l'intérêt légal à compter du lendemain de la première mise en ` +
        `demeure visant chaque facture (${letterStarts(chosen)}) (C. civ. art. 1231-6 et ` +
        `1344-1), arrêtés au ${formatFrenchDate(settings.computedOn)}.`,
    });
  }
  return elements;
}

// « mise en demeure du 31/07/2025 pour FA-1, FA-2 ; du 15/09/2025 pour FA-3 »
function letterStarts(chosen: readonly InvoiceClaim[]): string {
  const byLetter = new Map<string, string[]>();
  for (const claim of chosen) {
    if (!claim.miseEnDemeureSentOn) continue;
    byLetter.set(claim.miseEnDemeureSentOn, [
      ...(byLetter.get(claim.miseEnDemeureSentOn) ?? []),
      claim.number,
    ]);
  }
  return [...byLetter.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, numbers]) => `du ${formatFrenchDate(date)} pour ${numbers.join(', ')}`)
    .join(' ; ');
}

function rateSentence(settings: ClaimSettings): string {
  return settings.rate.kind === 'statutory'
    ? 'Taux de la BCE à son opération de refinancement la plus récente, majoré de 10 points'
    : `Taux contractuel de ${formatRate(settings.rate.rateBp)} prévu aux conditions générales`;
}

function methodSentence(settings: ClaimSettings): string {
  const dayCount =
    settings.dayCount === '365'
      ? 'intérêts simples, montant × jours × taux / 365'
      : 'intérêts simples, montant × jours × taux / 365 (366 les années bissextiles)';
  if (settings.debtorKind === 'entreprise') {
    return (
      `Pénalités de retard : ${rateSentence(settings)} (C. com. art. L441-10), une ligne par ` +
      `semestre et par règlement partiel ; ${dayCount}.`
    );
  }
  return (
    "Intérêts au taux de l'intérêt légal (colonne « autres cas », le créancier étant un " +
    'professionnel) à compter du lendemain de la première mise en demeure visant chaque ' +
    `facture, majoré de 5 points deux mois après une décision de justice exécutoire ; ${dayCount}.`
  );
}

function claimNotes(settings: ClaimSettings, overdue: readonly InvoiceClaim[]): string[] {
  const notes: string[] = [];
  const disputed = overdue.filter((claim) => claim.disputed);
  if (disputed.length > 0) {
    notes.push(
      `Facture(s) en litige exclue(s) de la réclamation : ` +
        `${disputed.map((claim) => claim.number).join(', ')} ` +
        `(${formatEuros(sumCents(disputed.map((claim) => claim.principalCents)))}).`,
    );
  }
  const barred = overdue.filter((claim) => claim.timeBarred);
  if (barred.length > 0) {
    notes.push(
      `Facture(s) prescrite(s), qui ne peuvent plus être réclamées en justice : ` +
        `${barred.map((claim) => claim.number).join(', ')}.`,
    );
  }
  if (settings.debtorKind === 'particulier') {
    notes.push(
      "Aucune pénalité de retard ni indemnité forfaitaire n'est due par un particulier " +
        '(C. com. art. L441-10 et D441-5 ne visent que les professionnels).',
    );
    const unlettered = overdue.filter((claim) => claim.miseEnDemeureSentOn === null);
    if (unlettered.length === overdue.length && overdue.length > 0) {
      notes.push(
        "Les intérêts au taux légal ne courent qu'à compter de la mise en demeure " +
          "(C. civ. art. 1231-6 et 1344-1) : aucune n'a encore été envoyée.",
      );
    } else if (unlettered.length > 0) {
      notes.push(
        "Les intérêts au taux légal ne courent qu'à compter de la mise en demeure " +
          '(C. civ. art. 1231-6 et 1344-1) : aucune mise en demeure envoyée ne vise encore ' +
          `${unlettered.map((claim) => claim.number).join(', ')}.`,
      );
    }
  }
  return notes;
}
