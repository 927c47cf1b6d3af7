import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestWorkspace, type TestWorkspace } from '../../support/temp-workspace';
import { sampleDebtor } from '../../support/sample-inputs';
import { damageFile } from './damage';

describe('a damaged file on opening', () => {
  let test: TestWorkspace;
  let folder: string;
  let file: string;
  let goodId: string;
  let damaged: Buffer;

  beforeEach(async () => {
    test = createTestWorkspace();
    folder = path.join(test.directory, 'cle-usb');
    fs.mkdirSync(folder);
    file = path.join(folder, 'atelier.sqlite');
    await test.call('file:create', { path: file, companyName: 'Atelier Lumière SAS' });
    await test.call('debtors:create', { input: sampleDebtor({ name: 'Sauvé SARL' }) });
    goodId = (await test.call('backups:create', {})).id;
    await test.call('debtors:create', { input: sampleDebtor({ name: 'Perdu SARL' }) });
    const newer = await test.call('backups:create', {});
    fs.writeFileSync(path.join(test.directory, 'sauvegardes', newer.id), 'abîmée');
    await test.workspace.closeFile();
    damaged = damageFile(file);
  });

  afterEach(() => test.dispose());

  it('is refused with a clear message and left exactly as it was', async () => {
    const error = await test.callError('file:open', { path: file });

    expect(error.code).toBe('FILE_DAMAGED');
    expect(error.message).toContain('Le fichier est endommagé');
    expect(fs.readFileSync(file).equals(damaged)).toBe(true);
  });

  it('is offered the newest backup that passes the checks, skipping a damaged one', async () => {
    const offer = await test.call('backups:latestGood', { path: file });

    expect(offer?.entry.id).toBe(goodId);
    expect(offer?.companyName).toBe('Atelier Lumière SAS');
  });

  it('is replaced by that backup, its damaged bytes kept aside, and opened', async () => {
    const info = await test.call('backups:restoreDamaged', { path: file, id: goodId });

    expect(info.readOnly).toBe(false);
    const list = await test.call('debtors:list', {});
    expect(list.rows.map((row) => row.displayName)).toEqual(['Sauvé SARL']);
    const { entries } = await test.call('backups:list', {});
    const setAside = entries.find((entry) => entry.reason === 'endommage');
    const kept = fs.readFileSync(path.join(test.directory, 'sauvegardes', setAside?.id ?? ''));
    expect(kept.equals(damaged)).toBe(true);
    expect(fs.readdirSync(folder)).toEqual(['atelier.sqlite']);
  });

  it('is not replaced by the copy of the damaged file itself', async () => {
    await test.call('backups:restoreDamaged', { path: file, id: goodId });
    await test.workspace.closeFile();
    const setAside = fs
      .readdirSync(path.join(test.directory, 'sauvegardes'))
      .find((name) => name.includes('--endommage--'));

    const error = await test.callError('backups:restoreDamaged', {
      path: file,
      id: setAside ?? '',
    });

    expect(error.code).toBe('VALIDATION');
  });
});
