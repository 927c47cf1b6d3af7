import { isValidSiren, normaliseIdentifier } from './siren';

const NUMERIC_KEY = /^FR\d{2}\d{9}$/;
// The tax office also issues keys with letters; I and O are left out because they read as 1 and 0.
const ALPHANUMERIC_KEY = /^FR[0-9A-HJ-NP-Z]{2}\d{9}$/;
// Monaco businesses get French VAT numbers whose 9 digits start with 000 and are not a SIREN.
const MONACO_PREFIX = '000';

/** Removes separators and upper-cases a VAT number (`fr 03 552 081 317` → `FR03552081317`). */
export function normaliseVatNumber(text: string): string {
  return normaliseIdentifier(text).toUpperCase();
}

/** The French VAT number of a SIREN (`552081317` → `FR03552081317`), or null for a bad SIREN. */
export function frenchVatNumberFromSiren(siren: string): string | null {
  if (!isValidSiren(siren)) return null;

  const digits = normaliseIdentifier(siren);
  return `FR${vatKey(digits)}${digits}`;
}

/** True for a French VAT number: FR, a 2-character key and 9 digits; a numeric key is checked. */
export function isValidFrenchVatNumber(text: string): boolean {
  const vat = normaliseVatNumber(text);

  if (NUMERIC_KEY.test(vat)) {
    const digits = vat.slice(4);
    const sirenOk = digits.startsWith(MONACO_PREFIX) || isValidSiren(digits);
    return sirenOk && vat.slice(2, 4) === vatKey(digits);
  }

  // New-style keys contain a letter; their check computation is not implemented here, so only
  // the shape is checked and a mistyped number of that kind can pass.
  return ALPHANUMERIC_KEY.test(vat);
}

function vatKey(digits: string): string {
  // (12 + 3 × (SIREN mod 97)) mod 97, the published rule; 3 is 100 mod 97, so this is the
  // remainder of the SIREN followed by "12".
  const key = (12 + 3 * (Number(digits) % 97)) % 97;
  return String(key).padStart(2, '0');
}
