import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { takeBackup } from '../../../src-main/backups/backup-service';
import { Workspace } from '../../../src-main/workspace/workspace';
import { sampleDebtor } from '../../support/sample-inputs';
import { bundleFaultChild, startChild } from './support/fault-children';
import { crashTestFolder } from './support/fault-folder';
import { faultSeed, seededRandom } from './support/seeded-random';

const ROUNDS = Number(process.env.RECOUVRA_FAULT_ROUNDS ?? 10);
const seed = faultSeed();

// Content A: 12 000 invoices marked A. Backup B: 3 000 invoices marked B.
// Whatever moment the restoring process is killed at, the file must hold
// all of A or all of B, never a mixture.
function writeInvoices(workspace: Workspace, mark: string, count: number): void {
  const { sqlite } = workspace.context().database;
  const insert = sqlite.prepare(
    `INSERT INTO invoices (debtor_id, number, issue_date, due_date, amount_excl_tax_cents,
       vat_cents, amount_incl_tax_cents, source, external_ref, created_at)
     VALUES (1, ?, '2026-10-01', '2026-11-01', 10000, 2000, 12000, 'fec', ?, '2026-12-03')`,
  );
  sqlite.transaction(() => {
    for (let line = 1; line <= count; line += 1) insert.run(`${mark}-${line}`, mark);
  })();
}

describe('a restore killed with SIGKILL halfway', () => {
  let bundle: string;
  let folder: string;
  let file: string;
  let data: string;
  let backupId: string;
  let app: Workspace;

  beforeAll(async () => {
    bundle = await bundleFaultChild();
    folder = crashTestFolder('recouvra-restauration-');
    file = path.join(folder, 'dossier.sqlite');
    data = path.join(folder, 'donnees');
    app = new Workspace({
      dataDirectory: data,
      actor: 'Test',
      backupOnOpen: false,
      maintenanceEveryMs: 0,
    });
    await app.createFile(file, 'Atelier Lumière SAS');
    const { createDebtor } = await import('../../../src-main/debtors/debtor-service');
    await createDebtor(app.context(), sampleDebtor());
    writeInvoices(app, 'B', 3000);
    backupId = (await takeBackup(app.context(), 'manuelle')).id;
    app.context().database.sqlite.exec('DELETE FROM invoices');
    writeInvoices(app, 'A', 12000);
    await app.closeFile();
  }, 120_000);

  afterAll(async () => {
    await app.closeFile();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it(`leaves the file whole, before or after the restore, never between (seed ${seed})`, async () => {
    const random = seededRandom(seed);
    const outcomes: string[] = [];

    for (let round = 1; round <= ROUNDS; round += 1) {
      const child = startChild(bundle, ['restore', file, data, backupId]);
      await child.waitFor('restoring');
      await new Promise((resolve) => setTimeout(resolve, random() * 300));
      child.process.kill('SIGKILL');
      const { lines } = await child.exited;

      await app.openFile(file);
      const { sqlite } = app.context().database;
      const marks = sqlite
        .prepare(
          'SELECT external_ref AS mark, count(*) AS lines FROM invoices GROUP BY external_ref',
        )
        .all() as { mark: string; lines: number }[];
      const context = `seed ${seed}, round ${round}, ${lines.join(' | ')}`;

      expect(sqlite.pragma('integrity_check', { simple: true }), context).toBe('ok');
      expect([[{ mark: 'A', lines: 12000 }], [{ mark: 'B', lines: 3000 }]], context).toContainEqual(
        marks,
      );
      if (lines.includes('restored')) expect(marks[0]?.mark, context).toBe('B');
      outcomes.push(marks[0]?.mark ?? '?');
      // Put content A back for the next round.
      if (marks[0]?.mark === 'B') {
        sqlite.exec('DELETE FROM invoices');
        writeInvoices(app, 'A', 12000);
      }
      await app.closeFile();
    }

    expect(outcomes).toHaveLength(ROUNDS);
  }, 400_000);
});
