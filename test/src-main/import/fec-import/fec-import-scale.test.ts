import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { generateDemoCreditor } from '../../../../src-main/demo/creditor-company';
import { iterateDemoDebtors } from '../../../../src-main/demo/demo-company';
import { writeDemoFec } from '../../../../src-main/demo/fec-writer';
import { importFec } from '../../../../src-main/import/fec-import/fec-import-service';
import type { JobProgress } from '../../../../src-shared/domain/job';
import { databaseDigest } from '../../../support/database-digest';
import { createTestWorkspace, type TestWorkspace } from '../../../support/temp-workspace';
import { makeTempDir } from '../fec/fec-fixture';
import { createFile } from './fec-import-fixtures';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../../..');
const HEAP_LIMIT_MB = 32;

async function demoFec(directory: string, debtors: number, targetLines?: number): Promise<string> {
  fs.mkdirSync(directory, { recursive: true });
  const written = await writeDemoFec({
    company: generateDemoCreditor(3),
    debtors: iterateDemoDebtors({ seed: 3, debtors, today: '2025-12-31' }),
    today: '2025-12-31',
    directory,
    targetLines,
    seed: 3,
  });
  return written.path;
}

describe('importing a large FEC', () => {
  let folder: { dir: string; remove: () => Promise<void> };
  let test: TestWorkspace;

  beforeAll(async () => {
    folder = await makeTempDir();
  });
  afterAll(() => folder.remove());

  beforeEach(async () => {
    test = createTestWorkspace('2025-12-31');
    await createFile(test);
  });
  afterEach(() => test.dispose());

  it(`streams a FEC larger than the ${HEAP_LIMIT_MB} MB heap it is allowed, in a child process`, async () => {
    const fecPath = await demoFec(path.join(folder.dir, 'big'), 50, 300_000);
    const script = path.join(repoRoot, 'node_modules/.cache/recouvra-tests/import-in-child.mjs');
    await build({
      entryPoints: [path.join(here, 'import-in-child.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      outfile: script,
      logLevel: 'warning',
    });
    const target = path.join(folder.dir, 'child');
    fs.mkdirSync(target);

    const { stdout } = await promisify(execFile)(
      process.execPath,
      [`--max-old-space-size=${HEAP_LIMIT_MB}`, script, fecPath, target],
      { cwd: repoRoot },
    );

    const outcome = JSON.parse(stdout) as Record<string, number>;
    expect(fs.statSync(fecPath).size).toBeGreaterThan(HEAP_LIMIT_MB * 1_048_576);
    expect(outcome.peakHeapMb).toBeLessThan(HEAP_LIMIT_MB);
    expect(outcome.debtors).toBe(50);
    expect(outcome.invoices).toBe(outcome.added);
    expect(outcome.reports).toBeGreaterThan(100);
  }, 120_000);

  it('reports its progress in order, reading then writing, up to the end', async () => {
    const fecPath = await demoFec(path.join(folder.dir, 'progress'), 200, 50_000);
    const reports: JobProgress[] = [];

    await importFec(test.workspace.context(), fecPath, {}, { report: (p) => reports.push(p) });

    const done = reports.map((report) => report.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(reports.at(-1)).toEqual({ done: 1000, total: 1000, label: 'Écriture dans le dossier…' });
    expect(new Set(reports.map((report) => report.label))).toEqual(
      new Set(['Lecture du FEC…', 'Écriture dans le dossier…']),
    );
  });

  it('rolls back an import cancelled while it writes, leaving the file as it was', async () => {
    const fecPath = await demoFec(path.join(folder.dir, 'cancel'), 400);
    const { sqlite } = test.workspace.context().database;
    const before = databaseDigest(sqlite);
    const controller = new AbortController();
    let writing = 0;

    const outcome = importFec(
      test.workspace.context(),
      fecPath,
      {},
      {
        signal: controller.signal,
        report: (progress) => {
          if (progress.label.startsWith('Écriture') && ++writing === 2) controller.abort();
        },
      },
    );

    await expect(outcome).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(writing).toBeGreaterThanOrEqual(2);
    expect(databaseDigest(sqlite)).toEqual(before);
    expect(sqlite.inTransaction).toBe(false);
  });

  it('ends « cancelled » when the user cancels the job, leaving the file as it was', async () => {
    const fecPath = await demoFec(path.join(folder.dir, 'job'), 100, 50_000);
    const { sqlite } = test.workspace.context().database;
    const before = databaseDigest(sqlite);

    const { jobId } = await test.call('import:fecRun', {
      path: fecPath,
      paymentTermsDays: 30,
      expectedHash: null,
    });
    await test.call('jobs:cancel', { id: jobId });
    const status = await test.workspace.jobs.wait(jobId, 5);

    expect(status.state).toBe('cancelled');
    expect(status.error?.message).toMatch(/annulée?\. Rien n'a été importé/);
    expect(databaseDigest(sqlite)).toEqual(before);
  });
});
