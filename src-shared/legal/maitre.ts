// A commissaire de justice or a lawyer is addressed as « Maître », which users often type into
// the name itself (« Me Paul Lefort », « Maître Lefort »): the title is written once.
/** `Maître Paul Lefort`, whether the name was typed with « Me » or « Maître » or without. */
export function withMaitre(name: string): string {
  const bare = name.trim().replace(/^(ma[iî]tre|m[eᵉ]\.?)\s+/i, '');
  return `Maître ${bare}`;
}
