import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../../src-main/database/open-database';
import { writeDemoDatabase } from '../../src-main/demo/write-demo-database';

export const BENCH_TODAY = '2026-12-03';

/**
 * The demonstration file of a scale (debtors, about ten invoices each),
 * generated once by the same generator as the app's demo and kept under
 * bench-results/files so later runs reuse it.
 */
export async function demoFileAtScale(root: string, debtors: number): Promise<string> {
  const folder = path.join(root, 'bench-results', 'files');
  fs.mkdirSync(folder, { recursive: true });
  const file = path.join(folder, `demo-${debtors}.sqlite`);
  if (fs.existsSync(file)) return file;

  const partial = `${file}.partiel`;
  fs.rmSync(partial, { force: true });
  const database = await openDatabase(partial, { create: true });
  writeDemoDatabase(database.sqlite, {
    seed: 2026,
    debtors,
    today: BENCH_TODAY,
    actor: 'benchmark',
    now: `${BENCH_TODAY}T08:00:00.000Z`,
  });
  await database.close();
  fs.renameSync(partial, file);
  return file;
}
