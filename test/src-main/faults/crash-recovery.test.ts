import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Workspace } from '../../../src-main/workspace/workspace';
import { sampleDebtor } from '../../support/sample-inputs';
import { BULK_BATCH_SIZE } from './support/crash-scenarios';
import { bundleFaultChild, seededRandom, startChild } from './support/fault-children';

// Each round starts a child writing to the file, kills it with SIGKILL
// after a random delay, then opens the file with the app as the user would.
// The child prints `begin N` before a transaction and `commit N` once it
// returned, so the file must hold exactly the batches up to the last
// `commit`, or one more when the kill fell between the commit and the print.

// RECOUVRA_FAULT_ROUNDS runs a longer soak; RECOUVRA_FAULT_SEED replays a failing run.
const ROUNDS = Number(process.env.RECOUVRA_FAULT_ROUNDS ?? 15);
const seed = Number(process.env.RECOUVRA_FAULT_SEED ?? Date.now() % 2 ** 31);

interface Round {
  committed: number;
  begun: number;
  hotJournal: boolean;
}

async function killAtRandom(
  bundle: string,
  args: string[],
  delayMs: number,
  journal: string,
): Promise<Round> {
  const child = startChild(bundle, args);
  await child.waitFor('ready');
  await new Promise((resolve) => setTimeout(resolve, delayMs));
  child.process.kill('SIGKILL');
  const { lines, signal } = await child.exited;
  expect(signal, lines.join('\n')).toBe('SIGKILL');
  const last = (word: string) =>
    Math.max(
      0,
      ...lines
        .filter((line) => line.startsWith(`${word} `))
        .map((line) => Number(line.split(' ')[1])),
    );
  return { committed: last('commit'), begun: last('begin'), hotJournal: fs.existsSync(journal) };
}

describe('a process killed with SIGKILL in the middle of writing', () => {
  let bundle: string;
  let folder: string;
  let file: string;
  let app: Workspace;

  beforeAll(async () => {
    bundle = await bundleFaultChild();
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'recouvra-crash-'));
    file = path.join(folder, 'dossier.sqlite');
    app = new Workspace({
      dataDirectory: path.join(folder, 'donnees'),
      actor: 'Test',
      backupOnOpen: false,
      maintenanceEveryMs: 0,
    });
    await app.createFile(file, 'Atelier Lumière SAS');
    await app.closeFile();
  }, 120_000);

  afterAll(async () => {
    await app.closeFile();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  const reopen = async () => {
    const info = await app.openFile(file);
    const { sqlite } = app.context().database;
    return { info, sqlite };
  };

  it(`leaves an import-like bulk write whole or absent, every time (seed ${seed})`, async () => {
    const random = seededRandom(seed);
    const rounds: Round[] = [];
    {
      const { sqlite } = await reopen();
      const { createDebtor } = await import('../../../src-main/debtors/debtor-service');
      await createDebtor(app.context(), sampleDebtor());
      expect(sqlite.prepare('SELECT count(*) FROM debtors').pluck().get()).toBe(1);
      await app.closeFile();
    }

    let expectedInvoices = 0;
    for (let round = 1; round <= ROUNDS; round += 1) {
      const outcome = await killAtRandom(
        bundle,
        ['bulk', file, path.join(folder, 'enfant'), String(round)],
        random() * 400,
        `${file}-journal`,
      );
      rounds.push(outcome);

      const { info, sqlite } = await reopen();
      const batches = sqlite
        .prepare(
          `SELECT external_ref AS batch, count(*) AS lines FROM invoices
           WHERE external_ref LIKE ? GROUP BY external_ref`,
        )
        .all(`r${round}-%`) as { batch: string; lines: number }[];
      const numbers = batches
        .map((batch) => Number(batch.batch.split('-')[2]))
        .sort((a, b) => a - b);
      const context = `seed ${seed}, round ${round}, ${JSON.stringify(outcome)}`;

      expect(info.readOnly, context).toBe(false);
      expect(sqlite.pragma('integrity_check', { simple: true }), context).toBe('ok');
      expect(sqlite.pragma('foreign_key_check'), context).toEqual([]);
      expect(
        batches.every((batch) => batch.lines === BULK_BATCH_SIZE),
        context,
      ).toBe(true);
      const held = numbers.length;
      const possible =
        outcome.begun > outcome.committed
          ? [outcome.committed, outcome.begun]
          : [outcome.committed];
      expect(possible, context).toContain(held);
      expect(numbers, context).toEqual(Array.from({ length: held }, (_, index) => index + 1));
      expectedInvoices += held * BULK_BATCH_SIZE;
      expect(sqlite.prepare('SELECT count(*) FROM invoices').pluck().get(), context).toBe(
        expectedInvoices,
      );
      await app.closeFile();
      expect(
        fs.readdirSync(folder).filter((name) => name.startsWith('dossier')),
        context,
      ).toEqual(['dossier.sqlite']);
    }

    expect(rounds.filter((round) => round.hotJournal).length).toBeGreaterThan(0);
    expect(rounds.filter((round) => round.committed > 0).length).toBeGreaterThan(0);
  }, 400_000);

  it(`keeps every committed small transaction and nothing half-written (seed ${seed})`, async () => {
    const random = seededRandom(seed + 1);
    const names = () => {
      const rows = app
        .context()
        .database.sqlite.prepare('SELECT name FROM debtors')
        .pluck()
        .all() as string[];
      return new Set(rows);
    };
    await reopen();
    const before = names();
    await app.closeFile();
    let expected = before.size;

    for (let round = 1; round <= ROUNDS; round += 1) {
      const outcome = await killAtRandom(
        bundle,
        ['small', file, path.join(folder, 'enfant'), String(round)],
        random() * 250,
        `${file}-journal`,
      );
      const { info, sqlite } = await reopen();
      const context = `seed ${seed}, round ${round}, ${JSON.stringify(outcome)}`;
      const ofRound = (
        sqlite
          .prepare('SELECT name FROM debtors WHERE name LIKE ?')
          .pluck()
          .all(`Client ${round}-%`) as string[]
      )
        .map((name) => Number(name.split('-')[1]))
        .sort((a, b) => a - b);
      const audited = sqlite
        .prepare(
          "SELECT count(*) FROM audit_log WHERE table_name = 'debtors' AND actor = 'Lot de relances'",
        )
        .pluck()
        .get() as number;

      expect(info.readOnly, context).toBe(false);
      expect(sqlite.pragma('integrity_check', { simple: true }), context).toBe('ok');
      const possible =
        outcome.begun > outcome.committed
          ? [outcome.committed, outcome.begun]
          : [outcome.committed];
      expect(possible, context).toContain(ofRound.length);
      expect(ofRound, context).toEqual(
        Array.from({ length: ofRound.length }, (_, index) => index + 1),
      );
      expected += ofRound.length;
      expect(names().size, context).toBe(expected);
      expect(audited, context).toBe(expected - before.size);
      await app.closeFile();
    }
  }, 400_000);
});
