// Letters before which French elides « de » into « d’ », accents set aside.
const VOWELS = 'aeiouœæ';

/**
 * True when « de » elides before the word: a vowel, a mute h (d’Hélène,
 * d’Hugo: most names and words with an h take it so), or a y followed by a
 * consonant (d’Yves, but de Yann).
 */
export function elidesBefore(word: string): boolean {
  const [first, second] = [...word.trim().normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()];
  if (first === undefined) return false;
  if (VOWELS.includes(first) || first === 'h') return true;
  return first === 'y' && second !== undefined && !VOWELS.includes(second);
}

/** « de » before a name or a noun, elided where French wants it: de Paul, d’Aurélie. */
export function withDe(text: string): string {
  const trimmed = text.trim();
  return elidesBefore(trimmed) ? `d’${trimmed}` : `de ${trimmed}`;
}
