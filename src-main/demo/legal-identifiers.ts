import { completeWithLuhn } from './luhn';
import type { Random } from './random';

// La Poste's SIREN follows its own SIRET rule (digit sum divisible by 5), so it is never drawn.
const LA_POSTE_SIREN_PAYLOAD = '35600000';

/**
 * A plausible SIREN: 8 random digits (the first from 3 to 9, as for companies) and a Luhn digit.
 */
export function generateSiren(random: Random): string {
  let payload = LA_POSTE_SIREN_PAYLOAD;
  while (payload === LA_POSTE_SIREN_PAYLOAD) {
    payload = String(random.int(3, 9));
    for (let index = 0; index < 7; index += 1) payload += String(random.int(0, 9));
  }
  return completeWithLuhn(payload);
}

/**
 * A SIRET of the SIREN: a small establishment number (NIC) completed so all 14 digits pass Luhn.
 */
export function generateSiret(siren: string, random: Random): string {
  const establishment = String(random.int(1, 4)).padStart(4, '0');
  return completeWithLuhn(`${siren}${establishment}`);
}

/** The French intra-community VAT number: FR, key = (12 + 3 × (SIREN mod 97)) mod 97, SIREN. */
export function vatNumberFromSiren(siren: string): string {
  const key = (12 + 3 * (Number(siren) % 97)) % 97;
  return `FR${String(key).padStart(2, '0')}${siren}`;
}
