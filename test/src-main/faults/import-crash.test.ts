import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoCreditor } from '../../../src-main/demo/creditor-company';
import { iterateDemoDebtors } from '../../../src-main/demo/demo-company';
import { writeDemoFec } from '../../../src-main/demo/fec-writer';
import { Workspace } from '../../../src-main/workspace/workspace';
import { databaseDigest } from '../../support/database-digest';
import { bundleFaultChild, startChild } from './support/fault-children';
import { crashTestFolder } from './support/fault-folder';
import { killAfter } from './support/kill-point';
import { faultSeed, seededRandom } from './support/seeded-random';

// Each round puts the file back as it was before the import, starts a child
// importing a FEC written by the demo generator through the app's import
// service, and kills it with SIGKILL at a point drawn from the seed: while
// it reads the FEC, while it writes (its page cache is so small that pages
// reach the file before the commit), or once it has committed. The file is
// then opened with the app, as the user would: it must pass its checks and
// hold either nothing of the import or all of it, exactly as an
// uninterrupted import leaves it.

// RECOUVRA_FAULT_ROUNDS runs a longer soak; RECOUVRA_FAULT_SEED replays a failing run.
const ROUNDS = Number(process.env.RECOUVRA_FAULT_ROUNDS ?? 8);
const seed = faultSeed();
const TODAY = '2025-12-31';
const PHASES = ['reading', 'writing', 'writing', 'committed'] as const;

const isWriting = (line: string) => line.startsWith('progress writing ');
const isReading = (line: string) => line.startsWith('progress reading ');

describe('the FEC import killed with SIGKILL', () => {
  let bundle: string;
  let folder: string;
  let pristine: string;
  let fecPath: string;
  let app: Workspace;
  let before: string;
  let after: string;
  let reference: string[];

  // The digest of a file as the app sees it once opened (the lock row aside).
  const openAndCheck = async (file: string) => {
    const info = await app.openFile(file);
    const { sqlite } = app.context().database;
    const checks = {
      readOnly: info.readOnly,
      quickCheck: sqlite.pragma('quick_check', { simple: true }),
      brokenLinks: sqlite.pragma('foreign_key_check'),
    };
    const digest = databaseDigest(sqlite).hash;
    await app.closeFile();
    return { checks, digest };
  };

  const runImport = (file: string, round: number) =>
    startChild(bundle, ['fec-import', file, path.join(folder, `enfant-${round}`), fecPath, TODAY]);

  beforeAll(async () => {
    bundle = await bundleFaultChild();
    folder = crashTestFolder('recouvra-import-tue-');
    const fec = await writeDemoFec({
      company: generateDemoCreditor(3),
      debtors: iterateDemoDebtors({ seed: 3, debtors: 300, today: TODAY }),
      today: TODAY,
      directory: folder,
      seed: 3,
    });
    fecPath = fec.path;
    app = new Workspace({
      dataDirectory: path.join(folder, 'donnees'),
      actor: 'Test',
      backupOnOpen: false,
      maintenanceEveryMs: 0,
      today: () => TODAY,
      now: () => new Date(`${TODAY}T10:00:00.000Z`),
    });
    pristine = path.join(folder, 'avant-import.sqlite');
    await app.createFile(pristine, 'Atelier Lumière SAS');
    await app.closeFile();
    before = (await openAndCheck(pristine)).digest;

    const whole = path.join(folder, 'import-complet.sqlite');
    fs.copyFileSync(pristine, whole);
    const uninterrupted = await runImport(whole, 0).exited;
    expect(uninterrupted.code, uninterrupted.lines.join('\n')).toBe(0);
    reference = uninterrupted.lines;
    after = (await openAndCheck(whole)).digest;
  }, 120_000);

  afterAll(async () => {
    await app.closeFile();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it(`leaves the import whole or absent, wherever the kill falls (seed ${seed})`, async () => {
    const random = seededRandom(seed);
    const file = path.join(folder, 'dossier.sqlite');
    const readings = reference.filter(isReading).length;
    const writings = reference.filter(isWriting).length;
    const outcomes: { phase: string; held: string; repairedMidWrite: boolean }[] = [];
    expect(writings, reference.join('\n')).toBeGreaterThanOrEqual(2);
    expect(after).not.toBe(before);

    for (let round = 1; round <= ROUNDS; round += 1) {
      fs.copyFileSync(pristine, file);
      const pristineBytes = fs.readFileSync(file);
      const phase = PHASES[(round - 1) % PHASES.length] ?? 'reading';
      const nth = 1 + Math.floor(random() * (phase === 'reading' ? readings : writings));
      const delayMs = Math.floor(random() * 20);
      const child = runImport(file, round);

      const ended = await killAfter(
        child,
        phase,
        (lines) =>
          phase === 'committed'
            ? lines.includes('committed')
            : lines.filter(phase === 'reading' ? isReading : isWriting).length >= nth,
        delayMs,
      );
      const journal = fs.existsSync(`${file}-journal`);
      const changedOnDisk = !fs.readFileSync(file).equals(pristineBytes);
      const { checks, digest } = await openAndCheck(file);
      const committed = ended.printedBeforeKill.includes('committed');
      const context = `seed ${seed}, round ${round}, ${phase} #${nth} +${delayMs} ms`;

      expect(ended.signal === 'SIGKILL' || ended.code === 0, context).toBe(true);
      expect(checks, context).toEqual({ readOnly: false, quickCheck: 'ok', brokenLinks: [] });
      expect([before, after], context).toContain(digest);
      if (committed) expect(digest, context).toBe(after);
      outcomes.push({
        phase,
        held: digest === after ? 'whole' : 'absent',
        repairedMidWrite: journal && changedOnDisk && digest === before,
      });
    }

    expect(outcomes.map((outcome) => outcome.held)).toContain('whole');
    expect(outcomes.map((outcome) => outcome.held)).toContain('absent');
    // Some kill fell while half the import was already in the file: the journal undid it.
    expect(
      outcomes.some((outcome) => outcome.repairedMidWrite),
      JSON.stringify(outcomes),
    ).toBe(true);
  }, 300_000);
});
