import { openDatabase } from '../../../../src-main/database/open-database';
import { say } from './child-output';
import { hasParentSaid, parentSaid } from './parent-signals';
import { seededRandom } from './seeded-random';

const pause = (ms: number) =>
  new Promise<void>((resolve) => (ms > 0 ? setTimeout(resolve, ms) : setImmediate(resolve)));

// better-sqlite3 transactions are synchronous: the work between the read
// and the write is a synchronous wait.
const ticks = new Int32Array(new SharedArrayBuffer(4));
const work = (ms: number) => Atomics.wait(ticks, 0, 0, ms);

/**
 * A writer that ignores the app's lock, as a second program would: small
 * transactions (read, work up to 2 ms on what was read, then write) through
 * the app's own connection settings. It opens the file and says `ready`,
 * starts on the parent's `go`, and writes until `spanMs` have passed or the
 * parent says `stop`, with a pause of 0 to `pauseMs` (seeded) between two
 * transactions, as a program doing other work would. Each transaction is
 * reported `commit N` once committed, or `busy N` when SQLite refused it: a
 * deferred transaction that meets another writer is refused at once rather
 * than deadlock.
 */
export async function rawWriter(
  file: string,
  tag: string,
  spanMs: number,
  mode: 'deferred' | 'immediate',
  seed: number,
  pauseMs: number,
): Promise<void> {
  const random = seededRandom(seed);
  const database = await openDatabase(file);
  const insert = database.sqlite.prepare(
    `INSERT INTO debtor_events (debtor_id, occurred_at, kind, actor, summary)
     VALUES (1, '2026-12-03T10:00:00.000Z', 'note', ?, ?)`,
  );
  const count = database.sqlite.prepare('SELECT count(*) FROM debtor_events').pluck();
  const write = database.sqlite.transaction((summary: string, workMs: number) => {
    count.get();
    work(workMs);
    insert.run(tag, summary);
  });
  say('ready');
  await parentSaid('go');

  const started = performance.now();
  for (let index = 1; performance.now() - started < spanMs && !hasParentSaid('stop'); index += 1) {
    try {
      write[mode](`${tag}-${index}`, random() * 2);
      say(`commit ${index}`);
    } catch (error) {
      const code = String((error as { code?: unknown }).code);
      if (!code.startsWith('SQLITE_BUSY')) throw error;
      say(`busy ${index}`);
    }
    await pause(Math.floor(random() * (pauseMs + 1)));
  }
  await database.close();
  say('done');
}
