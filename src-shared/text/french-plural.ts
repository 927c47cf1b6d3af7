/**
 * « 0 facture », « 1 facture », « 2 factures », « 12 000 factures »: a count and its noun, the
 * noun in the plural from 2 on, as French writes it. `plural` is for nouns that do not simply
 * take an s (« à-nouveaux », « lignes reconnues »).
 */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString('fr-FR')} ${isPlural(count) ? plural : singular}`;
}

/** True from 2 on: in French, 0 and 1 take the singular (« 0 anomalie », « 1,5 jour »). */
export function isPlural(count: number): boolean {
  return Math.abs(count) >= 2;
}
