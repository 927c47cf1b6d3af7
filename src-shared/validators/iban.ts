import { normaliseIdentifier } from './siren';

// Country code, two check digits, then 11 to 30 letters or digits: 15 to 34 characters in all.
const IBAN_SHAPE = /^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/;
// Only the French length is pinned down; a foreign IBAN is held to the general bounds and the
// checksum, which between them still catch nearly every mistyped or missing character.
const FRENCH_IBAN_LENGTH = 27;

/** Removes separators and upper-cases an IBAN (`fr76 3000 6000…` → `FR763000600…`). */
export function normaliseIban(text: string): string {
  return normaliseIdentifier(text).toUpperCase();
}

/** True for an IBAN whose ISO 7064 mod 97-10 check passes; a French one has 27 characters. */
export function isValidIban(text: string): boolean {
  const iban = normaliseIban(text);
  if (!IBAN_SHAPE.test(iban)) return false;
  if (iban.startsWith('FR') && iban.length !== FRENCH_IBAN_LENGTH) return false;

  return mod97(iban.slice(4) + iban.slice(0, 4)) === 1;
}

/** Writes an IBAN in groups of four, as printed on a RIB (`FR76 3000 6000 0112 …`). */
export function formatIban(text: string): string {
  return normaliseIban(text).replace(/(.{4})(?=.)/g, '$1 ');
}

function mod97(rearranged: string): number {
  let remainder = 0;
  for (const character of rearranged) {
    // Letters count as two digits, A = 10 … Z = 35; folding digit by digit keeps the running
    // value far below the largest integer a number holds exactly.
    const value = character >= 'A' ? String(character.charCodeAt(0) - 55) : character;
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder;
}
