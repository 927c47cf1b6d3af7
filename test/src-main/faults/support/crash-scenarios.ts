import os from 'node:os';
import { openDatabase } from '../../../../src-main/database/open-database';
import { createDebtor } from '../../../../src-main/debtors/debtor-service';
import { Workspace } from '../../../../src-main/workspace/workspace';
import { sampleDebtor } from '../../../support/sample-inputs';
import { say } from './child-output';

/** Invoices written by one import-like transaction of the bulk scenario. */
export const BULK_BATCH_SIZE = 2000;

function workspaceIn(dataDirectory: string, actor: string): Workspace {
  return new Workspace({ dataDirectory, actor, backupOnOpen: false, maintenanceEveryMs: 0 });
}

/** Holds the file open for writing until killed or until stdin closes. */
export async function hold(file: string, dataDirectory: string): Promise<void> {
  const workspace = workspaceIn(dataDirectory, 'Marie Dupont');
  const info = await workspace.openFile(file);
  say(`ready ${JSON.stringify(info)}`);
  await new Promise<void>((resolve) => {
    process.stdin.on('end', resolve);
    process.stdin.resume();
  });
  await workspace.closeFile();
}

/** A batch of small transactions, as a batch of relances writes them: one debtor each. */
export async function smallTransactions(
  file: string,
  dataDirectory: string,
  round: string,
): Promise<void> {
  const workspace = workspaceIn(dataDirectory, 'Lot de relances');
  await workspace.openFile(file);
  const context = workspace.context();
  say('ready');
  for (let index = 1; ; index += 1) {
    say(`begin ${index}`);
    await createDebtor(context, sampleDebtor({ name: `Client ${round}-${index}`, siren: null }));
    say(`commit ${index}`);
  }
}

/**
 * Import-like bulk writes: each batch is one transaction of raw statements
 * (as the FEC import writes), with its invoices and one timeline line.
 */
export async function bulkTransactions(
  file: string,
  dataDirectory: string,
  round: string,
): Promise<void> {
  const workspace = workspaceIn(dataDirectory, 'Import');
  await workspace.openFile(file);
  const { sqlite } = workspace.context().database;
  const insertInvoice = sqlite.prepare(
    `INSERT INTO invoices (debtor_id, number, issue_date, due_date, amount_excl_tax_cents,
       vat_cents, amount_incl_tax_cents, source, external_ref, created_at)
     VALUES (1, ?, '2026-10-01', '2026-11-01', 10000, 2000, 12000, 'fec', ?, '2026-12-03')`,
  );
  const insertEvent = sqlite.prepare(
    `INSERT INTO debtor_events (debtor_id, occurred_at, kind, actor, summary)
     VALUES (1, '2026-12-03T10:00:00.000Z', 'note', 'Import', ?)`,
  );
  const batch = sqlite.transaction((index: number) => {
    for (let line = 1; line <= BULK_BATCH_SIZE; line += 1) {
      insertInvoice.run(`R${round}B${index}-${line}`, `r${round}-lot-${index}`);
    }
    insertEvent.run(`lot ${round}-${index}`);
  });
  say('ready');
  for (let index = 1; ; index += 1) {
    say(`begin ${index}`);
    batch(index);
    say(`commit ${index}`);
  }
}

/**
 * A writer that ignores the app's lock, as a second program would: small
 * transactions (read, then write) through the app's own connection
 * settings, each reported once committed, or reported busy when SQLite
 * refused it (a deferred transaction that meets another writer is refused
 * at once rather than deadlock).
 */
export async function rawWriter(
  file: string,
  tag: string,
  count: number,
  mode: 'deferred' | 'immediate',
): Promise<void> {
  const database = await openDatabase(file);
  const insert = database.sqlite.prepare(
    `INSERT INTO debtor_events (debtor_id, occurred_at, kind, actor, summary)
     VALUES (1, '2026-12-03T10:00:00.000Z', 'note', ?, ?)`,
  );
  const count_ = database.sqlite.prepare('SELECT count(*) FROM debtor_events').pluck();
  const write = database.sqlite.transaction((summary: string) => {
    count_.get();
    insert.run(tag, summary);
  });
  say('ready');
  for (let index = 1; index <= count; index += 1) {
    try {
      write[mode](`${tag}-${index}`);
      say(`commit ${index}`);
    } catch (error) {
      const code = String((error as { code?: unknown }).code);
      if (!code.startsWith('SQLITE_BUSY')) throw error;
      say(`busy ${index}`);
    }
  }
  await database.close();
  say(`done ${os.hostname()}`);
}

/** Restores a backup into the file it holds, saying when it starts and when it is done. */
export async function restoreInChild(
  file: string,
  dataDirectory: string,
  backupId: string,
): Promise<void> {
  const workspace = workspaceIn(dataDirectory, 'Restauration');
  await workspace.openFile(file);
  say('ready');
  say('restoring');
  await workspace.restoreBackup(backupId);
  say('restored');
  await workspace.closeFile();
}
