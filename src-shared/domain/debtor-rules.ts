import { isValidEmail, normaliseFrenchPhone } from '../validators/contact-details';
import { normaliseNafCode } from '../validators/naf-code';
import { isValidSiren, isValidSiret, normaliseIdentifier } from '../validators/siren';
import {
  frenchVatNumberFromSiren,
  isValidFrenchVatNumber,
  normaliseVatNumber,
} from '../validators/vat-number';
import { postalCodeError } from './address-rules';
import type { DebtorInput } from './debtor';
import { compactErrors, type FieldErrors } from './field-errors';

/** The errors of a debtor form, keyed by `DebtorInput` field. */
export type DebtorErrors = FieldErrors<keyof DebtorInput>;

const MAX_NAME_LENGTH = 200;
const MAX_TAGS = 20;
const MAX_TAG_LENGTH = 40;
const ONLY_DIGITS = /^\d+$/;
// A French VAT number is 13 characters starting with FR; when it has that look and still fails,
// the key is what is wrong, which deserves a more precise message than the expected format.
const VAT_LOOK = /^FR[0-9A-Z]{2}\d{9}$/;

/**
 * Checks a debtor before it is saved; an empty object means it is valid. Run it on the output of
 * `normaliseDebtorInput` so that the messages quote the cleaned-up values.
 */
export function validateDebtorInput(input: DebtorInput): DebtorErrors {
  const identifiers =
    input.kind === 'particulier' ? personIdentifierErrors(input) : businessIdentifierErrors(input);

  return compactErrors({
    name: nameError(input),
    ...identifiers,
    ...addressErrors(input),
    email: emailError(input.email),
    phone: phoneError(input.phone),
    nafCode: nafCodeError(input.nafCode),
    tags: tagsError(input.tags),
  });
}

/**
 * Cleans a debtor as typed: trims text, turns blank optional fields into null, writes SIREN,
 * SIRET, VAT number and NAF code without separators in capitals, and puts the phone in `+33` form.
 */
export function normaliseDebtorInput(input: DebtorInput): DebtorInput {
  return {
    ...input,
    name: input.name.trim(),
    firstName: optional(input.firstName),
    legalForm: optional(input.legalForm),
    siren: optional(input.siren, (siren) => normaliseIdentifier(siren).toUpperCase()),
    siret: optional(input.siret, (siret) => normaliseIdentifier(siret).toUpperCase()),
    vatNumber: optional(input.vatNumber, normaliseVatNumber),
    // A value that is not a NAF code is kept, upper-cased, so that validation can point at it.
    nafCode: optional(input.nafCode, (naf) => normaliseNafCode(naf) ?? naf.toUpperCase()),
    sector: optional(input.sector),
    addressLine1: input.addressLine1.trim(),
    addressLine2: optional(input.addressLine2),
    postalCode: input.postalCode.replace(/\s/g, ''),
    city: input.city.trim(),
    phone: optional(input.phone, (phone) => normaliseFrenchPhone(phone) ?? phone),
    email: optional(input.email),
    notes: optional(input.notes),
    tags: [...new Set(input.tags.map((tag) => tag.trim()).filter((tag) => tag !== ''))],
  };
}

function nameError(input: DebtorInput): string | undefined {
  const name = input.name.trim();
  if (name === '') {
    return input.kind === 'particulier'
      ? 'Le nom est obligatoire.'
      : 'La raison sociale est obligatoire.';
  }
  if (name.length > MAX_NAME_LENGTH) {
    return `Le nom compte ${name.length} caractères : abrégez-le à ${MAX_NAME_LENGTH} au plus.`;
  }
  return undefined;
}

function personIdentifierErrors(input: DebtorInput): DebtorErrors {
  const errors: DebtorErrors = {};
  const advice = 'videz ce champ, ou choisissez « Entreprise » si ce débiteur en est une.';
  if (present(input.siren) !== null) errors.siren = `Un particulier n'a pas de SIREN : ${advice}`;
  if (present(input.siret) !== null) errors.siret = `Un particulier n'a pas de SIRET : ${advice}`;
  if (present(input.vatNumber) !== null) {
    errors.vatNumber = `Un particulier n'a pas de numéro de TVA intracommunautaire : ${advice}`;
  }
  return errors;
}

function businessIdentifierErrors(input: DebtorInput): DebtorErrors {
  const siren = present(input.siren);
  const siret = present(input.siret);
  const vatNumber = present(input.vatNumber);

  const errors: DebtorErrors = {
    siren: siren === null ? undefined : sirenError(siren),
    siret: siret === null ? undefined : identifierError('SIRET', siret, 14, isValidSiret),
    vatNumber: vatNumber === null ? undefined : vatNumberError(vatNumber),
  };

  // Cross-checks only make sense between numbers that are each valid on their own.
  if (siren === null || errors.siren !== undefined) return errors;
  const sirenDigits = normaliseIdentifier(siren);
  if (siret !== null && errors.siret === undefined) {
    errors.siret = siretOwnerError(normaliseIdentifier(siret), sirenDigits);
  }
  if (vatNumber !== null && errors.vatNumber === undefined) {
    errors.vatNumber = vatOwnerError(normaliseVatNumber(vatNumber), sirenDigits);
  }
  return errors;
}

