import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { legalAssetsDirectory, readShippedLegalData } from '../../../src-main/legal/legal-assets';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const shipped = path.join(root, 'assets', 'legal');

describe('legal assets', () => {
  const temporary: string[] = [];

  afterEach(() => {
    for (const directory of temporary) fs.rmSync(directory, { recursive: true, force: true });
  });

  function scratch(): string {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'recouvra-assets-'));
    temporary.push(directory);
    return directory;
  }

  it('finds assets/legal from the source tree and from the built dist/main', () => {
    expect(legalAssetsDirectory(path.join(root, 'src-main', 'legal'))).toBe(shipped);
    expect(legalAssetsDirectory(path.join(root, 'dist', 'main'))).toBe(shipped);
  });

  it('finds assets/ beside dist/ in a packaged layout', () => {
    const app = path.join(scratch(), 'resources', 'app');
    fs.mkdirSync(path.join(app, 'dist', 'main'), { recursive: true });
    fs.cpSync(shipped, path.join(app, 'assets', 'legal'), { recursive: true });

    const found = legalAssetsDirectory(path.join(app, 'dist', 'main'));

    expect(found).toBe(path.join(app, 'assets', 'legal'));
    expect(readShippedLegalData(found).courts).toHaveLength(19);
  });

  it('says in French that the tables are missing rather than computing without them', () => {
    expect(() => legalAssetsDirectory(scratch())).toThrow(/assets\/legal\) sont introuvables/);
  });

  it('refuses a damaged rate file, naming it', () => {
    const copy = path.join(scratch(), 'legal');
    fs.cpSync(shipped, copy, { recursive: true });
    fs.writeFileSync(path.join(copy, 'ecb-mro-rates.json'), '{"rows": "pas une liste"}');

    expect(() => readShippedLegalData(copy)).toThrow(/ecb-mro-rates\.json/);
  });
});
