import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Workspace } from '../../../src-main/workspace/workspace';
import { bundleFaultChild, startChild } from './support/fault-children';
import { crashTestFolder } from './support/fault-folder';
import { killAfter, numbersAfter } from './support/kill-point';
import {
  brokenRelances,
  recordMarks,
  relancesSince,
  type RecordMarks,
  type RecordedRelance,
} from './support/relance-records';
import { faultSeed, seededRandom } from './support/seeded-random';

// Each round puts the demo file back as it was, starts a child running
// today's batch of relances through its channel (each debtor's relance is
// its own transaction), and kills it with SIGKILL once the batch has
// finished a number of debtors drawn from the seed, a few milliseconds
// later. Opened again with the app, the file must pass its checks and hold
// the first relances of an uninterrupted batch, in its order, each whole
// with its timeline and audit lines, and at least those the batch had
// reported done before the kill.

// RECOUVRA_FAULT_ROUNDS runs a longer soak; RECOUVRA_FAULT_SEED replays a failing run.
const ROUNDS = Number(process.env.RECOUVRA_FAULT_ROUNDS ?? 6);
const seed = faultSeed();
const TODAY = '2026-12-03';

describe('the batch of relances killed with SIGKILL', () => {
  let bundle: string;
  let folder: string;
  let pristine: string;
  let app: Workspace;
  let marks: RecordMarks;
  let reference: RecordedRelance[];
  let debtorsInBatch: number;
  let referenceFailures: number;

  const runBatch = (file: string, round: number) => {
    const child = startChild(bundle, [
      'relance-batch',
      file,
      path.join(folder, `enfant-${round}`),
      TODAY,
    ]);
    void child.waitFor('ready').then(
      () => child.tell('go'),
      () => undefined,
    );
    return child;
  };

  const openAndRead = async (file: string) => {
    const info = await app.openFile(file);
    const { sqlite } = app.context().database;
    const found = {
      checks: {
        readOnly: info.readOnly,
        quickCheck: sqlite.pragma('quick_check', { simple: true }),
        brokenLinks: sqlite.pragma('foreign_key_check'),
        broken: brokenRelances(sqlite, marks),
      },
      relances: relancesSince(sqlite, marks),
    };
    await app.closeFile();
    return found;
  };

  beforeAll(async () => {
    bundle = await bundleFaultChild();
    folder = crashTestFolder('recouvra-lot-tue-');
    app = new Workspace({
      dataDirectory: path.join(folder, 'donnees'),
      actor: 'Test',
      backupOnOpen: false,
      maintenanceEveryMs: 0,
      today: () => TODAY,
      now: () => new Date(`${TODAY}T10:00:00.000Z`),
    });
    pristine = path.join(folder, 'demo.sqlite');
    await app.createDemoFile(pristine, { seed: 5, debtors: 100 });
    marks = recordMarks(app.context().database.sqlite);
    await app.closeFile();

    const whole = path.join(folder, 'lot-complet.sqlite');
    fs.copyFileSync(pristine, whole);
    const uninterrupted = await runBatch(whole, 0).exited;
    expect(uninterrupted.code, uninterrupted.lines.join('\n')).toBe(0);
    debtorsInBatch = Math.max(...numbersAfter(uninterrupted.lines, 'progress'));
    const finished = uninterrupted.lines.find((line) => line.startsWith('finished ')) ?? '';
    referenceFailures = Number(finished.split(' ')[2]);
    reference = (await openAndRead(whole)).relances;
  }, 120_000);

  afterAll(async () => {
    await app.closeFile();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it(`keeps each relance whole, and every one reported done (seed ${seed})`, async () => {
    const random = seededRandom(seed);
    const file = path.join(folder, 'dossier.sqlite');
    const held: number[] = [];
    expect(debtorsInBatch).toBeGreaterThanOrEqual(8);
    expect(reference.length).toBe(debtorsInBatch - referenceFailures);

    for (let round = 1; round <= ROUNDS; round += 1) {
      fs.copyFileSync(pristine, file);
      const done = 1 + Math.floor(random() * debtorsInBatch);
      const delayMs = Math.floor(random() * 60);
      const child = runBatch(file, round);

      const ended = await killAfter(
        child,
        `progress ${done}`,
        (lines) => numbersAfter(lines, 'progress').some((count) => count >= done),
        delayMs,
      );
      const reported = Math.max(0, ...numbersAfter(ended.printedBeforeKill, 'progress'));
      const { checks, relances } = await openAndRead(file);
      const context = `seed ${seed}, round ${round}, after ${done} debtors +${delayMs} ms`;

      expect(ended.signal === 'SIGKILL' || ended.code === 0, context).toBe(true);
      expect(checks, context).toEqual({
        readOnly: false,
        quickCheck: 'ok',
        brokenLinks: [],
        broken: [],
      });
      expect(relances, context).toEqual(reference.slice(0, relances.length));
      expect(relances.length, context).toBeGreaterThanOrEqual(reported - referenceFailures);
      held.push(relances.length);
    }

    // Some kill fell in the middle of the batch, between two debtors' transactions or in one.
    expect(
      held.some((count) => count > 0 && count < reference.length),
      JSON.stringify(held),
    ).toBe(true);
  }, 300_000);
});
