import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestWorkspace, type TestWorkspace } from '../../support/temp-workspace';
import { sampleDebtor } from '../../support/sample-inputs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

// Another program (an SQLite tool on the accountant's machine, say) writes to
// the file and keeps its write lock for a moment.
const FOREIGN_WRITER = `
  import Database from 'better-sqlite3';
  const sqlite = new Database(process.argv[1]);
  sqlite.exec('BEGIN IMMEDIATE');
  sqlite.exec("INSERT INTO settings (key, value) VALUES ('outil_externe', '1')");
  console.log('locked');
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(process.argv[2]));
  sqlite.exec('COMMIT');
  sqlite.close();
`;

// Resolves once the lock is taken, with the promise of the writer's end (wrapped, since a
// promise resolved with a promise would wait for it).
function holdWriteLock(file: string, milliseconds: number): Promise<{ finished: Promise<void> }> {
  const child = spawn(
    process.execPath,
    ['--input-type=module', '-e', FOREIGN_WRITER, file, String(milliseconds)],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const finished = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return new Promise((resolve) =>
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('locked')) resolve({ finished });
    }),
  );
}

describe('the app’s write transactions', () => {
  let test: TestWorkspace;
  let file: string;

  beforeEach(async () => {
    test = createTestWorkspace();
    file = path.join(test.directory, 'dossier.sqlite');
    await test.call('file:create', { path: file, companyName: 'Atelier Lumière SAS' });
  });

  afterEach(() => test.dispose());

  it('wait their turn while another program holds the write lock, then land', async () => {
    const { finished } = await holdWriteLock(file, 700);

    const started = Date.now();
    const debtor = await test.call('debtors:create', { input: sampleDebtor() });
    const waited = Date.now() - started;
    await finished;

    expect(debtor.id).toBeGreaterThan(0);
    expect(waited).toBeGreaterThan(300);
    expect((await test.call('debtors:list', {})).total).toBe(1);
  });
});
