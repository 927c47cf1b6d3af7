import type { Cents } from './cents';

const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
const plain = new Intl.NumberFormat('fr-FR', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** `123456` → `1 234,56 €` (French grouping with narrow no-break spaces). */
export function formatEuros(cents: Cents): string {
  return euros.format(cents / 100);
}

/** `123456` → `1 234,56`, as typed back into an amount field. */
export function formatAmountForInput(cents: Cents): string {
  return plain.format(cents / 100);
}

/** `123456` → `1234,56`: no grouping, decimal comma, as FEC and French CSV expect. */
export function formatAmountPlain(cents: Cents): string {
  const sign = cents < 0 ? '-' : '';
  const magnitude = Math.abs(cents);
  const units = Math.floor(magnitude / 100);
  const rest = String(magnitude % 100).padStart(2, '0');
  return `${sign}${units},${rest}`;
}
