// GSM 03.38: the default alphabet of an SMS (7 bits a character), and its extension table,
// whose characters take two places. Anything else forces UCS-2 (16 bits a character).
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENSION = '^{}\\[~]|€\f';

/** How long an SMS is and how many messages the network will bill for it. */
export interface SmsLength {
  encoding: 'GSM-7' | 'UCS-2';
  /** Characters as the network counts them (an extension character counts twice). */
  units: number;
  /** The limit of a single SMS in that encoding: 160 or 70. */
  singleLimit: number;
  /** Number of SMS the text is split into (153 or 67 per part once it is split). */
  parts: number;
  /** The characters that forced UCS-2, if any. */
  nonGsmCharacters: string[];
}

/**
 * Puts a text in the form it is sent in: the narrow no-break spaces of French
 * number formatting and typographic apostrophes would force UCS-2 and halve
 * the length of one SMS, so they become plain spaces and apostrophes.
 */
export function smsText(text: string): string {
  return text
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/[’‘]/g, "'")
    .replace(/[«»]/g, '"')
    .replace(/\u2026/g, '...')
    .replace(/[\u2013\u2014]/g, '-');
}

/** Counts an SMS the way operators do: GSM-7 when every character allows it, else UCS-2. */
export function smsLength(text: string): SmsLength {
  const nonGsm = new Set<string>();
  let units = 0;
  for (const character of text) {
    if (GSM_BASIC.includes(character)) units += 1;
    else if (GSM_EXTENSION.includes(character)) units += 2;
    else nonGsm.add(character);
  }
  if (nonGsm.size === 0) {
    return {
      encoding: 'GSM-7',
      units,
      singleLimit: 160,
      parts: units <= 160 ? 1 : Math.ceil(units / 153),
      nonGsmCharacters: [],
    };
  }
  // UCS-2 counts UTF-16 code units: an emoji takes two.
  const ucsUnits = text.length;
  return {
    encoding: 'UCS-2',
    units: ucsUnits,
    singleLimit: 70,
    parts: ucsUnits <= 70 ? 1 : Math.ceil(ucsUnits / 67),
    nonGsmCharacters: [...nonGsm],
  };
}

/** A French sentence on the length, for the agenda and the template editor. */
export function describeSmsLength(length: SmsLength): string {
  const base = `${length.units} caractères sur ${length.singleLimit}`;
  if (length.parts === 1) return `${base} : tient en un SMS.`;
  const why =
    length.encoding === 'UCS-2'
      ? ` (caractères hors alphabet SMS : ${length.nonGsmCharacters.join(' ')}, limite 70)`
      : '';
  return `${base}${why} : sera envoyé en ${length.parts} SMS.`;
}
