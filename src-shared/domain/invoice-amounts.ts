import { roundToCents, type Cents } from '../money/cents';
import { parseAmount } from '../money/parse-amount';
import type { FieldErrors } from './field-errors';

/** The three amounts of an invoice, by their `InvoiceInput` names. */
export type InvoiceAmountField = 'amountExclTaxCents' | 'vatCents' | 'amountInclTaxCents';

/** Some or all of an invoice's amounts, in cents. */
export type InvoiceAmounts = Partial<Record<InvoiceAmountField, Cents>>;

/** The amounts as typed in the form; a field left out is to be computed. */
export type TypedInvoiceAmounts = Partial<Record<InvoiceAmountField, string>>;

/** A French VAT rate: `basisPoints` 2000 is 20 %. */
export interface VatRate {
  basisPoints: number;
  label: string;
}

/** The rates of French VAT, the usual one first. */
export const VAT_RATES: readonly VatRate[] = [
  { basisPoints: 2000, label: '20 %' },
  { basisPoints: 1000, label: '10 %' },
  { basisPoints: 550, label: '5,5 %' },
  { basisPoints: 210, label: '2,1 %' },
  { basisPoints: 0, label: '0 %' },
];

/** The rate the form starts with, the one most invoices carry. */
export const USUAL_VAT_RATE = VAT_RATES[0]!.basisPoints;

const AMOUNT_FIELDS: readonly InvoiceAmountField[] = [
  'amountExclTaxCents',
  'vatCents',
  'amountInclTaxCents',
];

/** The amounts of an invoice as far as they can be known, and what stops the rest. */
export interface InvoiceAmountsReading {
  /** Typed or computed; a field is absent when it cannot be known. */
  amounts: InvoiceAmounts;
  /** The fields that were computed rather than typed. */
  computed: InvoiceAmountField[];
  /** Whether the VAT rate took part in the computation. */
  usedRate: boolean;
  /** Unreadable or missing amounts, one French message per field. */
  errors: FieldErrors<InvoiceAmountField>;
}

/**
 * Completes an invoice's amounts from those known, with HT + TVA = TTC. Two known amounts give
 * the third. HT alone gives the VAT at the rate, rounded once to the cent, then the TTC; TTC
 * alone gives the HT at the rate and the VAT as what is left. Without a rate (an invoice with
 * several rates), one amount is not enough and the others stay unknown.
 */
export function completeInvoiceAmounts(
  known: InvoiceAmounts,
  rateBasisPoints: number | null,
): { amounts: InvoiceAmounts; usedRate: boolean } {
  const { amountExclTaxCents: excl, vatCents: vat, amountInclTaxCents: incl } = known;
  const amounts = (exclTax: Cents, vatAmount: Cents, inclTax: Cents) => ({
    amountExclTaxCents: exclTax,
    vatCents: vatAmount,
    amountInclTaxCents: inclTax,
  });

  if (excl !== undefined && vat !== undefined && incl !== undefined) {
    return { amounts: known, usedRate: false };
  }
  if (excl !== undefined && vat !== undefined) {
    return { amounts: amounts(excl, vat, excl + vat), usedRate: false };
  }
  if (excl !== undefined && incl !== undefined) {
    return { amounts: amounts(excl, incl - excl, incl), usedRate: false };
  }
  if (vat !== undefined && incl !== undefined) {
    return { amounts: amounts(incl - vat, vat, incl), usedRate: false };
  }
  if (rateBasisPoints === null || vat !== undefined) return { amounts: known, usedRate: false };

  if (excl !== undefined) {
    const vatAtRate = roundToCents((excl * rateBasisPoints) / 10_000);
    return { amounts: amounts(excl, vatAtRate, excl + vatAtRate), usedRate: true };
  }
  if (incl !== undefined) {
    const exclAtRate = roundToCents((incl * 10_000) / (10_000 + rateBasisPoints));
    return { amounts: amounts(exclAtRate, incl - exclAtRate, incl), usedRate: true };
  }
  return { amounts: known, usedRate: false };
}

/**
 * Reads the amounts typed in the invoice form (blank ones count as not typed) and completes
 * them. While a typed amount is unreadable nothing is computed from it: the other fields would
 * otherwise show, and be judged on, figures the user never meant.
 */
export function readInvoiceAmounts(
  typed: TypedInvoiceAmounts,
  rateBasisPoints: number | null,
): InvoiceAmountsReading {
  const known: InvoiceAmounts = {};
  const errors: FieldErrors<InvoiceAmountField> = {};
  for (const field of AMOUNT_FIELDS) {
    const text = typed[field];
    if (text === undefined || text.trim() === '') continue;
    const parsed = parseAmount(text);
    if (parsed.ok) known[field] = parsed.cents;
    else errors[field] = parsed.message;
  }
  if (Object.keys(errors).length > 0) {
    return { amounts: known, computed: [], usedRate: false, errors };
  }

  const { amounts, usedRate } = completeInvoiceAmounts(known, rateBasisPoints);
  const computed = AMOUNT_FIELDS.filter((field) => known[field] === undefined);
  return { amounts, computed, usedRate, errors: missingAmountErrors(known, amounts) };
}

/**
 * The invoice form's messages: where an amount is unreadable or missing, its message replaces
 * the amount checks of `validateInvoiceInput`, which would judge a zero nobody typed.
 */
export function invoiceEntryErrors(
  reading: InvoiceAmountsReading,
  ruleErrors: FieldErrors,
): FieldErrors {
  if (Object.keys(reading.errors).length === 0) return ruleErrors;

  const kept = Object.entries(ruleErrors).filter(
    ([field]) => !(AMOUNT_FIELDS as readonly string[]).includes(field),
  );
  return { ...Object.fromEntries(kept), ...reading.errors };
}

function missingAmountErrors(
  known: InvoiceAmounts,
  amounts: InvoiceAmounts,
): FieldErrors<InvoiceAmountField> {
  if (Object.keys(known).length === 0) {
    return { amountExclTaxCents: 'Saisissez le montant HT, ou le montant TTC et la TVA.' };
  }
  if (amounts.vatCents === undefined) {
    const other = known.amountExclTaxCents === undefined ? 'le montant HT' : 'le montant TTC';
    return {
      vatCents: `Avec plusieurs taux, saisissez aussi le total de TVA de la facture, ou ${other}.`,
    };
  }
  if (amounts.amountExclTaxCents === undefined) {
    return { amountExclTaxCents: 'Saisissez aussi le montant HT ou le montant TTC.' };
  }
  return {};
}
