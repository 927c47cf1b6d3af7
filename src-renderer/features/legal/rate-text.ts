import { formatRate } from '../../../src-shared/legal/format-rate';
import { parseAmount } from '../../../src-shared/money/parse-amount';

/** A rate typed as `2,40` or `2,40 %`, in basis points, or the French reason it is unreadable. */
export function parseRateText(
  text: string,
): { ok: true; bp: number } | { ok: false; message: string } {
  // A rate with two decimals reads exactly like an amount: 2,40 → 240 hundredths.
  const parsed = parseAmount(text.replace('%', ''));
  if (!parsed.ok || parsed.cents < 0) {
    return {
      ok: false,
      message: `« ${text.trim()} » n'est pas un taux : écrivez-le en pourcentage, ex. 2,40.`,
    };
  }
  return { ok: true, bp: parsed.cents };
}

/** A rate in basis points as typed back into a field (`2,40`). */
export function rateForInput(bp: number): string {
  return formatRate(bp).replace(/\u00a0%$/, '');
}
