import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { updateCrc32 } from '../../../src-main/accountant/crc32';
import { writeStoredZip } from '../../../src-main/accountant/store-zip';

describe('updateCrc32', () => {
  it('gives the standard check value of « 123456789 », whole or in pieces', () => {
    const bytes = Buffer.from('123456789');

    expect(updateCrc32(0, bytes)).toBe(0xcbf43926);
    expect(updateCrc32(updateCrc32(0, bytes.subarray(0, 4)), bytes.subarray(4))).toBe(0xcbf43926);
    expect(updateCrc32(0, Buffer.alloc(0))).toBe(0);
  });
});

describe('writeStoredZip', () => {
  let folder: string;

  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'recouvra-zip-'));
  });

  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  const file = (name: string, bytes: Buffer) => {
    const source = path.join(folder, name);
    fs.writeFileSync(source, bytes);
    return source;
  };

  it('writes an archive that unzip checks and extracts byte for byte, accented names included', async () => {
    const large = crypto.randomBytes(3 * 1024 * 1024 + 17);
    const text = Buffer.from('Échéances ouvertes au 03/12/2026\n', 'utf8');
    const target = path.join(folder, 'envoi.zip');

    await writeStoredZip(
      target,
      [
        { name: 'Envoi/dossier.sqlite', source: file('a.bin', large) },
        { name: 'Envoi/À lire – échéances.txt', source: file('b.txt', text) },
        { name: 'Envoi/vide.txt', source: file('c.txt', Buffer.alloc(0)) },
      ],
      new Date(2026, 11, 3, 9, 14, 30),
    );

    expect(execFileSync('unzip', ['-t', target]).toString()).toContain('No errors detected');
    expect(
      execFileSync('unzip', ['-p', target, 'Envoi/dossier.sqlite'], {
        maxBuffer: 64 * 1024 * 1024,
      }).equals(large),
    ).toBe(true);
    expect(execFileSync('unzip', ['-p', target, 'Envoi/À lire – échéances.txt']).equals(text)).toBe(
      true,
    );
    const listing = execFileSync('unzip', ['-v', target]).toString();
    expect(listing).toMatch(/Stored.*2026-12-03 09:14.*Envoi\/dossier\.sqlite/);
    expect(listing).not.toContain('Defl');
    expect(fs.statSync(target).size).toBe(
      large.length +
        text.length +
        3 * 30 +
        3 * 46 +
        22 +
        2 *
          Buffer.byteLength(
            'Envoi/dossier.sqliteEnvoi/À lire – échéances.txtEnvoi/vide.txt',
            'utf8',
          ),
    );
  });

  it('leaves no half-written archive when a file cannot be read', async () => {
    const target = path.join(folder, 'envoi.zip');

    await expect(
      writeStoredZip(target, [{ name: 'x', source: path.join(folder, 'absent') }], new Date()),
    ).rejects.toThrow();

    expect(fs.existsSync(target)).toBe(false);
  });
});
