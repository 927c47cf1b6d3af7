import { isCalendarDate, type CalendarDate } from '../dates/calendar-date';

// Readers for the JSON files of assets/legal. A damaged file must stop the computation rather
// than feed it a wrong rate, so each reader throws, and the loaders turn that into one message.
/** A field of a shipped JSON file that is missing or of the wrong type (French text). */
export class AssetError extends Error {
  override name = 'AssetError';
}

type Json = Record<string, unknown>;

/** The object at `value`, or an error naming where it was expected. */
export function readObject(value: unknown, where: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new AssetError(`${where} : objet attendu`);
  }
  return value as Json;
}

/** The array in `field` of an object. */
export function readArray(object: Json, field: string, where: string): unknown[] {
  const value = object[field];
  if (!Array.isArray(value)) throw new AssetError(`${where}, champ ${field} : liste attendue`);
  return value;
}

/** A non-empty string field. */
export function readString(object: Json, field: string, where: string): string {
  const value = object[field];
  if (typeof value !== 'string' || value.trim() === '') {
    throw new AssetError(`${where}, champ ${field} : texte attendu`);
  }
  return value;
}

/** A string field that may be null. */
export function readOptionalString(object: Json, field: string, where: string): string | null {
  return object[field] === null ? null : readString(object, field, where);
}

/** A whole number of basis points, never a float. */
export function readBasisPoints(object: Json, field: string, where: string): number {
  const value = object[field];
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new AssetError(`${where}, champ ${field} : nombre entier de points de base attendu`);
  }
  return value;
}

/** A `YYYY-MM-DD` field. */
export function readDate(object: Json, field: string, where: string): CalendarDate {
  const value = object[field];
  if (!isCalendarDate(value))
    throw new AssetError(`${where}, champ ${field} : date AAAA-MM-JJ attendue`);
  return value;
}

/** A boolean field. */
export function readBoolean(object: Json, field: string, where: string): boolean {
  const value = object[field];
  if (typeof value !== 'boolean')
    throw new AssetError(`${where}, champ ${field} : vrai/faux attendu`);
  return value;
}
