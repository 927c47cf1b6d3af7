import type { DebtorKind } from '../domain/debtor';

/** The civility a name starts with (« Mme Aurélie Durand », « M. Paul Petit »), or null. */
export function civilityOf(name: string): 'Madame' | 'Monsieur' | null {
  const text = name.trim();
  if (/^(mme|madame|mlle|mademoiselle)\b\.?\s/i.test(text)) return 'Madame';
  if (/^(m\.|mr\b\.?|monsieur\b)\s*/i.test(text)) return 'Monsieur';
  return null;
}

/**
 * The opening of a letter or an e-mail, without its comma: « Madame » or
 * « Monsieur » when the name says which, « Bonjour Léa Petit » for a named
 * private person otherwise (never « Madame, Monsieur » to someone named),
 * and « Madame, Monsieur » for a business.
 */
export function openingSalutation(
  debtorKind: DebtorKind,
  debtorName: string,
  contactName: string | null,
): string {
  const person = contactName?.trim() || (debtorKind === 'particulier' ? debtorName.trim() : '');
  const civility = person ? civilityOf(person) : null;
  if (civility) return civility;
  if (debtorKind === 'particulier' && person) return `Bonjour ${person}`;
  return 'Madame, Monsieur';
}
