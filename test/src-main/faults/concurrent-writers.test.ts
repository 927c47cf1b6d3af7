import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Workspace } from '../../../src-main/workspace/workspace';
import { createTestWorkspace } from '../../support/temp-workspace';
import { sampleDebtor } from '../../support/sample-inputs';
import { bundleFaultChild, startChild, type RunningChild } from './support/fault-children';
import { numbersAfter } from './support/kill-point';
import { brokenRelances, recordMarks, type RecordMarks } from './support/relance-records';
import { faultSeed, seededRandom } from './support/seeded-random';

// Two processes write at once only if they start together and keep writing
// side by side: each child opens the file and says `ready`, and both are
// told `go` together, then write for the same span. These files stay on
// the disk: the fsync of every commit is what makes two writers meet.

const seed = faultSeed();
const SPAN_MS = 1500;
const TODAY = '2026-12-03';

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const startTogether = async (children: RunningChild[]) => {
  await Promise.all(children.map((child) => child.waitFor('ready')));
  for (const child of children) child.tell('go');
};

// The writers' rows in the order they were committed, and how often the writer changed.
const switchesIn = (file: string, tags: string[]) => {
  const database = new Database(file, { readonly: true });
  const order = database
    .prepare(`SELECT actor FROM debtor_events WHERE actor IN (${tags.map(() => '?').join()})`)
    .pluck()
    .all(...tags) as string[];
  database.close();
  return order.filter((tag, index) => index > 0 && tag !== order[index - 1]).length;
};

const numbersWritten = (file: string, tag: string) => {
  const database = new Database(file, { readonly: true });
  const summaries = database
    .prepare('SELECT summary FROM debtor_events WHERE actor = ? ORDER BY id')
    .pluck()
    .all(tag) as string[];
  database.close();
  return summaries.map((summary) => Number(summary.split('-')[1])).sort((a, b) => a - b);
};

const checksOf = (file: string) => {
  const database = new Database(file);
  const checks = {
    integrity: database.pragma('integrity_check', { simple: true }),
    brokenLinks: database.pragma('foreign_key_check'),
  };
  database.close();
  return checks;
};

