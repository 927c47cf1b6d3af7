const SEPARATORS = /[\s.\-\u00a0\u202f]/g;
const SIREN_SHAPE = /^\d{9}$/;
const SIRET_SHAPE = /^\d{14}$/;

// INSEE numbers the establishments of La Poste by another rule: the digits of their SIRET add up
// to a multiple of 5. Only the head office has a SIRET that passes the usual Luhn check.
const LA_POSTE_SIREN = '356000000';
const LA_POSTE_HEAD_OFFICE = '35600000000048';

/** Removes the spaces, dots and dashes typed inside an identifier (`552 081 317` → `552081317`). */
export function normaliseIdentifier(text: string): string {
  return text.replace(SEPARATORS, '');
}

/** True for a SIREN: 9 digits whose Luhn check digit is right; separators are ignored. */
export function isValidSiren(text: string): boolean {
  const siren = normaliseIdentifier(text);
  return SIREN_SHAPE.test(siren) && hasLuhnChecksum(siren);
}

/** True for a SIRET: 14 digits, Luhn over all of them, and a valid SIREN in the first 9. */
export function isValidSiret(text: string): boolean {
  const siret = normaliseIdentifier(text);
  if (!SIRET_SHAPE.test(siret)) return false;

  if (siret.startsWith(LA_POSTE_SIREN) && siret !== LA_POSTE_HEAD_OFFICE) {
    return digitSum(siret) % 5 === 0;
  }
  // A SIRET is its SIREN followed by a 5-digit establishment number (NIC), so a SIRET whose
  // first 9 digits fail their own check cannot exist even when the 14-digit sum happens to pass.
  return hasLuhnChecksum(siret) && hasLuhnChecksum(siret.slice(0, 9));
}

/** The SIREN (first 9 digits) of a valid SIRET, or null when the SIRET is not valid. */
export function sirenFromSiret(text: string): string | null {
  if (!isValidSiret(text)) return null;
  return normaliseIdentifier(text).slice(0, 9);
}

function hasLuhnChecksum(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    const digit = Number(digits[digits.length - 1 - index]);
    // Every second digit from the right is doubled; a two-digit result counts as its digit sum.
    const doubled = index % 2 === 1 ? digit * 2 : digit;
    sum += doubled > 9 ? doubled - 9 : doubled;
  }
  return sum % 10 === 0;
}

function digitSum(digits: string): number {
  let sum = 0;
  for (const digit of digits) sum += Number(digit);
  return sum;
}
