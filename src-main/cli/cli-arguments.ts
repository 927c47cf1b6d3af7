import { parseAmount } from '../../src-shared/money/parse-amount';
import { parseFrenchDate } from '../../src-shared/dates/french-date';
import { AppError } from '../errors/app-error';

export type Options = Record<string, string | string[] | boolean | undefined>;

/** A refusal whose message announces a list: the command line prints it below, a line each. */
export class CliRefusal extends AppError {
  constructor(
    message: string,
    readonly details: string[],
  ) {
    super('VALIDATION', message);
    this.name = 'CliRefusal';
  }
}

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

/** A whole number within bounds, or the fallback when the option is left out. */
export function optionalInteger(
  options: Options,
  name: string,
  { min, max, fallback }: { min: number; max: number; fallback: number },
): number {
  const text = optionalText(options, name);
  if (text === null) return fallback;
  const value = Number(text.replace(/[\s_]/g, ''));
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    const range = `${min.toLocaleString('fr-FR')} à ${max.toLocaleString('fr-FR')}`;
    throw new AppError(
      'VALIDATION',
      `--${name} attend un nombre entier de ${range} (reçu « ${text} »).`,
    );
  }
  return value;
}

/** A date typed `03/12/2026` or `2026-12-03`, or null when the option is left out. */
export function optionalDate(options: Options, name: string): string | null {
  return optionalText(options, name) === null ? null : requireDate(options, name);
}
