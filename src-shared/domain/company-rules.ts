import { isValidEmail, normaliseFrenchPhone } from '../validators/contact-details';
import { formatIban, isValidIban, normaliseIban } from '../validators/iban';
import { normaliseIdentifier } from '../validators/siren';
import { postalCodeError } from './address-rules';
import type { Company } from './company';
import { sirenError } from './debtor-rules';
import { compactErrors, type FieldErrors } from './field-errors';

/** The errors of the company form, keyed by `Company` field. */
export type CompanyErrors = FieldErrors<keyof Company>;

// Eight or eleven characters: bank, country, place, and an optional branch (ISO 9362).
const BIC = /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?$/;

/**
 * Cleans the creditor's identity as typed: trims text, turns blanks into null, writes SIREN and
 * IBAN without separators and the BIC in capitals.
 */
export function normaliseCompanyInput(input: Company): Company {
  return {
    ...input,
    legalName: input.legalName.trim(),
    legalForm: optional(input.legalForm),
    siren: optional(input.siren, normaliseIdentifier),
    rcsCity: optional(input.rcsCity),
    addressLine1: optional(input.addressLine1),
    addressLine2: optional(input.addressLine2),
    postalCode: optional(input.postalCode, (code) => code.replace(/\s/g, '')),
    city: optional(input.city),
    iban: optional(input.iban, normaliseIban),
    bic: optional(input.bic, (bic) => normaliseIdentifier(bic).toUpperCase()),
    contactName: optional(input.contactName),
    email: optional(input.email),
    phone: optional(input.phone),
  };
}

/**
 * Checks the creditor's identity before it is saved, one French message per field; an empty
 * object means it is valid. Run it on the output of `normaliseCompanyInput`. Only the name is
 * required: the letters that need the rest say so when they are prepared.
 */
export function validateCompanyInput(input: Company): CompanyErrors {
  const { siren, iban, bic, postalCode, email, phone } = input;
  return compactErrors({
    legalName: input.legalName ? undefined : 'Indiquez la raison sociale de votre entreprise.',
    shareCapitalCents: capitalError(input.shareCapitalCents),
    siren: siren ? sirenError(siren) : undefined,
    postalCode: postalCode ? postalCodeError(postalCode) : undefined,
    iban:
      iban && !isValidIban(iban)
        ? `L'IBAN ${formatIban(iban)} est invalide : sa clé de contrôle ne correspond pas. ` +
          'Recopiez-le depuis votre RIB.'
        : undefined,
    bic:
      bic && !BIC.test(bic)
        ? `Le BIC « ${bic} » est invalide : il compte 8 ou 11 lettres et chiffres (ex. AGRIFRPP).`
        : undefined,
    email:
      email && !isValidEmail(email)
        ? `L'adresse e-mail « ${email} » est invalide : écrivez-la nom@domaine.fr, sans espace.`
        : undefined,
    phone:
      phone && normaliseFrenchPhone(phone) === null
        ? `« ${phone} » n'est pas un numéro de téléphone français : ` +
          'saisissez ses 10 chiffres (ex. 01 23 45 67 89).'
        : undefined,
  });
}

function capitalError(cents: number | null): string | undefined {
  if (cents === null) return undefined;
  if (!Number.isSafeInteger(cents)) {
    return 'Le capital social est illisible : saisissez-le en euros, avec au plus deux décimales.';
  }
  return cents < 0 ? 'Le capital social ne peut pas être négatif.' : undefined;
}

function optional(value: string | null, clean: (text: string) => string = (text) => text) {
  const text = value?.trim() ?? '';
  return text === '' ? null : clean(text);
}
