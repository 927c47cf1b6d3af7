/** Replaces the no-break spaces of French number formatting with plain spaces. */
export function plainSpaces(text: string | undefined | null): string {
  return (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
}
