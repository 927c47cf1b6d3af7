import type { Cents } from './cents';

export type ParsedAmount = { ok: true; cents: Cents } | { ok: false; message: string };

const SPACES = /[\s\u00a0\u202f]/g;
const EURO = /€|eur$/i;

/**
 * Reads an amount as a French bookkeeper types it: `1 234,56`, `1234,5`,
 * `-12`, `1 234,56 €`. A dot is accepted as the decimal mark when it is the
 * only mark (`1234.56`, as pasted from software in English). Mixed marks
 * such as `12.345,6` are refused rather than guessed.
 */
export function parseAmount(input: string): ParsedAmount {
  const compact = input.replace(SPACES, '').replace(EURO, '');
  if (compact === '') return { ok: false, message: 'Le montant est vide.' };

  if (compact.includes(',') && compact.includes('.')) {
    return {
      ok: false,
      message:
        `« ${input.trim()} » n'est pas un montant lisible : utilisez la virgule pour les ` +
        `décimales, sans point (ex. 1 234,56).`,
    };
  }

  const normalised = compact.replace(',', '.');
  const match = /^([+-]?)(\d+)(?:\.(\d{1,2}))?$/.exec(normalised);
  if (!match) {
    return {
      ok: false,
      message:
        `« ${input.trim()} » n'est pas un montant : saisissez des chiffres, avec au plus ` +
        `deux décimales (ex. 1 234,56).`,
    };
  }

  const [, sign, units, decimals = ''] = match;
  const cents = Number(units) * 100 + Number(decimals.padEnd(2, '0'));
  if (!Number.isSafeInteger(cents)) {
    return { ok: false, message: `« ${input.trim()} » est un montant trop grand.` };
  }
  return { ok: true, cents: sign === '-' ? -cents : cents };
}
