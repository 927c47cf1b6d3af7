import type { PaymentMethod } from '../../../src-shared/domain/ledger';

// Bank statement labels name the means of payment in a few well-known abbreviations.
const METHOD_PATTERNS: [RegExp, PaymentMethod][] = [
  [/\b(?:LCR|effets?|traites?)\b/i, 'effet'],
  [/\b(?:pr[ée]l[eè]vements?|PRLV|SDD)\b/i, 'prelevement'],
  [/\b(?:ch[eè]ques?|CHQ|remise ch)/i, 'cheque'],
  [/\b(?:CB|carte)\b/i, 'carte'],
  [/\b(?:esp[eè]ces)\b/i, 'especes'],
  [/\b(?:vir|virements?|SCT)\b/i, 'virement'],
];

/** Guesses how a payment was made from the label of its bank line; `autre` when it says nothing. */
export function paymentMethodFromLabel(label: string): PaymentMethod {
  for (const [pattern, method] of METHOD_PATTERNS) {
    if (pattern.test(label)) return method;
  }
  return 'autre';
}
