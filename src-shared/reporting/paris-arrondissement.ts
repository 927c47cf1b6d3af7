/**
 * The arrondissement of a Paris postal code: 75001 to 75020 give 1 to 20, and 75116 (the
 * second code of the 16th) gives 16. Other Paris codes (CEDEX, 75700…) name no arrondissement.
 */
export function parisArrondissement(postalCode: string): number | null {
  const code = postalCode.trim();
  if (code === '75116') return 16;
  const match = /^750(\d\d)$/.exec(code);
  if (!match) return null;
  const number = Number(match[1]);
  return number >= 1 && number <= 20 ? number : null;
}

/** `1` → `1er`, `11` → `11e`: how an arrondissement is written. */
export function arrondissementLabel(number: number): string {
  return number === 1 ? '1er' : `${number}e`;
}
