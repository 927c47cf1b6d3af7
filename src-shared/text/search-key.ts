/**
 * Folds text for searching: lower case, accents removed, runs of spaces and
 * punctuation collapsed, so « Société Générale » is found by « societe gen ».
 */
export function toSearchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

// Spaces between two digits: « 398 495 911 » as a SIREN is read aloud and printed on letters.
const SPACE_IN_NUMBER = /(\d) (?=\d)/g;

/**
 * The forms of a typed query to look for in search keys: the folded query, then, when it has
 * digits in groups, the same with the groups joined, as SIREN and SIRET are stored. A name that
 * itself holds spaced digits is still found by the first form.
 */
export function searchQueryForms(query: string): string[] {
  const folded = toSearchKey(query);
  const joined = folded.replace(SPACE_IN_NUMBER, '$1');
  return joined === folded ? [folded] : [folded, joined];
}
