/**
 * Money is held as integer cents everywhere below the UI. A float never
 * holds an amount; it may only appear as an intermediate result of a rate
 * computation, which then goes through `roundToCents` exactly once.
 */
export type Cents = number;

/**
 * The one rounding rule of the app: half away from zero, to the cent, as a
 * bookkeeper rounds by hand (1,005 € gives 1,01 €, −1,005 € gives −1,01 €).
 * The small epsilon absorbs binary noise such as 100.49999999999999.
 */
export function roundToCents(amountInCents: number): Cents {
  const sign = amountInCents < 0 ? -1 : 1;
  const magnitude = Math.abs(amountInCents);
  return sign * Math.floor(magnitude + 0.5 + 1e-9);
}

/** True when the value is a whole number of cents that JavaScript holds exactly. */
export function isCents(value: unknown): value is Cents {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

/** Sums amounts in cents. */
export function sumCents(amounts: readonly Cents[]): Cents {
  let total = 0;
  for (const amount of amounts) total += amount;
  return total;
}
