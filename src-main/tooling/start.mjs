// `npm start`: builds the app and opens the Electron window. Where the
// Electron binary cannot be obtained (no internet, or Node older than
// 22.12, which Electron's first-start download needs), it says so in one
// line and points to the loopback bridge instead of printing a stack.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { buildMain, buildRenderer } from './build.mjs';
import { ensureElectronSqliteBinding } from './electron-sqlite.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const FALLBACK =
  'Lancez plutôt l’interface dans un navigateur : npm run web (voir le README, section « ' +
  'Without Electron »).';

function fail(reason) {
  console.error(`Recouvra : ${reason} ${FALLBACK}`);
  process.exit(1);
}

function electronBinary() {
  const electronDirectory = path.dirname(require.resolve('electron/package.json'));
  const pathFile = path.join(electronDirectory, 'path.txt');
  const present = () =>
    fs.existsSync(pathFile) &&
    fs.existsSync(path.join(electronDirectory, 'dist', fs.readFileSync(pathFile, 'utf8')));
  if (!present()) {
    // Electron fetches its binary on first start. Its own tooling asks for
    // Node 22.12 or later; the download is tried anyway, and the version is
    // named only when it fails, since that is then the likeliest cause.
    const download = spawnSync(process.execPath, [path.join(electronDirectory, 'install.js')], {
      stdio: 'pipe',
    });
    if (download.status !== 0 || !present()) {
      const [major, minor] = process.versions.node.split('.').map(Number);
      const tooOld = major < 22 || (major === 22 && minor < 12);
      fail(
        tooOld
          ? `le binaire Electron n’a pas pu être téléchargé ; son téléchargement demande Node ` +
              `22.12 ou plus (Node ${process.versions.node} ici) et un accès à Internet.`
          : 'le binaire Electron est introuvable et n’a pas pu être téléchargé (pas d’accès ' +
              'Internet ?).',
      );
    }
  }
  return path.join(electronDirectory, 'dist', fs.readFileSync(pathFile, 'utf8'));
}

const binary = electronBinary();
const electronVersion = require('electron/package.json').version;
let sqliteBinding;
try {
  sqliteBinding = ensureElectronSqliteBinding(root, electronVersion);
} catch {
  fail(
    `impossible de préparer better-sqlite3 pour Electron ${electronVersion} (téléchargement ou ` +
      `compilation en échec).`,
  );
}
await buildMain();
await buildRenderer();

const child = spawn(binary, [path.join(root, 'dist', 'main', 'electron-main.js')], {
  stdio: 'inherit',
  env: { ...process.env, RECOUVRA_SQLITE_BINDING: sqliteBinding },
});
child.on('exit', (code) => process.exit(code ?? 0));
