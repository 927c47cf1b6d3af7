import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src-main/database/open-database';
import { bundleFaultChild, privateMountNamespace, startChild } from './support/fault-children';

// A tiny filesystem, a read-only folder and a removed USB stick need a
// mount. The children run as root of their own user and mount namespace
// (unshare), so this works without privileges where the system allows user
// namespaces; where it does not, these three tests cannot run and say so.
const namespace = privateMountNamespace();
const needs = namespace ? '' : ' (impossible ici : unshare --user --mount refusé par le système)';

describe('the file on a troubled filesystem', () => {
  let bundle: string;
  let folder: string;
  let mountPoint: string;

  beforeAll(async () => {
    bundle = await bundleFaultChild();
  }, 120_000);

  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'recouvra-fs-'));
    mountPoint = path.join(folder, 'support');
    fs.mkdirSync(mountPoint);
  });

  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  const run = async (args: string[]) => {
    const child = startChild(bundle, args, namespace ?? []);
    const { code, lines } = await child.exited;
    const result = lines.find((line) => line.startsWith('result '));
    expect(result, `exit ${code}: ${lines.join('\n')}`).toBeDefined();
    return JSON.parse(result?.slice('result '.length) ?? '{}');
  };

  it.skipIf(!namespace)(
    `refuses a write on a full 1 MiB disk with a French message, loses nothing, and takes it ` +
      `once room is made${needs}`,
    async () => {
      const copy = path.join(folder, 'copie.sqlite');

      const result = await run(['disk-full', mountPoint, path.join(folder, 'donnees'), copy]);

      expect(result.refusal.error.code).toBe('DISK_FULL');
      expect(result.refusal.error.message).toMatch(
        /^Le disque est plein : la modification n'a pas été enregistrée/,
      );
      expect(result.saved.length).toBeGreaterThan(0);
      expect(result.retried).toBe(true);
      expect(result.sideFiles).toEqual(['dossier.sqlite']);
      const database = await openDatabase(copy);
      const numbers = database.sqlite
        .prepare('SELECT number FROM invoices ORDER BY number')
        .pluck()
        .all();
      expect(database.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(numbers).toEqual([...result.saved, result.refusal.number]);
      await database.close();
    },
    120_000,
  );

  it.skipIf(!namespace)(
    `opens a file in a read-only folder for reading, and refuses writes saying why${needs}`,
    async () => {
      const result = await run(['read-only-folder', mountPoint, path.join(folder, 'donnees')]);

      expect(result.opened.ok).toBe(true);
      expect(result.opened.value.readOnlyReason).toBe('readOnlyLocation');
      expect(result.write.error.code).toBe('READ_ONLY');
      expect(result.write.error.message).toContain(
        'dans un dossier ou sur un support où Recouvra ne peut pas écrire',
      );
      expect(result.names).toEqual(['Boulangerie Dupont SARL']);
      expect(result.unchanged).toBe(true);
    },
    120_000,
  );

  it.skipIf(!namespace)(
    `saves a rescue copy when the USB stick is pulled out, and refuses the write saying so${needs}`,
    async () => {
      const data = path.join(folder, 'donnees');

      const result = await run(['usb-removed', mountPoint, data]);

      expect(result.present).toBe(false);
      expect(result.write.error.code).toBe('FILE_NOT_FOUND');
      expect(result.write.error.message).toContain('Le fichier a disparu de son emplacement');
      expect(result.current.value.readOnlyReason).toBe('vanished');
      const rescue = result.current.value.rescueCopyPath as string;
      expect(path.dirname(rescue)).toBe(path.join(data, 'sauvegardes'));
      const copy = new Database(rescue, { readonly: true });
      expect(copy.prepare('SELECT name FROM debtors').pluck().all()).toEqual([
        'Boulangerie Dupont SARL',
      ]);
      copy.close();
    },
    120_000,
  );
});
