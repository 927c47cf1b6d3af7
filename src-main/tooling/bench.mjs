// `npm run bench`: builds the renderer (the start-up figure is measured in
// Chromium), bundles the benchmark runner, and runs it. Arguments are passed
// on: --scales 1000,10000 --only debtor-list,first-list
// The renderer goes to a folder of its own: the tests rebuild dist/renderer
// when they start, which would pull it away from under a running benchmark.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import { buildRenderer } from './build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const outfile = path.join(root, 'dist', 'bench', 'bench.js');

await buildRenderer({ outDir: path.join(root, 'dist', 'bench', 'renderer') });
await esbuild({
  absWorkingDir: root,
  entryPoints: ['test/bench/run-benchmarks.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  logLevel: 'warning',
});
const run = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
