import { formatFrenchDate } from '../../../../src-shared/dates/french-date';
import { formatEuros } from '../../../../src-shared/money/format-amount';

const compactEuros = new Intl.NumberFormat('fr-FR', {
  style: 'currency',
  currency: 'EUR',
  notation: 'compact',
  maximumFractionDigits: 1,
});

const monthNames = new Intl.DateTimeFormat('fr-FR', {
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A chart axis tick for an amount held in cents: `1,2 M€`, `350 k€`. */
export function axisEuros(cents: number): string {
  return compactEuros.format(cents / 100);
}

/** A tooltip line: `Échu : 1 234,56 €`. */
export function tooltipEuros(label: string, cents: number): string {
  return `${label} : ${formatEuros(cents)}`;
}

/** `2026-11` → `nov. 2026`. */
export function monthLabel(month: string): string {
  return monthNames.format(new Date(`${month}-01T00:00:00Z`));
}

/** `2026-11-30` → `30/11/2026`. */
export function dayLabel(date: string): string {
  return formatFrenchDate(date);
}

/** `0.4567` → `45,7 %`; `—` when unknown. */
export function percentLabel(rate: number | null): string {
  if (rate === null) return '—';
  return new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 }).format(
    rate,
  );
}

/** Colours of the ageing buckets, from not due (calm) to over 90 days (alarm). */
export const AGE_COLOURS = ['#4e79a7', '#f2c14e', '#f28e2b', '#e15759', '#8c1c13'];

/** Colours of the risk classes A to D. */
export const RISK_COLOURS: Record<'A' | 'B' | 'C' | 'D', string> = {
  A: '#2e7d32',
  B: '#9acd32',
  C: '#f28e2b',
  D: '#c62828',
};
