import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { closeLogFile, configureLogFile } from '../../src-main/logging/logger';
import type { BenchCase, BenchContext, BenchResult } from './bench-case';
import { benchTable } from './bench-table';
import { benchCases } from './cases';
import { BENCH_TODAY, demoFileAtScale, generatorVersion } from './demo-files';
import { frenchNumber } from './french-figures';

// `npm run bench`: measures the hot paths at three scales and reports them
// beside their limits. It never fails on a figure: it reports.

const { values } = parseArgs({
  options: {
    scales: { type: 'string', default: '1000,10000,50000' },
    only: { type: 'string' },
    case: { type: 'string' },
    scale: { type: 'string' },
    generator: { type: 'string' },
  },
});
const root = process.cwd();
const folder = path.join(root, 'bench-results');
// The app's own log lines (slow calls among them) go to a file, not between the table's lines.
configureLogFile(folder);

async function contextFor(scale: number, version: string): Promise<BenchContext> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'recouvra-bench-'));
  return {
    root,
    scale,
    demoFile: await demoFileAtScale(root, scale, version),
    scratch,
    today: BENCH_TODAY,
    generatorVersion: version,
  };
}

// Child mode: one isolated case at one scale, its result as JSON on stdout. The parent hands
// over the generator's version so that a source edited meanwhile never remakes a file here.
async function runIsolated(id: string, scale: number, version: string): Promise<void> {
  const benchCase = benchCases.find((candidate) => candidate.id === id);
  if (!benchCase) throw new Error(`unknown benchmark ${id}`);
  const context = await contextFor(scale, version);
  try {
    const result = await benchCase.run(context);
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    fs.rmSync(context.scratch, { recursive: true, force: true });
  }
}

async function runCase(benchCase: BenchCase, context: BenchContext): Promise<BenchResult> {
  await benchCase.prepare?.(context);
  if (!benchCase.isolated) return benchCase.run(context);
  const output = execFileSync(
    process.execPath,
    [
      process.argv[1]!,
      ...['--case', benchCase.id, '--scale', String(context.scale)],
      ...['--generator', context.generatorVersion],
    ],
    {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return JSON.parse(output.trim().split('\n').pop()!) as BenchResult;
}

// A case that breaks still gets its line, so the table never hides a missing figure.
function failed(benchCase: BenchCase, scale: number, error: unknown): BenchResult {
  const message = (error as Error).message.split('\n')[0] ?? '';
  return {
    id: benchCase.id,
    label: benchCase.label,
    scale,
    figure: `échec : ${message.slice(0, 160)}`,
    limit: null,
    ratio: null,
    target: null,
    met: null,
    raw: { error: message },
  };
}

async function runAll(): Promise<void> {
  const scales = values.scales.split(',').map(Number);
  const only = values.only?.split(',');
  const version = generatorVersion(root);
  const results: BenchResult[] = [];
  const durations: { scale: number; seconds: number; load: number[] }[] = [];
  for (const scale of scales) {
    const started = performance.now();
    // The machine may be shared: its load, before and after, says how far to trust the times.
    const loadBefore = os.loadavg()[0] ?? 0;
    process.stderr.write(`Fichier de démonstration de ${scale} débiteurs (${version})…\n`);
    const context = await contextFor(scale, version);
    for (const benchCase of benchCases) {
      if (!benchCase.scales.includes(scale) || (only && !only.includes(benchCase.id))) continue;
      process.stderr.write(`  ${benchCase.label}…\n`);
      try {
        results.push(await runCase(benchCase, context));
      } catch (error) {
        process.stderr.write(`    échec : ${(error as Error).message}\n`);
        results.push(failed(benchCase, scale, error));
      }
    }
    fs.rmSync(context.scratch, { recursive: true, force: true });
    durations.push({
      scale,
      seconds: Math.round((performance.now() - started) / 1000),
      load: [loadBefore, os.loadavg()[0] ?? 0],
    });
  }

  // One measure's scales side by side, in the order of the cases.
  const order = (result: BenchResult) => benchCases.findIndex((entry) => entry.id === result.id);
  results.sort((left, right) => order(left) - order(right) || left.scale - right.scale);
  const table = benchTable(results);
  const cpu = os.cpus()[0]?.model.trim() ?? '?';
  const memory = Math.round(os.totalmem() / 2 ** 30);
  const node = process.versions.node;
  const machine = `${os.cpus().length} cœurs (${cpu}), ${memory} Gio, Node ${node}`;
  const took = durations
    .map(
      ({ scale, seconds, load }) =>
        `${frenchNumber(scale)} débiteurs en ${frenchNumber(seconds)} s ` +
        `(charge ${load.map(frenchNumber).join(' → ')})`,
    )
    .join(', ');
  const footer = `Machine : ${machine}\nDurée : ${took}\nGénérateur : ${version}`;
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(
    path.join(folder, 'latest.json'),
    JSON.stringify(
      { date: new Date().toISOString(), machine, generatorVersion: version, durations, results },
      null,
      2,
    ),
  );
  fs.writeFileSync(path.join(folder, 'latest.md'), `${table}\n\n${footer}\n`);
  process.stdout.write(`${table}\n\n${footer}\nRésultats : bench-results/latest.json\n`);
}

if (values.case) {
  await runIsolated(values.case, Number(values.scale), values.generator ?? generatorVersion(root));
} else {
  await runAll();
}
closeLogFile();
