import fs from 'node:fs/promises';
import path from 'node:path';
import type { CalendarDate } from '../../src-shared/dates/calendar-date';
import { generateDemoCreditor } from '../demo/creditor-company';
import { iterateDemoDebtors } from '../demo/demo-company';
import { fecFileName } from '../demo/fec-format';
import { writeDemoFec } from '../demo/fec-writer';
import { AppError } from '../errors/app-error';
import { localToday } from '../workspace/local-clock';
import { optionalDate, optionalInteger, requireText, type Options } from './cli-arguments';
import type { CliCommand } from './cli-commands';

/** Where the demo FEC went and what it holds. */
export interface DemoFecWritten {
  path: string;
  fileName: string;
  seed: number;
  debtors: number;
  period: { from: CalendarDate; to: CalendarDate };
  /** Lines in the file, header included. */
  lineCount: number;
  entryCount: number;
}

const SCALE = {
  seed: { min: 0, max: 2 ** 31, fallback: 2026 },
  debtors: { min: 1, max: 100_000, fallback: 150 },
  lines: { min: 0, max: 20_000_000, fallback: 0 },
};

/**
 * Writes the demo company's ledger as a FEC: into a folder under its legal name
 * `<SIREN>FEC<AAAAMMJJ>.txt`, or under the file name given. An existing file is replaced only
 * with `--overwrite`; the file appears whole or not at all.
 */
async function writeDemoFecFile(options: Options): Promise<DemoFecWritten> {
  const seed = optionalInteger(options, 'seed', SCALE.seed);
  const debtors = optionalInteger(options, 'debtors', SCALE.debtors);
  const targetLines = optionalInteger(options, 'lines', SCALE.lines);
  const today = optionalDate(options, 'as-of') ?? localToday();
  const company = generateDemoCreditor(seed);
  // The fiscal year is the calendar year of `today`, which gives the legal name in advance.
  const fiscalYearStart = `${today.slice(0, 4)}-01-01`;
  const legalName = fecFileName(company.siren, `${today.slice(0, 4)}-12-31`);
  const { directory, target } = await placeOf(requireText(options, 'out'), legalName);
  const overwrite = options.overwrite === true;
  await refuseExisting(target, overwrite);

  // Written beside the target, then renamed: an interrupted run leaves no half file behind.
  const work = await fs.mkdtemp(path.join(directory, '.recouvra-demo-fec-'));
  try {
    const written = await writeDemoFec({
      company,
      debtors: iterateDemoDebtors({ seed, debtors, today }),
      today,
      fiscalYearStart,
      directory: work,
      targetLines,
      seed,
    });
    // Checked again: the file may have appeared while the ledger was being written.
    await refuseExisting(target, overwrite);
    await fs.rename(written.path, target);
    return {
      path: target,
      fileName: path.basename(target),
      seed,
      debtors,
      period: { from: written.fiscalYear.start, to: written.fiscalYear.end },
      lineCount: written.lineCount,
      entryCount: written.entryCount,
    };
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}

// `--out` names an existing folder (the file takes its legal name there) or a file to create in
// an existing folder.
async function placeOf(
  out: string,
  legalName: string,
): Promise<{ directory: string; target: string }> {
  const resolved = path.resolve(out);
  if (await isDirectory(resolved))
    return { directory: resolved, target: path.join(resolved, legalName) };
  const directory = path.dirname(resolved);
  if (!(await isDirectory(directory))) {
    throw new AppError('VALIDATION', `--out : le dossier « ${directory} » n'existe pas.`);
  }
  return { directory, target: resolved };
}

async function refuseExisting(target: string, overwrite: boolean): Promise<void> {
  const existing = await fs.stat(target).catch(() => null);
  if (existing === null) return;
  if (existing.isDirectory() || !overwrite) {
    throw new AppError(
      'CONFLICT',
      `« ${target} » existe déjà. Choisissez un autre nom, ou ajoutez --overwrite pour le ` +
        `remplacer.`,
    );
  }
}

async function isDirectory(target: string): Promise<boolean> {
  const stats = await fs.stat(target).catch(() => null);
  return stats?.isDirectory() ?? false;
}

/** The demonstration data: a company file, or its ledger as a FEC. */
export const demoCommands: Record<string, CliCommand> = {
  demo: {
    summary: 'crée un dossier de démonstration : --file CHEMIN [--debtors 150] [--seed 2026]',
    opensFile: false,
    run: (options, call) =>
      call('file:createDemo', {
        path: requireText(options, 'file'),
        debtors: optionalInteger(options, 'debtors', SCALE.debtors),
        seed: optionalInteger(options, 'seed', SCALE.seed),
      }),
  },
  'demo:fec': {
    summary:
      'écrit le FEC de la société de démonstration : --out DOSSIER|FICHIER [--debtors 150] ' +
      '[--lines 1000000] [--seed 2026] [--as-of JJ/MM/AAAA] [--overwrite]',
    opensFile: false,
    run: (options) => writeDemoFecFile(options),
  },
};
