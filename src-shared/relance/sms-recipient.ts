import {
  formatFrenchPhone,
  isMobilePhone,
  normaliseFrenchPhone,
} from '../validators/contact-details';

/** The number an SMS relance goes to (international form), or why there is none, in French. */
export type SmsRecipient = { ok: true; number: string } | { ok: false; reason: string };

/**
 * The first French mobile (06, 07) among the debtor's numbers, in order of
 * preference (its contacts, then its own). Only a mobile receives an SMS: a
 * landline or a foreign number gets a French reason instead, for the user
 * to add a mobile or choose another channel.
 */
export function smsRecipient(phones: readonly (string | null)[]): SmsRecipient {
  const typed = phones.map((phone) => phone?.trim() ?? '').filter((phone) => phone !== '');
  const mobile = typed.find(isMobilePhone);
  if (mobile !== undefined) return { ok: true, number: normaliseFrenchPhone(mobile)! };
  const first = typed[0];
  if (first === undefined) return { ok: false, reason: 'aucun numéro de téléphone' };
  const landline = formatFrenchPhone(first);
  if (landline !== null) {
    return {
      ok: false,
      reason: `le ${landline} n’est pas un mobile (06 ou 07) : il ne reçoit pas de SMS`,
    };
  }
  return { ok: false, reason: `« ${first} » n’est pas un numéro de mobile français` };
}
