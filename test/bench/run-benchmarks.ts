import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { BenchContext, BenchResult } from './bench-case';
import { benchTable } from './bench-table';
import { benchCases } from './cases';
import { BENCH_TODAY, demoFileAtScale } from './demo-files';

// `npm run bench`: measures the hot paths at three scales and reports them
// beside their limits. It never fails on a figure: it reports.

const { values } = parseArgs({
  options: {
    scales: { type: 'string', default: '1000,10000,50000' },
    only: { type: 'string' },
    case: { type: 'string' },
    scale: { type: 'string' },
  },
});
const root = process.cwd();

async function contextFor(scale: number): Promise<BenchContext> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'recouvra-bench-'));
  return { root, scale, demoFile: await demoFileAtScale(root, scale), scratch, today: BENCH_TODAY };
}

// Child mode: one isolated case at one scale, its result as JSON on stdout.
async function runIsolated(id: string, scale: number): Promise<void> {
  const benchCase = benchCases.find((candidate) => candidate.id === id);
  if (!benchCase) throw new Error(`unknown benchmark ${id}`);
  const result = await benchCase.run(await contextFor(scale));
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

async function runAll(): Promise<void> {
  const scales = values.scales.split(',').map(Number);
  const only = values.only?.split(',');
  const results: BenchResult[] = [];
  for (const scale of scales) {
    process.stderr.write(`Fichier de démonstration de ${scale} débiteurs…\n`);
    const context = await contextFor(scale);
    for (const benchCase of benchCases) {
      if (!benchCase.scales.includes(scale) || (only && !only.includes(benchCase.id))) continue;
      process.stderr.write(`  ${benchCase.label}…\n`);
      try {
        results.push(
          benchCase.isolated
            ? JSON.parse(
                execFileSync(
                  process.execPath,
                  [process.argv[1]!, '--case', benchCase.id, '--scale', String(scale)],
                  { cwd: root, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
                )
                  .trim()
                  .split('\n')
                  .pop()!,
              )
            : await benchCase.run(context),
        );
      } catch (error) {
        process.stderr.write(`    échec : ${(error as Error).message}\n`);
      }
    }
  }

  const table = benchTable(results);
  const folder = path.join(root, 'bench-results');
  fs.mkdirSync(folder, { recursive: true });
  const machine = `${os.cpus().length} cœurs, ${Math.round(os.totalmem() / 2 ** 30)} Gio, Node ${process.versions.node}`;
  fs.writeFileSync(
    path.join(folder, 'latest.json'),
    JSON.stringify({ date: new Date().toISOString(), machine, results }, null, 2),
  );
  fs.writeFileSync(path.join(folder, 'latest.md'), `${table}\n\nMachine : ${machine}\n`);
  process.stdout.write(`${table}\n\nMachine : ${machine}\nRésultats : bench-results/latest.json\n`);
}

if (values.case) await runIsolated(values.case, Number(values.scale));
else await runAll();
