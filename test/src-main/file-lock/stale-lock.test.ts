import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCK_STALE_AFTER_MS } from '../../../src-shared/file-sharing/file-lock';
import { createTestWorkspace, type TestWorkspace } from '../../support/temp-workspace';
import { sampleDebtor } from '../../support/sample-inputs';
import { deadProcessId, readRawLock, writeForeignLock } from './lock-rows';

describe('a lock left behind', () => {
  let test: TestWorkspace;
  let file: string;

  beforeEach(async () => {
    test = createTestWorkspace();
    file = path.join(test.directory, 'dossier.sqlite');
    await test.call('file:create', { path: file, companyName: 'Atelier Lumière SAS' });
    await test.workspace.closeFile();
  });

  afterEach(() => test.dispose());

  const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

  it('is taken over when it was left by a process of this machine that is gone', async () => {
    writeForeignLock(file, {
      machine: os.hostname(),
      processId: deadProcessId(),
      heartbeatAt: ago(1000),
    });

    const info = await test.call('file:open', { path: file });

    expect(info.readOnly).toBe(false);
    expect(readRawLock(file)).toMatchObject({ process_id: process.pid });
    expect(readRawLock(file)?.session_id).not.toBe('autre-session');
  });

  it('is taken over when another machine’s heartbeat stopped more than three minutes ago', async () => {
    writeForeignLock(file, {
      machine: 'PC-COMPTA',
      processId: 1234,
      heartbeatAt: ago(LOCK_STALE_AFTER_MS + 5000),
    });

    const info = await test.call('file:open', { path: file });

    expect(info.readOnly).toBe(false);
    expect((await test.call('debtors:create', { input: sampleDebtor() })).id).toBe(1);
  });

  it('is respected while another machine’s heartbeat is recent', async () => {
    writeForeignLock(file, { machine: 'PC-COMPTA', processId: 1234, heartbeatAt: ago(20_000) });

    const info = await test.call('file:open', { path: file });

    expect(info.readOnlyReason).toBe('heldByOther');
    expect(info.holder).toMatchObject({ holderName: 'Marie Dupont', machine: 'PC-COMPTA' });
    expect(readRawLock(file)?.session_id).toBe('autre-session');
  });
});

describe('an app whose lock was taken over', () => {
  let test: TestWorkspace;
  let file: string;

  beforeEach(async () => {
    test = createTestWorkspace();
    file = path.join(test.directory, 'dossier.sqlite');
    await test.call('file:create', { path: file, companyName: 'Atelier Lumière SAS' });
  });

  afterEach(() => test.dispose());

  it('refuses its next write, names the new holder, and turns read-only', async () => {
    writeForeignLock(file, {
      machine: 'PC-COMPTA',
      processId: 1234,
      heartbeatAt: new Date().toISOString(),
    });

    const error = await test.callError('debtors:create', { input: sampleDebtor() });
    const info = await test.call('file:current', {});

    expect(error.code).toBe('READ_ONLY');
    expect(error.message).toContain('repris par Marie Dupont sur le poste PC-COMPTA');
    expect(info?.readOnlyReason).toBe('takenOver');
    expect(info?.readOnly).toBe(true);
    expect((await test.call('debtors:list', {})).total).toBe(0);
  });

  it('notices the takeover on its heartbeat, before any write', async () => {
    writeForeignLock(file, {
      machine: 'PC-COMPTA',
      processId: 1234,
      heartbeatAt: new Date().toISOString(),
    });

    await test.workspace.maintain();

    expect((await test.call('file:current', {}))?.readOnlyReason).toBe('takenOver');
  });

  it('writes its heartbeat while it holds the file', async () => {
    const before = readRawLock(file);

    await new Promise((resolve) => setTimeout(resolve, 5));
    await test.workspace.maintain();

    const after = readRawLock(file);
    expect(after?.session_id).toBe(before?.session_id);
    expect(Date.parse(after?.heartbeat_at ?? '')).toBeGreaterThan(
      Date.parse(before?.heartbeat_at ?? ''),
    );
  });
});

describe('a reader whose holder stops without closing the file', () => {
  let test: TestWorkspace;
  let file: string;

  beforeEach(async () => {
    test = createTestWorkspace();
    file = path.join(test.directory, 'dossier.sqlite');
    await test.call('file:create', { path: file, companyName: 'Atelier Lumière SAS' });
    await test.workspace.closeFile();
  });

  afterEach(() => test.dispose());

  it('says the holder stopped, that reopening takes its lock over, and then does', async () => {
    // A live process of this machine stands for the other app; killing it leaves its row behind.
    const other = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)']);
    const exited = new Promise((resolve) => other.once('exit', resolve));
    writeForeignLock(file, {
      machine: os.hostname(),
      processId: other.pid ?? 0,
      heartbeatAt: new Date().toISOString(),
    });
    const whileHeld = await test.call('file:open', { path: file });
    other.kill('SIGKILL');
    await exited;

    const afterKill = await test.call('file:current', {});
    const refused = await test.callError('debtors:create', { input: sampleDebtor() });
    const { restoreBlockedBecause } = await test.call('backups:list', {});
    const reopened = await test.call('file:open', { path: file });

    expect(whileHeld.readOnlyReason).toBe('heldByOther');
    expect(afterKill?.readOnlyReason).toBe('holderStopped');
    expect(afterKill?.holder).toMatchObject({ holderName: 'Marie Dupont', processId: other.pid });
    expect(refused.message).toContain('s’est arrêtée sans le fermer');
    expect(refused.message).toContain('Recouvra reprendra le verrou qu’elle a laissé');
    expect(restoreBlockedBecause).toContain('s’est arrêtée sans le fermer');
    expect(reopened.readOnly).toBe(false);
    expect(readRawLock(file)?.process_id).toBe(process.pid);
  });
});
