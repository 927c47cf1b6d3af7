import { isCalendarDate } from '../dates/calendar-date';
import { formatFrenchDate } from '../dates/french-date';
import { isCents, sumCents, type Cents } from '../money/cents';
import { formatEuros } from '../money/format-amount';
import { compactErrors, type FieldErrors } from './field-errors';
import type { Allocation, CreditNoteInput, InvoiceInput, PaymentInput } from './ledger';

/** The errors of an invoice form, keyed by `InvoiceInput` field. */
export type InvoiceErrors = FieldErrors<keyof InvoiceInput>;
/** The errors of a payment form, keyed by `PaymentInput` field. */
export type PaymentErrors = FieldErrors<keyof PaymentInput>;
/** The errors of a credit note form, keyed by `CreditNoteInput` field. */
export type CreditNoteErrors = FieldErrors<keyof CreditNoteInput>;

// Amounts in other currencies would need exchange rates in every total; until then, refuse them.
const SUPPORTED_CURRENCY = 'EUR';
const ISO_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** Checks an invoice before it is saved; an empty object means it is valid. */
export function validateInvoiceInput(input: InvoiceInput): InvoiceErrors {
  const errors: InvoiceErrors = {};

  if (input.number.trim() === '') errors.number = 'Le numéro de facture est obligatoire.';

  errors.issueDate = dateError('La date de facture', input.issueDate);
  errors.dueDate = dateError("L'échéance", input.dueDate);
  if (!errors.issueDate && !errors.dueDate && input.dueDate < input.issueDate) {
    const due = formatFrenchDate(input.dueDate);
    const issued = formatFrenchDate(input.issueDate);
    errors.dueDate = `L'échéance (${due}) est antérieure à la date de facture (${issued}).`;
  }

  const { amountExclTaxCents: excl, vatCents: vat, amountInclTaxCents: incl } = input;
  errors.amountExclTaxCents = nonNegativeAmountError('Le montant HT', excl);
  errors.vatCents = nonNegativeAmountError('Le montant de TVA', vat);
  errors.amountInclTaxCents = amountShapeError('Le montant TTC', incl);
  if (!errors.amountInclTaxCents && incl <= 0) {
    errors.amountInclTaxCents =
      'Le montant TTC doit être supérieur à zéro : une facture négative se saisit comme un avoir.';
  }
  const amountsReadable = !errors.amountExclTaxCents && !errors.vatCents;
  if (amountsReadable && !errors.amountInclTaxCents && excl + vat !== incl) {
    errors.amountInclTaxCents =
      `Les montants ne concordent pas : ${formatEuros(excl)} HT + ${formatEuros(vat)} de TVA ` +
      `font ${formatEuros(excl + vat)}, et non ${formatEuros(incl)} TTC. Corrigez l'un des trois.`;
  }

  if (input.currency !== SUPPORTED_CURRENCY) {
    errors.currency =
      `Seules les factures en euros (EUR) sont gérées pour l'instant, ` +
      `pas en « ${input.currency} ».`;
  }
  return compactErrors(errors);
}

/** Checks a payment and how it is allocated to invoices; an empty object means it is valid. */
export function validatePaymentInput(input: PaymentInput): PaymentErrors {
  const errors: PaymentErrors = {};

  errors.amountCents = positiveAmountError('Le montant du paiement', input.amountCents);
  errors.date = dateError('La date du paiement', input.date);
  errors.allocations = allocationsError(
    input.allocations,
    errors.amountCents ? null : input.amountCents,
  );
  return compactErrors(errors);
}

/** Checks a credit note (avoir); an empty object means it is valid. */
export function validateCreditNoteInput(input: CreditNoteInput): CreditNoteErrors {
  const errors: CreditNoteErrors = {};

  if (input.number.trim() === '') errors.number = "Le numéro d'avoir est obligatoire.";
  errors.amountCents = positiveAmountError("Le montant de l'avoir", input.amountCents);
  errors.date = dateError("La date de l'avoir", input.date);
  return compactErrors(errors);
}

/** The message for a payment line that settles more than is still open on its invoice. */
export function allocationExceedsOpenError(invoiceNumber: string, openCents: Cents): string {
  return (
    `Il ne reste que ${formatEuros(Math.max(openCents, 0))} à régler sur la facture ` +
    `${invoiceNumber} : réduisez le montant affecté.`
  );
}

/** The message for a credit note larger than what is still open on the invoice it reduces. */
export function creditNoteExceedsOpenError(
  invoiceNumber: string,
  openCents: Cents,
  amountCents: Cents,
): string {
  if (openCents <= 0) {
    return (
      `La facture ${invoiceNumber} est déjà soldée : ` +
      "enregistrez l'avoir sur compte, sans facture concernée."
    );
  }
  return (
    `L'avoir de ${formatEuros(amountCents)} dépasse ce qui reste dû sur la facture ` +
    `${invoiceNumber} (${formatEuros(openCents)}) : réduisez le montant de l'avoir, ` +
    'ou enregistrez-le sur compte, sans facture concernée.'
  );
}

function allocationsError(
  allocations: readonly Allocation[],
  paymentCents: Cents | null,
): string | undefined {
  const badLine = allocations.findIndex(
    (line) => !isCents(line.amountCents) || line.amountCents <= 0,
  );
  if (badLine >= 0) {
    return (
      `L'affectation n° ${badLine + 1} doit être un montant supérieur à zéro : ` +
      'corrigez-la ou supprimez la ligne.'
    );
  }

  const invoiceIds = new Set(allocations.map((line) => line.invoiceId));
  if (invoiceIds.size < allocations.length) {
    return (
      'Le règlement est affecté deux fois à la même facture : ' +
      'regroupez ces montants sur une seule ligne.'
    );
  }

  const allocated = sumCents(allocations.map((line) => line.amountCents));
  if (paymentCents !== null && allocated > paymentCents) {
    return (
      `Les affectations totalisent ${formatEuros(allocated)}, ` +
      `plus que le paiement (${formatEuros(paymentCents)}) : réduisez-les.`
    );
  }
  return undefined;
}

function dateError(label: string, value: unknown): string | undefined {
  if (isCalendarDate(value)) return undefined;
  if (typeof value !== 'string' || value.trim() === '') return `${label} est obligatoire.`;

  // A well-shaped but impossible date (30 February) reads better in the French order.
  const shown = ISO_SHAPE.test(value) ? formatFrenchDate(value) : value;
  return `${label} (${shown}) n'existe pas dans le calendrier : saisissez une date JJ/MM/AAAA.`;
}

function positiveAmountError(label: string, cents: number): string | undefined {
  const shapeError = amountShapeError(label, cents);
  if (shapeError !== undefined) return shapeError;
  return cents > 0 ? undefined : `${label} doit être supérieur à zéro.`;
}

function nonNegativeAmountError(label: string, cents: number): string | undefined {
  const shapeError = amountShapeError(label, cents);
  if (shapeError !== undefined) return shapeError;
  return cents >= 0 ? undefined : `${label} ne peut pas être négatif.`;
}

function amountShapeError(label: string, cents: number): string | undefined {
  // Amounts arrive as integer cents from the amount parser; anything else is a broken import.
  if (isCents(cents)) return undefined;
  return `${label} est illisible : saisissez-le en euros, avec au plus deux décimales.`;
}
