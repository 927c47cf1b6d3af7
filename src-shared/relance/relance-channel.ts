/** How a relance step reaches the debtor. `mise_en_demeure` is a registered letter of its own. */
export type RelanceChannel = 'email' | 'lettre' | 'lrar' | 'sms' | 'appel' | 'mise_en_demeure';

export const RELANCE_CHANNELS: readonly RelanceChannel[] = [
  'email',
  'lettre',
  'lrar',
  'sms',
  'appel',
  'mise_en_demeure',
];

export const RELANCE_CHANNEL_LABELS: Record<RelanceChannel, string> = {
  email: 'E-mail',
  lettre: 'Lettre simple',
  lrar: 'Lettre recommandée (LRAR)',
  sms: 'SMS',
  appel: 'Appel téléphonique',
  mise_en_demeure: 'Mise en demeure (LRAR)',
};

/** The register of a step's message, from a friendly reminder to a formal notice. */
export type RelanceTone = 'courtois' | 'ferme' | 'formel';

export const RELANCE_TONES: readonly RelanceTone[] = ['courtois', 'ferme', 'formel'];

export const RELANCE_TONE_LABELS: Record<RelanceTone, string> = {
  courtois: 'Courtois',
  ferme: 'Ferme',
  formel: 'Formel',
};

/** Channels whose step produces a .docx letter on the letterhead. */
export function isLetterChannel(channel: RelanceChannel): boolean {
  return channel === 'lettre' || channel === 'lrar' || channel === 'mise_en_demeure';
}

/** Channels a batch produces at once: letters and e-mails (SMS and calls stay one by one). */
export function isBatchChannel(channel: RelanceChannel): boolean {
  return channel === 'email' || isLetterChannel(channel);
}
