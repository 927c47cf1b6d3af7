import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestWorkspace, type TestWorkspace } from '../../support/temp-workspace';
import { sampleDebtor } from '../../support/sample-inputs';
import { readRawLock } from './lock-rows';

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
