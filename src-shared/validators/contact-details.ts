// The address shape browsers accept for <input type="email">, plus a dot in the domain: it lets
// through ordinary business addresses and catches the usual slips (no @, a space, a missing
// extension). Whether the mailbox exists is only known by writing to it.
const EMAIL_LOCAL_PART = "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+";
const DOMAIN_LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?';
const EMAIL = new RegExp(`^${EMAIL_LOCAL_PART}@${DOMAIN_LABEL}(?:\\.${DOMAIN_LABEL})+$`);
const MAX_EMAIL_LENGTH = 254;

const PHONE_SEPARATORS = /[\s.\-/\u00a0\u202f]/g;
// The trunk 0 written in brackets after the country code, as in `+33 (0)1 23 45 67 89`.
const BRACKETED_TRUNK = /^(\+33|0033)\(0\)/;
const NATIONAL_NUMBER = /^[1-9]\d{8}$/;

/** True for an e-mail address a message can be sent to; surrounding spaces are ignored. */
export function isValidEmail(text: string): boolean {
  const email = text.trim();
  if (email.length > MAX_EMAIL_LENGTH || !EMAIL.test(email)) return false;

  // Dots may separate words of the local part but neither lead, trail nor repeat.
  const local = email.slice(0, email.lastIndexOf('@'));
  return !local.startsWith('.') && !local.endsWith('.') && !local.includes('..');
}

/**
 * A French phone number in international form (`01 23 45 67 89`, `+33 (0)1 23 45 67 89` →
 * `+33123456789`), or null when the text is not a French number.
 */
export function normaliseFrenchPhone(text: string): string | null {
  const compact = text.replace(PHONE_SEPARATORS, '').replace(BRACKETED_TRUNK, '$1');

  let national: string;
  if (compact.startsWith('+33')) national = compact.slice(3);
  else if (compact.startsWith('0033')) national = compact.slice(4);
  else if (compact.startsWith('0')) national = compact.slice(1);
  else return null;

  return NATIONAL_NUMBER.test(national) ? `+33${national}` : null;
}

/** A French phone number as written in France (`+33123456789` → `01 23 45 67 89`), or null. */
export function formatFrenchPhone(text: string): string | null {
  const phone = normaliseFrenchPhone(text);
  if (phone === null) return null;

  return `0${phone.slice(3)}`.replace(/(\d{2})(?=\d)/g, '$1 ');
}

/** True for a French mobile number (06 or 07), in any accepted writing. */
export function isMobilePhone(text: string): boolean {
  const phone = normaliseFrenchPhone(text);
  return phone !== null && (phone.startsWith('+336') || phone.startsWith('+337'));
}