describe('two processes writing to one file at once', () => {
  let bundle: string;
  let folder: string;

  beforeAll(async () => {
    bundle = await bundleFaultChild();
  }, 120_000);

  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  it(`interleave, and keep every write reported committed and none refused (seed ${seed})`, async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'recouvra-ecrivains-'));
    const file = path.join(folder, 'dossier.sqlite');
    const app = new Workspace({ dataDirectory: folder, actor: 'Test', maintenanceEveryMs: 0 });
    await app.createFile(file, 'Atelier Lumière SAS');
    const { createDebtor } = await import('../../../src-main/debtors/debtor-service');
    await createDebtor(app.context(), sampleDebtor());
    await app.closeFile();
    // Pauses of up to 10 ms between transactions: room for the other writer to get in.
    const writer = (tag: string, mode: string, writerSeed: number) =>
      startChild(bundle, ['writer', file, tag, `${SPAN_MS}`, mode, `${writerSeed}`, '10']);
    const first = writer('A', 'deferred', seed);
    const second = writer('B', 'immediate', seed + 1);

    await startTogether([first, second]);
    const [a, b] = await Promise.all([first.exited, second.exited]);

    expect(a.code, a.lines.join('\n')).toBe(0);
    expect(b.code, b.lines.join('\n')).toBe(0);
    const refusedA = numbersAfter(a.lines, 'busy');
    expect(numbersWritten(file, 'A')).toEqual(numbersAfter(a.lines, 'commit'));
    expect(numbersWritten(file, 'A').filter((n) => refusedA.includes(n))).toEqual([]);
    expect(numbersWritten(file, 'B')).toEqual(numbersAfter(b.lines, 'commit'));
    // The deferred writer met the other one mid-transaction, and was refused at once.
    expect(refusedA.length).toBeGreaterThan(0);
    expect(numbersAfter(b.lines, 'busy')).toEqual([]);
    // Side by side, not one after the other: the writer changes at least every other commit.
    const fewest = Math.min(
      numbersAfter(a.lines, 'commit').length,
      numbersAfter(b.lines, 'commit').length,
    );
    expect(fewest).toBeGreaterThanOrEqual(10);
    expect(switchesIn(file, ['A', 'B'])).toBeGreaterThanOrEqual(fewest / 2);
    expect(checksOf(file)).toEqual({ integrity: 'ok', brokenLinks: [] });
  }, 120_000);

  it(`survive the relance batch killed while a second program writes (seed ${seed})`, async () => {
    const random = seededRandom(seed);
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'recouvra-ecrivains-'));
    const file = path.join(folder, 'demo.sqlite');
    const app = new Workspace({
      dataDirectory: folder,
      actor: 'Test',
      maintenanceEveryMs: 0,
      today: () => TODAY,
      now: () => new Date(`${TODAY}T10:00:00.000Z`),
    });
    await app.createDemoFile(file, { seed: 5, debtors: 100 });
    const marks: RecordMarks = recordMarks(app.context().database.sqlite);
    await app.closeFile();
    const batch = startChild(bundle, ['relance-batch', file, path.join(folder, 'lot'), TODAY]);
    // Pauses of up to 20 ms leave the batch room for its own transactions.
    const writer = startChild(bundle, ['writer', file, 'W', '60000', 'immediate', `${seed}`, '20']);
    const committed = new Database(file, { readonly: true });
    committed.pragma('busy_timeout = 5000');
    const relances = committed.prepare('SELECT count(*) FROM relance_actions WHERE id > ?').pluck();

    await startTogether([batch, writer]);
    const batchEnded = batch.exited.then(() => true);
    while ((relances.get(marks.action) as number) === 0) {
      const ended = await Promise.race([batchEnded, delay(10).then(() => false)]);
      expect(ended, `the batch ended before its first relance: ${batch.lines.join('\n')}`).toBe(
        false,
      );
    }
    await delay(random() * 300);
    batch.process.kill('SIGKILL');
    const killed = await batch.exited;
    await delay(200);
    writer.tell('stop');
    const wrote = await writer.exited;
    committed.close();

    expect(killed.signal, killed.lines.join('\n')).toBe('SIGKILL');
    expect(wrote.code, wrote.lines.join('\n')).toBe(0);
    expect(numbersWritten(file, 'W')).toEqual(numbersAfter(wrote.lines, 'commit'));
    expect(checksOf(file)).toEqual({ integrity: 'ok', brokenLinks: [] });
    const reader = createTestWorkspace(TODAY);
    const info = await reader.call('file:open', { path: file });
    const { sqlite } = reader.workspace.context().database;
    const done = sqlite.prepare('SELECT count(*) FROM relance_actions WHERE id > ?').pluck();
    expect(info.readOnly).toBe(false);
    expect(done.get(marks.action)).toBeGreaterThan(0);
    expect(brokenRelances(sqlite, marks)).toEqual([]);
    // The batch's timeline lines fall between the other program's: they wrote side by side.
    const order = sqlite
      .prepare(
        `SELECT actor = 'W' FROM debtor_events WHERE id > ? AND (actor = 'W' OR kind = ` +
          `'relance_done')`,
      )
      .pluck()
      .all(marks.event) as number[];
    expect(order.indexOf(1)).toBeLessThan(order.indexOf(0));
    expect(order.lastIndexOf(0)).toBeLessThan(order.lastIndexOf(1));
    await reader.dispose();
  }, 120_000);
});

describe('a second app in another process', () => {
  it('sees who holds the file, then that it stopped without closing, and takes it over', async () => {
    const bundle = await bundleFaultChild();
    const test = createTestWorkspace();
    const file = path.join(test.directory, 'dossier.sqlite');
    await test.call('file:create', { path: file, companyName: 'Atelier Lumière SAS' });
    await test.workspace.closeFile();
    const holder = startChild(bundle, ['hold', file, path.join(test.directory, 'autre')]);
    await holder.waitFor('ready');

    const whileHeld = await test.call('file:open', { path: file });
    holder.process.kill('SIGKILL');
    await holder.exited;
    const afterKill = await test.call('file:current', {});
    const afterCrash = await test.call('file:open', { path: file });

    expect(whileHeld.readOnlyReason).toBe('heldByOther');
    expect(whileHeld.holder).toMatchObject({
      holderName: 'Marie Dupont',
      machine: os.hostname(),
      processId: holder.process.pid,
    });
    expect(afterKill?.readOnlyReason).toBe('holderStopped');
    expect(afterKill?.holder?.processId).toBe(holder.process.pid);
    expect(afterCrash.readOnly).toBe(false);
    expect((await test.call('debtors:create', { input: sampleDebtor() })).id).toBe(1);
    await test.dispose();
  }, 120_000);
});
