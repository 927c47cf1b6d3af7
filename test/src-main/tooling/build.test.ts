import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRenderer } from '../../../src-main/tooling/build.mjs';

describe('buildRenderer', () => {
  let outDir = '';
  let bundle = '';
  let nodeEnvAfter: string | undefined;

  beforeAll(async () => {
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'recouvra-renderer-'));
    await buildRenderer({ outDir });
    nodeEnvAfter = process.env.NODE_ENV;
    const assets = path.join(outDir, 'assets');
    const script = fs.readdirSync(assets).find((name) => name.endsWith('.js')) ?? '';
    bundle = fs.readFileSync(path.join(assets, script), 'utf8');
  }, 180_000);

  afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

  it('bundles React’s production build even under the NODE_ENV vitest sets', () => {
    expect(nodeEnvAfter).toBe('test');
    expect(bundle).toContain('Minified React error');
    expect(bundle).not.toContain('Download the React DevTools');
    expect(bundle).not.toContain('jsxDEV');
  });
});
