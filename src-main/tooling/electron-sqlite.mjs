// better-sqlite3 is a native module: npm install builds it for Node (tests,
// command line). Electron has its own ABI, so the launcher keeps a second
// build for Electron beside it, in node_modules/.cache, and the app loads it
// through better-sqlite3's `nativeBinding` option. Neither breaks the other.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Path of the Electron build of better_sqlite3.node, building it on first use. */
export function ensureElectronSqliteBinding(root, electronVersion) {
  const sqliteVersion = require('better-sqlite3/package.json').version;
  const cacheDirectory = path.join(
    root,
    'node_modules',
    '.cache',
    'recouvra-electron-sqlite',
    `electron-${electronVersion}-better-sqlite3-${sqliteVersion}-${process.platform}-${process.arch}`,
  );
  const binding = path.join(cacheDirectory, 'better_sqlite3.node');
  if (fs.existsSync(binding)) return binding;

  const workDirectory = fs.mkdtempSync(path.join(os.tmpdir(), 'recouvra-sqlite-'));
  const packageCopy = path.join(workDirectory, 'better-sqlite3');
  fs.cpSync(path.dirname(require.resolve('better-sqlite3/package.json')), packageCopy, {
    recursive: true,
    filter: (source) => !source.includes(`${path.sep}build${path.sep}`),
  });
  const quiet = { cwd: packageCopy, stdio: 'pipe' };
  try {
    // First try the prebuilt binary published for this Electron version.
    execFileSync(
      process.execPath,
      [
        require.resolve('prebuild-install/bin.js'),
        '--runtime=electron',
        `--target=${electronVersion}`,
        `--arch=${process.arch}`,
      ],
      quiet,
    );
  } catch {
    // Otherwise compile it against Electron's headers.
    execFileSync(
      process.execPath,
      [
        require.resolve('node-gyp/bin/node-gyp.js'),
        'rebuild',
        '--release',
        '--runtime=electron',
        `--target=${electronVersion}`,
        '--dist-url=https://electronjs.org/headers',
      ],
      quiet,
    );
  }
  fs.mkdirSync(cacheDirectory, { recursive: true });
  fs.copyFileSync(path.join(packageCopy, 'build', 'Release', 'better_sqlite3.node'), binding);
  fs.rmSync(workDirectory, { recursive: true, force: true });
  return binding;
}
