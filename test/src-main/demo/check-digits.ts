/**
 * Check-digit rules written again, independently of the generator, so the tests do not trust
 * the code they test.
 */

/** True when the digits pass the Luhn check (every second digit from the right doubled). */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  [...digits].reverse().forEach((character, position) => {
    const digit = Number(character);
    const weighted = position % 2 === 1 ? digit * 2 : digit;
    sum += Math.floor(weighted / 10) + (weighted % 10);
  });
  return /^\d+$/.test(digits) && sum % 10 === 0;
}

/** True when the IBAN, moved and turned into digits, leaves 1 modulo 97 (ISO 13616). */
export function isValidIban(iban: string): boolean {
  const moved = `${iban.slice(4)}${iban.slice(0, 4)}`;
  const numeric = [...moved]
    .map((character) =>
      /[A-Z]/.test(character) ? String(character.charCodeAt(0) - 55) : character,
    )
    .join('');
  return BigInt(numeric) % 97n === 1n;
}

/** True when the French RIB (bank, branch, account, key) is consistent. */
export function isValidRib(bban: string): boolean {
  return BigInt(bban) % 97n === 0n;
}

/** The French VAT key of a SIREN: (12 + 3 × (SIREN mod 97)) mod 97. */
export function expectedVatNumber(siren: string): string {
  const key = (12 + 3 * (Number(siren) % 97)) % 97;
  return `FR${String(key).padStart(2, '0')}${siren}`;
}
