import fs from 'node:fs';
import Database from 'better-sqlite3';

/**
 * Damages a closed Recouvra file the way a bad sector or a half-copied file
 * would: a filler table is written, then pages near the end of the file
 * (the filler's, far from the tables the app reads first) are overwritten.
 */
export function damageFile(file: string): Buffer {
  const database = new Database(file);
  database.exec('CREATE TABLE IF NOT EXISTS filler (x TEXT)');
  const insert = database.prepare('INSERT INTO filler VALUES (?)');
  database.transaction(() => {
    for (let index = 0; index < 2000; index += 1) insert.run('x'.repeat(200));
  })();
  database.close();
  const bytes = fs.readFileSync(file);
  const start = Math.floor(bytes.length * 0.7);
  bytes.fill(0x41, start, start + 40_000);
  fs.writeFileSync(file, bytes);
  return bytes;
}
