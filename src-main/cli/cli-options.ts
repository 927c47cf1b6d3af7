import { parseArgs } from 'node:util';
import { AppError } from '../errors/app-error';
import type { Options } from './cli-arguments';

const text = { type: 'string' } as const;
const flag = { type: 'boolean' } as const;

/** Every option the commands read; each command takes the ones it knows. */
export const CLI_OPTIONS = {
  file: text,
  company: text,
  debtors: text,
  seed: text,
  lines: text,
  name: text,
  'first-name': text,
  'legal-form': text,
  kind: text,
  siren: text,
  siret: text,
  'vat-number': text,
  naf: text,
  sector: text,
  address: text,
  'postal-code': text,
  city: text,
  phone: text,
  email: text,
  search: text,
  overdue: flag,
  archived: flag,
  debtor: text,
  number: text,
  'issue-date': text,
  'due-date': text,
  amount: text,
  'vat-rate': text,
  terms: text,
  date: text,
  method: text,
  reference: text,
  allocate: { type: 'string', multiple: true },
  'as-of': text,
  from: text,
  departement: text,
  'risk-class': text,
  id: text,
  keep: text,
  directory: text,
  zip: flag,
  fec: text,
  source: text,
  target: text,
  map: { type: 'string', multiple: true },
  profile: text,
  preview: flag,
  'accept-errors': flag,
  format: text,
  out: text,
  overwrite: flag,
  owner: text,
  send: flag,
} as const;

type OptionName = keyof typeof CLI_OPTIONS;

function isOptionName(name: string): name is OptionName {
  return Object.hasOwn(CLI_OPTIONS, name);
}

/**
 * Reads the options that follow the command. Node's own errors are in English and, for a value
 * that starts with a dash (`--amount -5`), puzzling: each mistake gets a French message that
 * says how to write it instead.
 */
export function parseCliOptions(args: string[]): Options {
  const { values, tokens } = parseArgs({
    args,
    options: CLI_OPTIONS,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });

  for (const token of tokens) {
    if (token.kind === 'option-terminator') continue;
    if (token.kind === 'positional') {
      throw usageError(
        `« ${token.value} » ne suit aucune option. Chaque valeur s'écrit après le nom de son ` +
          'option, par exemple --file dossier.sqlite.',
      );
    }
    const { name, rawName } = token;
    if (!isOptionName(name)) throw usageError(`Option inconnue : ${rawName}.`);

    const type = CLI_OPTIONS[name].type;
    if (type === 'boolean' && token.value !== undefined) {
      throw usageError(`${rawName} ne prend pas de valeur : écrivez seulement ${rawName}.`);
    }
    const value = token.value;
    // Without strict parsing, a value left out takes the next option as its value.
    if (type === 'string' && (value === undefined || (!token.inlineValue && isOption(value)))) {
      throw usageError(`Valeur manquante après ${rawName}, par exemple ${rawName} VALEUR.`);
    }
    // Node reads `--amount -5` as a forgotten value followed by an option `-5`; so does a reader
    // of the command, so the command asks for the unambiguous spelling.
    if (type === 'string' && !token.inlineValue && looksLikeOption(value ?? '')) {
      throw usageError(
        `${rawName} ${value ?? ''} : une valeur qui commence par un tiret se lit comme une ` +
          `option. Collez-la au nom avec un signe égal : ${rawName}=${value ?? ''}`,
      );
    }
  }
  return values as Options;
}

function isOption(value: string): boolean {
  return value.startsWith('--') && isOptionName(value.slice(2).split('=')[0] ?? '');
}

function looksLikeOption(value: string): boolean {
  return value.length > 1 && value.startsWith('-');
}

function usageError(message: string): AppError {
  return new AppError('VALIDATION', message);
}