/** What is wrong with a SIREN (characters, length, check key), in French; undefined if valid. */
export function sirenError(text: string): string | undefined {
  return identifierError('SIREN', text, 9, isValidSiren);
}

function identifierError(
  label: 'SIREN' | 'SIRET',
  text: string,
  length: number,
  isValid: (text: string) => boolean,
): string | undefined {
  const digits = normaliseIdentifier(text);
  if (!ONLY_DIGITS.test(digits)) {
    return `Le ${label} « ${text} » ne doit contenir que des chiffres (${length} en tout).`;
  }
  if (digits.length !== length) {
    return `Le ${label} ${digits} a ${digits.length} chiffres au lieu de ${length} : vérifiez-le.`;
  }
  if (!isValid(digits)) {
    return (
      `Le ${label} ${digits} est invalide : sa clé de contrôle ne correspond pas. ` +
      `Vérifiez les ${length} chiffres.`
    );
  }
  return undefined;
}

function siretOwnerError(siret: string, siren: string): string | undefined {
  if (siret.startsWith(siren)) return undefined;
  return (
    `Le SIRET ${siret} n'appartient pas au SIREN ${siren} : ` +
    'ses 9 premiers chiffres doivent être ceux du SIREN.'
  );
}

function vatOwnerError(vat: string, siren: string): string | undefined {
  if (vat.slice(4) === siren) return undefined;
  return (
    `Le numéro de TVA ${vat} ne correspond pas au SIREN ${siren} : ` +
    `pour ce SIREN, il s'écrit ${frenchVatNumberFromSiren(siren)}.`
  );
}

function vatNumberError(text: string): string | undefined {
  if (isValidFrenchVatNumber(text)) return undefined;

  const vat = normaliseVatNumber(text);
  if (VAT_LOOK.test(vat)) {
    return (
      `Le numéro de TVA ${vat} est invalide : sa clé (les 2 caractères après FR) ` +
      'ne correspond pas aux 9 chiffres qui la suivent. Vérifiez-le.'
    );
  }
  return (
    `Le numéro de TVA « ${text} » est invalide : il s'écrit FR, une clé de 2 caractères ` +
    'et les 9 chiffres du SIREN (ex. FR03552081317).'
  );
}

function addressErrors(input: DebtorInput): DebtorErrors {
  const errors: DebtorErrors = {};
  if (input.addressLine1.trim() === '') {
    errors.addressLine1 = "L'adresse est obligatoire : numéro et rue, ou lieu-dit.";
  }
  const postalCode = input.postalCode.trim();
  errors.postalCode =
    postalCode === '' ? 'Le code postal est obligatoire.' : postalCodeError(postalCode);
  if (input.city.trim() === '') errors.city = 'La ville est obligatoire.';
  return errors;
}

function emailError(value: string | null): string | undefined {
  const email = present(value);
  if (email === null || isValidEmail(email)) return undefined;
  return `L'adresse e-mail « ${email} » est invalide : écrivez-la nom@domaine.fr, sans espace.`;
}

function phoneError(value: string | null): string | undefined {
  const phone = present(value);
  if (phone === null || normaliseFrenchPhone(phone) !== null) return undefined;
  return (
    `« ${phone} » n'est pas un numéro de téléphone français : ` +
    'saisissez ses 10 chiffres (ex. 01 23 45 67 89).'
  );
}

function nafCodeError(value: string | null): string | undefined {
  const nafCode = present(value);
  if (nafCode === null || normaliseNafCode(nafCode) !== null) return undefined;
  return (
    `Le code NAF « ${nafCode} » est invalide : ` +
    "il s'écrit 4 chiffres et une lettre (ex. 62.02A)."
  );
}

function tagsError(tags: readonly string[]): string | undefined {
  if (tags.length > MAX_TAGS) {
    return `Ce débiteur a ${tags.length} étiquettes : gardez-en ${MAX_TAGS} au plus.`;
  }
  if (tags.some((tag) => tag.trim() === '')) return 'Une étiquette est vide : retirez-la.';

  const long = tags.find((tag) => tag.trim().length > MAX_TAG_LENGTH);
  if (long === undefined) return undefined;
  return `L'étiquette « ${long.trim()} » dépasse ${MAX_TAG_LENGTH} caractères : raccourcissez-la.`;
}

/** The trimmed text, or null when the field is empty or blank. */
function present(value: string | null): string | null {
  const text = value?.trim() ?? '';
  return text === '' ? null : text;
}

function optional(value: string | null, clean: (text: string) => string = (text) => text) {
  const text = present(value);
  return text === null ? null : clean(text);
}
