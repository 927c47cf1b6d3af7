import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestWorkspace, type TestWorkspace } from '../../support/temp-workspace';
import { sampleDebtor } from '../../support/sample-inputs';
import { damageFile, emptyFile, truncateFile, zeroHeader } from './damage';

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

describe('a file that cannot be opened for another reason', () => {
  let test: TestWorkspace;
  let file: string;
  let goodId: string;

  beforeEach(async () => {
    test = createTestWorkspace();
    file = path.join(test.directory, 'atelier.sqlite');
    await test.call('file:create', { path: file, companyName: 'Atelier Lumière SAS' });
    await test.call('debtors:create', { input: sampleDebtor({ name: 'Sauvé SARL' }) });
    goodId = (await test.call('backups:create', {})).id;
    await test.workspace.closeFile();
  });

  afterEach(() => test.dispose());

  it('refuses an empty file (a failed copy) instead of giving it a new schema, and restores it', async () => {
    emptyFile(file);

    const error = await test.callError('file:open', { path: file });
    const offer = await test.call('backups:latestGood', { path: file });
    const sizeAfterRefusal = fs.statSync(file).size;
    const info = await test.call('backups:restoreDamaged', { path: file, id: goodId });

    expect(error.code).toBe('FILE_DAMAGED');
    expect(error.message).toContain('Le fichier atelier.sqlite est vide (0 octet)');
    expect(error.message).toContain('l’écran d’accueil de Recouvra vous propose');
    expect(sizeAfterRefusal).toBe(0);
    expect(offer?.entry.id).toBe(goodId);
    expect(info.readOnly).toBe(false);
    expect((await test.call('debtors:list', {})).rows.map((row) => row.displayName)).toEqual([
      'Sauvé SARL',
    ]);
  });

  it('is offered its backup when its header was wiped, and replaced by it', async () => {
    const wiped = zeroHeader(file);

    const error = await test.callError('file:open', { path: file });
    const offer = await test.call('backups:latestGood', { path: file });
    await test.call('backups:restoreDamaged', { path: file, id: goodId });

    expect(error.code).toBe('FILE_NOT_RECOUVRA');
    expect(offer?.entry.id).toBe(goodId);
    const { entries } = await test.call('backups:list', {});
    const setAside = entries.find((entry) => entry.reason === 'endommage');
    const kept = fs.readFileSync(path.join(test.directory, 'sauvegardes', setAside?.id ?? ''));
    expect(kept.equals(wiped)).toBe(true);
  });

  it('sends a truncated file to the start screen’s offer, not to a screen it cannot open', async () => {
    const cut = truncateFile(file);

    const error = await test.callError('file:open', { path: file });

    expect(error.code).toBe('FILE_DAMAGED');
    expect(error.message).toContain('l’écran d’accueil de Recouvra vous propose');
    expect(error.message).not.toContain('Fichier > Sauvegardes');
    expect(fs.readFileSync(file).equals(cut)).toBe(true);
  });

  it('refuses to replace a file that opens without error, and files nothing as damaged', async () => {
    const bytes = fs.readFileSync(file);

    const error = await test.callError('backups:restoreDamaged', { path: file, id: goodId });

    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('il n’est pas endommagé et n’a pas été remplacé');
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    const names = fs.readdirSync(path.join(test.directory, 'sauvegardes'));
    expect(names.filter((name) => name.includes('--endommage--'))).toEqual([]);
  });
});
