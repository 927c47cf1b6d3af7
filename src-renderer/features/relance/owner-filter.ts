import type { OwnerFilter } from '../../../src-shared/relance/relance-view';

/** The filter as the value of a <select>. */
export function ownerFilterValue(filter: OwnerFilter): string {
  return filter.kind === 'personne' ? String(filter.userId) : filter.kind;
}

/** The filter from the value of a <select>. */
export function parseOwnerFilter(value: string): OwnerFilter {
  if (value === 'tous' || value === 'sans') return { kind: value };
  return { kind: 'personne', userId: Number(value) };
}
