/**
 * Luhn check-digit completion for generated SIREN and SIRET numbers. Validation lives in
 * src-shared/validators; this side only builds numbers that will pass it.
 */

/** The digit that, written after `payload`, makes the whole number pass the Luhn check. */
export function luhnCheckDigit(payload: string): number {
  let sum = 0;
  for (let offset = 0; offset < payload.length; offset += 1) {
    let digit = payload.charCodeAt(payload.length - 1 - offset) - 48;
    // The check digit will sit at the far right, so the payload's last digit is the first doubled.
    if (offset % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

/** `payload` followed by its Luhn check digit. */
export function completeWithLuhn(payload: string): string {
  return `${payload}${luhnCheckDigit(payload)}`;
}
