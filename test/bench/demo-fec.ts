import fs from 'node:fs';
import path from 'node:path';
import { generateDemoCreditor } from '../../src-main/demo/creditor-company';
import { iterateDemoDebtors } from '../../src-main/demo/demo-company';
import { writeDemoFec } from '../../src-main/demo/fec-writer';
import { BENCH_SEED, BENCH_TODAY, cachedFile } from './demo-files';

/** The FEC measured: how many lines, and how many of the demo company's customers fill it. */
export const FEC_LINES = 1_000_000;
// About thirty lines a customer a year: 30,000 customers fill nearly nine lines in ten with
// receivables (the import's real work); purchase, payroll and bank entries make up the rest.
export const FEC_CUSTOMERS = 30_000;

/**
 * The demo company's FEC of the current year, written by the demo generator and kept under
 * bench-results/files in a folder of its own, so the file keeps the name accounting software
 * gives it (`<SIREN>FEC<closing date>.txt`), which the import reads the SIREN from.
 */
export async function demoFecFile(root: string, version: string): Promise<string> {
  const folder = await cachedFile(root, `fec-${FEC_LINES}`, '', version, async (partial) => {
    fs.mkdirSync(partial, { recursive: true });
    await writeDemoFec({
      company: generateDemoCreditor(BENCH_SEED),
      debtors: iterateDemoDebtors({ seed: BENCH_SEED, debtors: FEC_CUSTOMERS, today: BENCH_TODAY }),
      today: BENCH_TODAY,
      directory: partial,
      targetLines: FEC_LINES,
      seed: BENCH_SEED,
    });
  });
  const [name] = fs.readdirSync(folder).filter((file) => file.endsWith('.txt'));
  if (name === undefined) throw new Error(`no FEC in ${folder}`);
  return path.join(folder, name);
}
