const number = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
const fine = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
const whole = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });

/** `12.34` → `12,3 ms`. */
export function ms(value: number): string {
  return `${number.format(value)} ms`;
}

/** Milliseconds shown as seconds: `12345` → `12,3 s`. */
export function seconds(valueMs: number): string {
  return `${number.format(valueMs / 1000)} s`;
}

/** A throughput rounded to the unit: `123456.7` → `123 457`. */
export function perSecond(count: number, elapsedMs: number): string {
  return whole.format(elapsedMs > 0 ? (count * 1000) / elapsedMs : 0);
}

/** A plain French number (`1 234,5`). */
export function frenchNumber(value: number): string {
  return number.format(value);
}

/** A ratio as the table shows it, to two decimals (`× 0,02`). */
export function ratioText(value: number): string {
  return `× ${fine.format(value)}`;
}

/** Ratio rounded to two decimals, null when the denominator is zero. */
export function ratio(figure: number, limit: number): number | null {
  return limit > 0 ? Math.round((figure / limit) * 100) / 100 : null;
}

/** A count with its noun agreed: `1 débiteur refusé`, `3 débiteurs refusés`, `aucun échec`. */
export function counted(count: number, one: string, many: string, none = `0 ${many}`): string {
  if (count === 0) return none;
  return `${number.format(count)} ${count === 1 ? one : many}`;
}
