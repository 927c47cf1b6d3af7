import fs from 'node:fs';
import Database from 'better-sqlite3';

// A filler table makes the file long enough for its last pages to hold
// nothing the app reads first.
function addFiller(file: string): void {
  const database = new Database(file);
  database.exec('CREATE TABLE IF NOT EXISTS filler (x TEXT)');
  const insert = database.prepare('INSERT INTO filler VALUES (?)');
  database.transaction(() => {
    for (let index = 0; index < 2000; index += 1) insert.run('x'.repeat(200));
  })();
  database.close();
}

/**
 * Damages a closed Recouvra file the way a bad sector or a half-copied file
 * would: a filler table is written, then pages near the end of the file
 * (the filler's, far from the tables the app reads first) are overwritten.
 */
export function damageFile(file: string): Buffer {
  addFiller(file);
  const bytes = fs.readFileSync(file);
  const start = Math.floor(bytes.length * 0.7);
  bytes.fill(0x41, start, start + 40_000);
  fs.writeFileSync(file, bytes);
  return bytes;
}

/** Empties a closed file, as a copy that failed after creating its target. */
export function emptyFile(file: string): Buffer {
  fs.truncateSync(file, 0);
  return fs.readFileSync(file);
}

/** Zeroes the first 100 bytes of a closed file: SQLite's header is gone. */
export function zeroHeader(file: string): Buffer {
  const bytes = fs.readFileSync(file);
  bytes.fill(0, 0, 100);
  fs.writeFileSync(file, bytes);
  return bytes;
}

/** Cuts a closed file at half its length, as a copy interrupted halfway. */
export function truncateFile(file: string): Buffer {
  addFiller(file);
  fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2));
  return fs.readFileSync(file);
}
