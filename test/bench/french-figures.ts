const number = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/** `12.34` → `12,3 ms`. */
export function ms(value: number): string {
  return `${number.format(value)} ms`;
}

/** A plain French number (`1 234,5`). */
export function frenchNumber(value: number): string {
  return number.format(value);
}

/** Ratio rounded to two decimals, null when the denominator is zero. */
export function ratio(figure: number, limit: number): number | null {
  return limit > 0 ? Math.round((figure / limit) * 100) / 100 : null;
}
