/**
 * A copy of a piece of text that no longer keeps alive the larger text it was cut from. V8 cuts
 * substrings as views of their parent: a label kept from a line would otherwise hold the whole
 * 64 KB chunk the line was decoded from, and the customer lines of a million-line FEC would keep
 * nearly the whole file in memory. Concatenating forces a fresh string; short strings are copied
 * by V8 anyway.
 */
export function detachedText(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}
