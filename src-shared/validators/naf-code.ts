// NAF rév. 2 codes and NAF 2025 codes (in force from 2027) share this shape, two digits, a dot,
// two digits and a letter, so both are accepted without asking which nomenclature was used.
const NAF_CODE = /^(\d{2})\.?(\d{2})([A-Z])$/;

/** The NAF code in INSEE's writing (`6202a`, `62.02 A` → `62.02A`), or null for another shape. */
export function normaliseNafCode(text: string): string | null {
  const match = NAF_CODE.exec(text.replace(/\s/g, '').toUpperCase());
  if (!match) return null;

  const [, division, group, letter] = match;
  return `${division}.${group}${letter}`;
}
