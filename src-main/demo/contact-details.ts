import type { Random } from './random';

/**
 * Phone numbers and e-mail addresses that look real but reach nobody. Demo data may end up in a
 * relance sent by mistake, so phones use the ranges ARCEP keeps for fiction (plan national de
 * numérotation, 2.5.12: 01 99 00 and 06 39 98) and e-mails use the reserved `.example` domain.
 */

/** A landline number shaped `01 99 00 xx xx`. */
export function fixedPhone(random: Random): string {
  return `01 99 00 ${pair(random)} ${pair(random)}`;
}

/** A mobile number shaped `06 39 98 xx xx`. */
export function mobilePhone(random: Random): string {
  return `06 39 98 ${pair(random)} ${pair(random)}`;
}

/**
 * `Brasserie Lefèvre & Fils` → `brasserie-lefevre-fils`: lower-case ASCII words joined by dashes.
 */
export function slugify(text: string): string {
  return asciiFold(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The mail domain of a firm, from its name: `brasserie-lefevre.example`. */
export function emailDomain(companyName: string): string {
  return `${slugify(companyName).slice(0, 40).replace(/-+$/, '')}.example`;
}

/** `julie.martin`: the local part of a person's address. */
export function personMailbox(firstName: string, lastName: string): string {
  return `${slugify(firstName)}.${slugify(lastName).replace(/-/g, '')}`;
}

/** Upper-case ASCII, as a bank writes a name in a transfer label (`VIR 2025-03-14 LEFEVRE`). */
export function bankLabelName(name: string, maxLength = 24): string {
  return asciiFold(name)
    .toUpperCase()
    .replace(/[^A-Z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, maxLength)
    .trim();
}

function asciiFold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE');
}

function pair(random: Random): string {
  return String(random.int(0, 99)).padStart(2, '0');
}
