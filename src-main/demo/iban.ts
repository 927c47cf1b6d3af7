import type { Random } from './random';

/** A French bank account as printed on a RIB, with its IBAN and the bank's BIC. */
export interface DemoBankAccount {
  iban: string;
  bic: string;
  bankCode: string;
  branchCode: string;
  accountNumber: string;
  ribKey: string;
}

// Real bank codes with their head-office BIC, so the RIB looks familiar; the account is random.
const BANKS: readonly (readonly [string, string])[] = [
  ['30004', 'BNPAFRPP'],
  ['30003', 'SOGEFRPP'],
  ['30002', 'CRLYFRPP'],
  ['20041', 'PSSTFRPP'],
];

/** A French account with a computed RIB key and IBAN check digits (ISO 7064 mod 97-10). */
export function generateBankAccount(random: Random): DemoBankAccount {
  const [bankCode, bic] = random.pick(BANKS);
  const branchCode = digits(random, 5);
  const accountNumber = digits(random, 11);
  const ribKey = computeRibKey(bankCode, branchCode, accountNumber);
  const bban = `${bankCode}${branchCode}${accountNumber}${ribKey}`;
  return {
    iban: `FR${ibanCheckDigits('FR', bban)}${bban}`,
    bic,
    bankCode,
    branchCode,
    accountNumber,
    ribKey,
  };
}

/** The RIB key of an all-digit account: 97 − ((89 × bank + 15 × branch + 3 × account) mod 97). */
export function computeRibKey(bankCode: string, branchCode: string, accountNumber: string): string {
  const weighted = 89 * Number(bankCode) + 15 * Number(branchCode) + 3 * Number(accountNumber);
  return String(97 - (weighted % 97)).padStart(2, '0');
}

/** The two IBAN check digits: 98 − (BBAN, country letters as numbers, "00") mod 97. */
export function ibanCheckDigits(countryCode: string, bban: string): string {
  const numeric = lettersToDigits(`${bban}${countryCode}00`);
  return String(98 - mod97(numeric)).padStart(2, '0');
}

// The number is far beyond 2^53, so it is reduced a few digits at a time.
function mod97(numeric: string): number {
  let remainder = 0;
  for (let start = 0; start < numeric.length; start += 7) {
    remainder = Number(`${remainder}${numeric.slice(start, start + 7)}`) % 97;
  }
  return remainder;
}

function lettersToDigits(text: string): string {
  let result = '';
  for (const character of text.toUpperCase()) {
    const code = character.charCodeAt(0);
    result += code >= 65 && code <= 90 ? String(code - 55) : character;
  }
  return result;
}

function digits(random: Random, count: number): string {
  let result = '';
  for (let index = 0; index < count; index += 1) result += String(random.int(0, 9));
  return result;
}
