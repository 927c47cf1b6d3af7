import { isValidFrenchPostalCode, postalPrefixExists } from '../validators/postal-code';

const FIVE_DIGITS = /^\d{5}$/;

/**
 * What is wrong with a typed postal code, in French, or undefined when it is valid. A code of five
 * digits whose first two belong to no département is said not to exist; anything else is asked
 * for again as five digits. Whether an empty code is allowed is the caller's rule.
 */
export function postalCodeError(postalCode: string): string | undefined {
  const code = postalCode.trim();
  if (isValidFrenchPostalCode(code)) return undefined;

  const prefix = code.slice(0, 2);
  if (FIVE_DIGITS.test(code) && !postalPrefixExists(prefix)) {
    return (
      `Le code postal « ${code} » n'existe pas : aucun département ne commence par ${prefix}. ` +
      'Vérifiez-le sur un courrier ou une facture.'
    );
  }
  return `Le code postal « ${code} » est invalide : saisissez ses 5 chiffres (ex. 75011).`;
}
