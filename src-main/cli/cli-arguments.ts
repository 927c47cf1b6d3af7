import { parseAmount } from '../../src-shared/money/parse-amount';
import { parseFrenchDate } from '../../src-shared/dates/french-date';
import { AppError } from '../errors/app-error';

export type Options = Record<string, string | string[] | boolean | undefined>;

/** A required text option, with a French message naming the flag when it is missing. */
export function requireText(options: Options, name: string): string {
  const value = options[name];
  if (typeof value !== 'string' || value.trim() === '') {
    throw new AppError('VALIDATION', `Option manquante : --${name}.`);
  }
  return value;
}

export function optionalText(options: Options, name: string): string | null {
  const value = options[name];
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

export function requireId(options: Options, name: string): number {
  const text = requireText(options, name);
  const id = Number(text);
  if (!Number.isSafeInteger(id) || id <= 0) {
    throw new AppError('VALIDATION', `--${name} attend un numéro (reçu « ${text} »).`);
  }
  return id;
}

/** An amount typed the French way (`1 234,56`), in cents. */
export function requireAmount(options: Options, name: string): number {
  const parsed = parseAmount(requireText(options, name));
  if (!parsed.ok) throw new AppError('VALIDATION', `--${name} : ${parsed.message}`);
  return parsed.cents;
}

/** A date typed `03/12/2026` or `2026-12-03`. */
export function requireDate(options: Options, name: string): string {
  const parsed = parseFrenchDate(requireText(options, name));
  if (!parsed.ok) throw new AppError('VALIDATION', `--${name} : ${parsed.message}`);
  return parsed.date;
}
