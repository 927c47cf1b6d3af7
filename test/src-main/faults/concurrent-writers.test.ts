import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src-main/database/open-database';
import { Workspace } from '../../../src-main/workspace/workspace';
import { createTestWorkspace } from '../../support/temp-workspace';
import { sampleDebtor } from '../../support/sample-inputs';
import { BULK_BATCH_SIZE } from './support/crash-scenarios';
import { bundleFaultChild, seededRandom, startChild } from './support/fault-children';

const seed = Number(process.env.RECOUVRA_FAULT_SEED ?? Date.now() % 2 ** 31);

const numbersPrinted = (lines: string[], word: string) =>
  lines.filter((line) => line.startsWith(`${word} `)).map((line) => Number(line.split(' ')[1]));

describe('two processes writing to one file at once', () => {
  let bundle: string;
  let folder: string;
  let file: string;

  beforeAll(async () => {
    bundle = await bundleFaultChild();
  }, 120_000);

  beforeEach(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'recouvra-ecrivains-'));
    file = path.join(folder, 'dossier.sqlite');
    const app = new Workspace({ dataDirectory: folder, actor: 'Test', maintenanceEveryMs: 0 });
    await app.createFile(file, 'Atelier Lumière SAS');
    const { createDebtor } = await import('../../../src-main/debtors/debtor-service');
    await createDebtor(app.context(), sampleDebtor());
    await app.closeFile();
  });

  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  const summariesBy = (tag: string) => {
    const database = new Database(file, { readonly: true });
    const rows = database
      .prepare('SELECT summary FROM debtor_events WHERE actor = ?')
      .pluck()
      .all(tag) as string[];
    database.close();
    return rows.map((summary) => Number(summary.split('-')[1])).sort((a, b) => a - b);
  };

  it('keeps every transaction either reported committed and present, or refused and absent', async () => {
    const first = startChild(bundle, ['writer', file, 'A', '150', 'deferred']);
    const second = startChild(bundle, ['writer', file, 'B', '150', 'immediate']);

    const [a, b] = await Promise.all([first.exited, second.exited]);

    expect(a.code, a.lines.join('\n')).toBe(0);
    expect(b.code, b.lines.join('\n')).toBe(0);
    expect(summariesBy('A')).toEqual(numbersPrinted(a.lines, 'commit'));
    expect(summariesBy('B')).toEqual(numbersPrinted(b.lines, 'commit'));
    expect(numbersPrinted(a.lines, 'commit').length + numbersPrinted(a.lines, 'busy').length).toBe(
      150,
    );
    expect(numbersPrinted(b.lines, 'commit')).toHaveLength(150);
    const database = await openDatabase(file);
    expect(database.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    await database.close();
  }, 300_000);

  it(`survives one writer killed mid-import while the other keeps writing (seed ${seed})`, async () => {
    const random = seededRandom(seed);
    const importer = startChild(bundle, ['bulk', file, folder, '1']);
    await importer.waitFor('ready');
    const writer = startChild(bundle, ['writer', file, 'W', '120', 'immediate']);
    await writer.waitFor('ready');

    await new Promise((resolve) => setTimeout(resolve, 100 + random() * 400));
    importer.process.kill('SIGKILL');
    const killed = await importer.exited;
    const wrote = await writer.exited;

    expect(wrote.code, wrote.lines.join('\n')).toBe(0);
    expect(summariesBy('W')).toEqual(numbersPrinted(wrote.lines, 'commit'));
    const reader = createTestWorkspace();
    const info = await reader.call('file:open', { path: file });
    const { sqlite } = reader.workspace.context().database;
    const batches = sqlite
      .prepare('SELECT count(*) AS lines FROM invoices GROUP BY external_ref')
      .pluck()
      .all() as number[];
    const committed = Math.max(0, ...numbersPrinted(killed.lines, 'commit'));
    const begun = Math.max(0, ...numbersPrinted(killed.lines, 'begin'));
    expect(info.readOnly).toBe(false);
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(batches.every((lines) => lines === BULK_BATCH_SIZE)).toBe(true);
    expect(begun > committed ? [committed, begun] : [committed]).toContain(batches.length);
    await reader.dispose();
  }, 300_000);
});

describe('a second app in another process', () => {
  it('sees who holds the file, and takes it over once that app was killed', async () => {
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
    const afterCrash = await test.call('file:open', { path: file });

    expect(whileHeld.readOnlyReason).toBe('heldByOther');
    expect(whileHeld.holder).toMatchObject({
      holderName: 'Marie Dupont',
      machine: os.hostname(),
      processId: holder.process.pid,
    });
    expect(afterCrash.readOnly).toBe(false);
    expect((await test.call('debtors:create', { input: sampleDebtor() })).id).toBe(1);
    await test.dispose();
  }, 120_000);
});
