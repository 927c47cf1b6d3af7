import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../../src-main/database/open-database';
import { writeDemoDatabase } from '../../src-main/demo/write-demo-database';

export const BENCH_TODAY = '2026-12-03';
export const BENCH_SEED = 2026;

// What a generated file depends on: the generator, the data it draws from, the columns it fills
// and the schema it writes into. Any change there and the cached files are made again.
const GENERATOR_SOURCES = [
  'src-main/demo',
  'src-main/debtors/debtor-rows.ts',
  'src-main/database/migrations',
  'assets/geo/idf-communes.json',
  'assets/geo/naf-sectors.json',
];

/** A short hash of the generator's sources, read once by the parent run and handed to children. */
export function generatorVersion(root: string): string {
  const hash = createHash('sha256');
  for (const source of GENERATOR_SOURCES) {
    for (const file of filesUnder(path.join(root, source))) {
      hash.update(`${path.relative(root, file)}\0`);
      hash.update(fs.readFileSync(file));
    }
  }
  return hash.digest('hex').slice(0, 12);
}

/** The folder of the generated files, kept between runs. */
export function benchFilesFolder(root: string): string {
  const folder = path.join(root, 'bench-results', 'files');
  fs.mkdirSync(folder, { recursive: true });
  return folder;
}

/**
 * The cached file (or folder) `<stem>-<version><extension>`, written by `make` when missing.
 * Files of the same stem made by an older generator are deleted, so a stale file is never
 * measured and never left behind. `make` writes to the path it is given; the file is renamed
 * only once whole.
 */
export async function cachedFile(
  root: string,
  stem: string,
  extension: string,
  version: string,
  make: (partialPath: string) => Promise<void>,
): Promise<string> {
  const folder = benchFilesFolder(root);
  const name = `${stem}-${version}${extension}`;
  const file = path.join(folder, name);
  for (const other of fs.readdirSync(folder)) {
    const sameStem = other.startsWith(`${stem}-`) || other === `${stem}${extension}`;
    // The file's own `-wal`, `-shm` and `.partiel` share its name and stay.
    if (sameStem && !other.startsWith(name)) {
      fs.rmSync(path.join(folder, other), { recursive: true, force: true });
    }
  }
  if (fs.existsSync(file)) return file;

  const partial = `${file}.partiel`;
  fs.rmSync(partial, { recursive: true, force: true });
  await make(partial);
  fs.renameSync(partial, file);
  return file;
}

/**
 * The demonstration file of a scale (debtors, about ten invoices each), generated once by the
 * same generator as the app's demo and kept under bench-results/files for later runs.
 */
export function demoFileAtScale(root: string, debtors: number, version: string): Promise<string> {
  return cachedFile(root, `demo-${debtors}`, '.sqlite', version, async (partial) => {
    const database = await openDatabase(partial, { create: true });
    writeDemoDatabase(database.sqlite, {
      seed: BENCH_SEED,
      debtors,
      today: BENCH_TODAY,
      actor: 'benchmark',
      now: `${BENCH_TODAY}T08:00:00.000Z`,
    });
    await database.close();
  });
}

function filesUnder(source: string): string[] {
  if (!fs.existsSync(source)) return [];
  if (fs.statSync(source).isFile()) return [source];
  return fs
    .readdirSync(source, { recursive: true, encoding: 'utf8' })
    .map((relative) => path.join(source, relative))
    .filter((file) => fs.statSync(file).isFile())
    .sort();
}
