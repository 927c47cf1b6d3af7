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
