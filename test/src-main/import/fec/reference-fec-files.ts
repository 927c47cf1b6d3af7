import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const folder = path.resolve(repoRoot, '../shared/reference/fec');

/** Whether the team's reference FEC files are here (they are not on a user's clone). */
export const referencePresent = fs.existsSync(folder);

/** Adds the reason to a test's name when it will be skipped. */
export const named = (sentence: string): string =>
  referencePresent
    ? sentence
    : `${sentence} (skipped: ../shared/reference/fec is absent (only in the team workspace))`;

/** The tab-separated, UTF-8 with BOM export of 2022: 17 customers on 411000 with lettrage. */
export const TAB_FILE = path.join(folder, '0000000001FEC20220831.txt');

/** The pipe-separated, fixed-width, ISO-8859-15 export: 34 customers on 411 sub-accounts. */
export const PIPE_FILE = path.join(folder, '111111111FEC20221231.TXT');

/**
 * The balance of each customer by the plainest possible reading: whole file in memory, split
 * on line ends and separator, amounts through Number. Independent of the reader under test.
 */
export function naiveBalances(filePath: string, separator: string): Map<string, number> {
  const bytes = fs.readFileSync(filePath);
  const text = new TextDecoder('iso-8859-15').decode(bytes).replace(/^ï»¿/, '');
  const [header = '', ...rows] = text.split(/\r\n|\r|\n/).filter((row) => row !== '');
  const names = header.split(separator).map((name) => name.trim().toLowerCase());
  const at = (name: string) => names.indexOf(name);
  const cents = (value = '') => Math.round(Number(value.trim().replace(',', '.') || '0') * 100);

  const balances = new Map<string, number>();
  for (const row of rows) {
    const fields = row.split(separator);
    const account = fields[at('comptenum')]?.trim() ?? '';
    if (!account.startsWith('411')) continue;
    const key = fields[at('compauxnum')]?.trim() || account;
    const net = cents(fields[at('debit')]) - cents(fields[at('credit')]);
    balances.set(key, (balances.get(key) ?? 0) + net);
  }
  return balances;
}
