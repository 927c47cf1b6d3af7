// Builds what the app runs: the main-process bundles (Electron main, preload,
// command line, loopback bridge) with esbuild, and the renderer with Vite.
// Usage: node src-main/tooling/build.mjs [--main-only]
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const outdir = path.join(root, 'dist', 'main');

const shared = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
};

/** Bundles the main-process entry points; node_modules stay external. */
export async function buildMain() {
  await esbuild({
    ...shared,
    entryPoints: {
      'electron-main': 'src-main/electron/electron-main.ts',
      cli: 'src-main/cli/cli.ts',
      web: 'src-main/bridge/web-main.ts',
    },
    outdir,
    format: 'esm',
    packages: 'external',
  });
  // A sandboxed preload cannot load node_modules: bundle everything but electron.
  await esbuild({
    ...shared,
    entryPoints: { preload: 'src-main/electron/preload.ts' },
    outdir,
    format: 'cjs',
    outExtension: { '.js': '.cjs' },
    external: ['electron'],
  });
}

/**
 * Builds the renderer into dist/renderer (or `outDir`), always as the app ships it: React's
 * production build, whatever NODE_ENV the caller runs under.
 */
export async function buildRenderer({ outDir } = {}) {
  // Vite takes NODE_ENV over its mode (vitest sets it to `test`): React's development build
  // and the JSX development transform would then end up in the bundle the e2e tests drive.
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await viteBuild({
      configFile: path.join(root, 'src-renderer', 'vite.config.ts'),
      mode: 'production',
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      logLevel: 'warn',
      ...(outDir === undefined ? {} : { build: { outDir, emptyOutDir: true } }),
    });
  } finally {
    if (previous === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previous;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildMain();
  if (!process.argv.includes('--main-only')) await buildRenderer();
}
