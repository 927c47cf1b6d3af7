import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { courtRowsFromAsset, type CourtRow } from '../../src-shared/legal/court-rows';
import { rateTablesFromAssets } from '../../src-shared/legal/rate-assets';
import type { RateTables } from '../../src-shared/legal/rate-tables';
import { AppError } from '../errors/app-error';

/** The rate tables and courts shipped in `assets/legal`. */
export interface ShippedLegalData {
  tables: RateTables;
  courts: CourtRow[];
}

const MARKER = path.join('assets', 'legal', 'idf-courts.json');

// The files are read at run time, not bundled, so that a new rate can ship as data. The folder
// is found by walking up from this module: src-main/legal in development, dist/main once built,
// and app.asar/dist/main in the packaged app, where assets/ sits beside dist/.
/** The `assets/legal` folder, searched upwards from `start` (this module's folder). */
export function legalAssetsDirectory(start = path.dirname(fileURLToPath(import.meta.url))): string {
  let directory = path.resolve(start);
  for (;;) {
    if (fs.existsSync(path.join(directory, MARKER))) return path.join(directory, 'assets', 'legal');
    const parent = path.dirname(directory);
    if (parent === directory) break;
    directory = parent;
  }
  throw new AppError(
    'INTERNAL',
    "Les tables juridiques livrées avec l'application (dossier assets/legal) sont introuvables : " +
      "réinstallez l'application.",
  );
}

/** Reads and checks the shipped tables in a folder; a damaged file is a French error. */
export function readShippedLegalData(directory: string): ShippedLegalData {
  const read = (name: string): unknown => {
    try {
      return JSON.parse(fs.readFileSync(path.join(directory, name), 'utf8'));
    } catch {
      throw new AppError(
        'INTERNAL',
        `Le fichier ${name} livré avec l'application est illisible : réinstallez l'application.`,
      );
    }
  };
  const rates = rateTablesFromAssets(read('taux-interet-legal.json'), read('ecb-mro-rates.json'));
  if (!rates.ok) throw new AppError('INTERNAL', rates.message);
  const courts = courtRowsFromAsset(read('idf-courts.json'));
  if (!courts.ok) throw new AppError('INTERNAL', courts.message);
  return { tables: rates.tables, courts: courts.courts };
}

let cached: ShippedLegalData | null = null;

/** The shipped tables, read once per process. */
export function shippedLegalData(): ShippedLegalData {
  cached ??= readShippedLegalData(legalAssetsDirectory());
  return cached;
}
