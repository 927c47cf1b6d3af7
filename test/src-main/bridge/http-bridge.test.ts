import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBridge, type RunningBridge } from '../../../src-main/bridge/http-bridge';
import { handlers } from '../../../src-main/ipc/handlers';
import { createTestWorkspace, type TestWorkspace } from '../../support/temp-workspace';

describe('loopback bridge', () => {
  let test: TestWorkspace;
  let bridge: RunningBridge;
  let token: string;

  beforeAll(async () => {
    test = createTestWorkspace();
    const staticDirectory = path.join(test.directory, 'renderer');
    fs.mkdirSync(staticDirectory);
    fs.writeFileSync(
      path.join(staticDirectory, 'index.html'),
      '<html><head></head><body></body></html>',
    );
    bridge = await startBridge({ registry: handlers, context: test.context, staticDirectory });
    const page = await fetch(`${bridge.url}/`);
    token = /recouvra-bridge-token" content="([0-9a-f]+)"/.exec(await page.text())?.[1] ?? '';
  });

  afterAll(async () => {
    await bridge.close();
    await test.dispose();
  });

  const post = (channel: string, headers: Record<string, string>, body = '{}') =>
    fetch(`${bridge.url}/ipc/${channel}`, { method: 'POST', headers, body });

  it('listens on 127.0.0.1 only', () => {
    expect(new URL(bridge.url).hostname).toBe('127.0.0.1');
  });

  it('serves the page with the strict Content-Security-Policy and a session token', async () => {
    const response = await fetch(`${bridge.url}/`);

    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('content-security-policy')).not.toContain('unsafe');
    expect(token).toMatch(/^[0-9a-f]{48}$/);
  });

  it('answers a call that carries the token', async () => {
    const response = await post('app:info', { 'X-Recouvra-Token': token });

    expect(await response.json()).toMatchObject({ ok: true, value: { shell: 'bridge' } });
  });

  it('refuses a call without the token as an unknown sender', async () => {
    const response = await post('file:recent', {});

    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
  });

  it('refuses a call from another origin even with the token', async () => {
    const response = await post('file:recent', {
      'X-Recouvra-Token': token,
      Origin: 'http://evil.example',
    });

    expect(response.status).toBe(403);
  });

  it('refuses a request addressed to another host name (DNS rebinding)', async () => {
    const { port } = new URL(bridge.url);
    const status = await new Promise<number>((resolve) => {
      const request = http.request(
        {
          host: '127.0.0.1',
          port,
          path: '/',
          method: 'GET',
          headers: { Host: `evil.example:${port}` },
        },
        (response) => resolve(response.statusCode ?? 0),
      );
      request.end();
    });

    expect(status).toBe(421);
  });

  it('refuses an unknown channel and a malformed body with French messages', async () => {
    const unknown = await (await post('debtors:drop', { 'X-Recouvra-Token': token })).json();
    const malformed = await (
      await post('debtors:get', { 'X-Recouvra-Token': token }, '{"id": "douze"}')
    ).json();

    expect(unknown).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED' } });
    expect(malformed).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(malformed.error.message).toContain('La demande envoyée est invalide');
  });

  it('never serves a file outside the renderer folder', async () => {
    const response = await fetch(`${bridge.url}/..%2f..%2fetc%2fpasswd`);

    expect(response.status).toBe(404);
  });
});
