import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { ArgsOf, ChannelName, ValueOf } from '../../../../src-shared/ipc/contract';
import type { Result } from '../../../../src-shared/ipc/errors';
import { dispatch } from '../../../../src-main/ipc/dispatch';
import type { HandlerContext } from '../../../../src-main/ipc/handler-context';
import { handlers } from '../../../../src-main/ipc/handlers';
import { Workspace } from '../../../../src-main/workspace/workspace';
import { sampleDebtor, sampleInvoice } from '../../../support/sample-inputs';
import { say } from './child-output';

// These scenarios run as root of a private mount namespace (unshare), on a
// small tmpfs mounted over `folder` that only this process sees. The data
// folder (backups) lives outside it; the final file is copied out so that
// the test can check it after the namespace is gone.

function appOn(dataDirectory: string) {
  const workspace = new Workspace({
    dataDirectory,
    actor: 'Test',
    backupOnOpen: false,
    maintenanceEveryMs: 0,
  });
  const context: HandlerContext = { workspace, shell: 'bridge', dialogs: null, appVersion: 'test' };
  const call = <C extends ChannelName>(channel: C, args: ArgsOf<C>) =>
    dispatch(handlers, context, channel, args) as Promise<Result<ValueOf<C>>>;
  return { workspace, call };
}

const mount = (...args: string[]) => execFileSync('mount', args);

/**
 * Fills a tiny filesystem, then adds invoices until the disk is full, then frees room and retries.
 */
export async function diskFull(folder: string, dataDirectory: string, out: string): Promise<void> {
  mount('-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', folder);
  const { workspace, call } = appOn(dataDirectory);
  const file = path.join(folder, 'dossier.sqlite');
  await call('file:create', { path: file, companyName: 'Atelier Lumière SAS' });
  await call('debtors:create', { input: sampleDebtor() });
  const filler = path.join(folder, 'remplissage.bin');
  fillUntilAlmostFull(filler, 48 * 1024);

  const saved: string[] = [];
  let refusal: unknown = null;
  for (let index = 1; index <= 500 && refusal === null; index += 1) {
    const number = `FA-${String(index).padStart(4, '0')}`;
    const result = await call('invoices:add', { input: sampleInvoice(1, { number }) });
    if (result.ok) saved.push(number);
    else refusal = { number, error: result.error };
  }
  fs.rmSync(filler);
  const failed = (refusal as { number: string } | null)?.number ?? 'aucune';
  const retry = await call('invoices:add', { input: sampleInvoice(1, { number: failed }) });
  await workspace.closeFile();
  fs.copyFileSync(file, out);
  say(
    `result ${JSON.stringify({ saved, refusal, retried: retry.ok, sideFiles: fs.readdirSync(folder) })}`,
  );
}

function fillUntilAlmostFull(filler: string, leave: number): void {
  const free = fs.statfsSync(path.dirname(filler));
  const room = free.bavail * free.bsize - leave;
  fs.writeFileSync(filler, Buffer.alloc(Math.max(0, room)));
}

/** Opens a file whose folder was remounted read-only, reads it and tries to write. */
export async function readOnlyFolder(folder: string, dataDirectory: string): Promise<void> {
  mount('-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', folder);
  const file = path.join(folder, 'dossier.sqlite');
  const first = appOn(dataDirectory);
  await first.call('file:create', { path: file, companyName: 'Atelier Lumière SAS' });
  await first.call('debtors:create', { input: sampleDebtor() });
  await first.workspace.closeFile();
  const bytes = fs.readFileSync(file);
  mount('-o', 'remount,ro', folder);

  const { workspace, call } = appOn(dataDirectory);
  const opened = await call('file:open', { path: file });
  const write = await call('debtors:create', { input: sampleDebtor({ name: 'Refusé SARL' }) });
  const list = await call('debtors:list', {});
  await workspace.closeFile();
  say(
    `result ${JSON.stringify({
      opened,
      write,
      names: list.ok ? list.value.rows.map((row) => row.displayName) : list.error,
      unchanged: fs.readFileSync(file).equals(bytes),
    })}`,
  );
}

/** Pulls the filesystem out from under an open file, as a USB stick removed, then writes. */
export async function usbRemoved(folder: string, dataDirectory: string): Promise<void> {
  mount('-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', folder);
  const file = path.join(folder, 'dossier.sqlite');
  const { workspace, call } = appOn(dataDirectory);
  await call('file:create', { path: file, companyName: 'Atelier Lumière SAS' });
  await call('debtors:create', { input: sampleDebtor() });
  // A lazy unmount detaches the folder at once while the open file lives on.
  execFileSync('umount', ['-l', folder]);

  const write = await call('debtors:create', { input: sampleDebtor({ name: 'Après SARL' }) });
  const current = await call('file:current', {});
  await workspace.closeFile();
  say(`result ${JSON.stringify({ write, current, present: fs.existsSync(file) })}`);
}
