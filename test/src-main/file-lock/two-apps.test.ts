import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestWorkspace, type TestWorkspace } from '../../support/temp-workspace';
import { sampleDebtor } from '../../support/sample-inputs';
import { readRawLock, writeForeignLock } from './lock-rows';

describe('two apps on one file', () => {
  let folder: string;
  let file: string;
  let first: TestWorkspace;
  let second: TestWorkspace;

  beforeEach(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'recouvra-partage-'));
    file = path.join(folder, 'partage.sqlite');
    first = createTestWorkspace();
    second = createTestWorkspace();
    await first.call('file:create', { path: file, companyName: 'Atelier Lumière SAS' });
  });

  afterEach(async () => {
    await second.dispose();
    await first.dispose();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('opens the file read-only in the second app, saying who holds it and since when', async () => {
    const info = await second.call('file:open', { path: file });

    expect(info.readOnly).toBe(true);
    expect(info.readOnlyReason).toBe('heldByOther');
    expect(info.holder).toMatchObject({
      holderName: 'Test',
      machine: os.hostname(),
      processId: process.pid,
    });
    expect(Date.parse(info.holder?.openedAt ?? '')).toBeGreaterThan(Date.now() - 60_000);
  });

  it('refuses a write from the second app with the holder’s name, and lands nothing', async () => {
    await second.call('file:open', { path: file });

    const error = await second.callError('debtors:create', { input: sampleDebtor() });

    expect(error.code).toBe('READ_ONLY');
    expect(error.message).toContain(`ouvert en écriture par Test sur le poste ${os.hostname()}`);
    expect(error.message).toContain('votre saisie est conservée à l’écran');
    expect((await first.call('debtors:list', {})).total).toBe(0);
  });

  it('keeps every write of the holder visible to the reader', async () => {
    await second.call('file:open', { path: file });

    await first.call('debtors:create', { input: sampleDebtor() });

    const seen = await second.call('debtors:list', {});
    expect(seen.rows.map((row) => row.displayName)).toEqual(['Boulangerie Dupont SARL']);
  });

  it('tells the reader when the holder has closed, and lets it reopen for writing', async () => {
    await second.call('file:open', { path: file });

    await first.workspace.closeFile();
    const stillOpen = await second.call('file:current', {});
    const reopened = await second.call('file:open', { path: file });

    expect(stillOpen?.readOnlyReason).toBe('heldByOther');
    expect(stillOpen?.holder).toBeNull();
    expect(reopened.readOnly).toBe(false);
    expect((await second.call('debtors:create', { input: sampleDebtor() })).id).toBe(1);
  });

  it('leaves no lock row and no side file once the holder closes', async () => {
    await first.call('debtors:create', { input: sampleDebtor() });
    expect(readRawLock(file)?.process_id).toBe(process.pid);

    await first.workspace.closeFile();

    expect(readRawLock(file)).toBeUndefined();
    expect(fs.readdirSync(folder)).toEqual(['partage.sqlite']);
  });
});

describe('a copy of a file while it is open', () => {
  let folder: string;
  let file: string;
  let copy: string;
  let holder: TestWorkspace;
  let other: TestWorkspace;

  beforeEach(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'recouvra-copie-'));
    file = path.join(folder, 'original.sqlite');
    copy = path.join(folder, 'copie.sqlite');
    holder = createTestWorkspace();
    other = createTestWorkspace();
    await holder.call('file:create', { path: file, companyName: 'Atelier Lumière SAS' });
    await holder.call('debtors:create', { input: sampleDebtor() });
  });

  afterEach(async () => {
    await other.dispose();
    await holder.dispose();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  const lockFor = (target: string, machine: string) =>
    writeForeignLock(copy, {
      machine,
      processId: process.pid,
      heartbeatAt: new Date().toISOString(),
      sessionId: `autre-session ${target}`,
    });

  it('opens for writing on this machine, although it carries the original’s lock row', async () => {
    // A file manager copies the bytes as they are, lock row included.
    fs.copyFileSync(file, copy);
    const carried = readRawLock(copy);

    const info = await other.call('file:open', { path: copy });
    const original = await other.call('file:open', { path: file });

    expect(carried?.session_id).toBe(readRawLock(file)?.session_id);
    expect(info.readOnly).toBe(false);
    expect(original.readOnlyReason).toBe('heldByOther');
    expect(readRawLock(file)?.process_id).toBe(process.pid);
  });

  it('is written to by the app that opened it, while the original stays held', async () => {
    fs.copyFileSync(file, copy);
    await other.call('file:open', { path: copy });

    await other.call('debtors:create', { input: sampleDebtor({ name: 'Copie SARL' }) });

    const names = (await holder.call('debtors:list', {})).rows.map((row) => row.displayName);
    expect(names).toEqual(['Boulangerie Dupont SARL']);
    expect((await holder.call('file:current', {}))?.readOnly).toBe(false);
  });

  it('still respects a row whose path names this very file by another name', async () => {
    await holder.workspace.closeFile();
    fs.copyFileSync(file, copy);
    const link = path.join(folder, 'lien.sqlite');
    fs.symlinkSync(copy, link);
    lockFor(link, os.hostname());

    const info = await other.call('file:open', { path: copy });

    expect(info.readOnlyReason).toBe('heldByOther');
  });

  it('still respects a row whose file no longer exists, or written on another machine', async () => {
    await holder.workspace.closeFile();
    fs.copyFileSync(file, copy);
    lockFor(path.join(folder, 'disparu.sqlite'), os.hostname());
    const gone = await other.call('file:open', { path: copy });
    lockFor(file, 'PC-COMPTA');

    const elsewhere = await other.call('file:open', { path: copy });

    expect(gone.readOnlyReason).toBe('heldByOther');
    expect(elsewhere.readOnlyReason).toBe('heldByOther');
    expect(elsewhere.holder?.machine).toBe('PC-COMPTA');
  });
});
