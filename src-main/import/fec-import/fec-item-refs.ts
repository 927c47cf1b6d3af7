import type { FecItem } from '../fec/types';

/**
 * The external reference of each customer line: `fec:` then journal, entry number, entry date,
 * account key, piece and amounts. Line numbers and lettrage are left out on purpose: both change
 * when the same entry comes back in a later export. Two identical lines of one entry get `#2`,
 * `#3` in the order they appear.
 */
export function fecItemRefs(customerKey: string, items: readonly FecItem[]): string[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const base = [
      'fec:' + item.journalCode,
      item.entryNumber,
      item.entryDate,
      customerKey,
      item.pieceRef,
      item.debitCents,
      item.creditCents,
    ].join('|');
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}#${count}`;
  });
}
