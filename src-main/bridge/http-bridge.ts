import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { createLogger } from '../logging/logger';
import { dispatch, type HandlerRegistry } from '../ipc/dispatch';
import type { HandlerContext } from '../ipc/handler-context';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';
import { readStaticFile } from './static-files';

const log = createLogger('bridge');

// Development and test tool only: it binds to the loopback interface and to
// nothing else, whatever the caller asks.
const LOOPBACK = '127.0.0.1';
const MAX_BODY_BYTES = 5 * 1024 * 1024;

export interface BridgeOptions {
  registry: HandlerRegistry;
  context: HandlerContext;
  /** The built renderer (dist/renderer). */
  staticDirectory: string;
  port?: number;
}

export interface RunningBridge {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves the built renderer and the handler registry over HTTP on 127.0.0.1,
 * so the UI runs in a plain browser against a real file. Each call must carry
 * the session token written into the page it served, and come with this
 * server's own Host, which keeps other local pages and DNS rebinding out.
 */
export async function startBridge(options: BridgeOptions): Promise<RunningBridge> {
  const token = randomBytes(24).toString('hex');
  const indexPath = path.join(options.staticDirectory, 'index.html');
  if (!fs.existsSync(indexPath)) {
    throw new Error(`Renderer not built: ${indexPath} is missing (run npm run build).`);
  }

  const server = http.createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      log.error('request failed', error);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });

  let origin = '';
  const handle = async (request: http.IncomingMessage, response: http.ServerResponse) => {
    const host = request.headers.host ?? '';
    if (host !== new URL(origin).host) {
      response.writeHead(421).end();
      return;
    }
    const url = request.url ?? '/';
    if (request.method === 'POST' && url.startsWith('/ipc/')) {
      await handleCall(request, response, url.slice('/ipc/'.length));
      return;
    }
    if (request.method !== 'GET') {
      response.writeHead(405).end();
      return;
    }
    serveFile(response, url);
  };

  const handleCall = async (
    request: http.IncomingMessage,
    response: http.ServerResponse,
    channel: string,
  ) => {
    const sameOrigin = !request.headers.origin || request.headers.origin === origin;
    if (request.headers['x-recouvra-token'] !== token || !sameOrigin) {
      log.warn('call from an unknown sender refused');
      sendJson(response, 403, {
        ok: false,
        error: { code: 'FORBIDDEN_SENDER', message: 'Appel refusé : expéditeur inconnu.' },
      });
      return;
    }
    const body = await readBody(request);
    let args: unknown;
    try {
      args = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch {
      args = undefined;
    }
    const result = await dispatch(options.registry, options.context, channel, args);
    sendJson(response, 200, result);
  };

  const serveFile = (response: http.ServerResponse, url: string) => {
    const isPage = url === '/' || url.startsWith('/?') || url === '/index.html';
    const file = readStaticFile(options.staticDirectory, isPage ? '/index.html' : url);
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    let body = file.body;
    if (isPage) {
      const meta = `<meta name="recouvra-bridge-token" content="${token}" />`;
      body = Buffer.from(body.toString('utf8').replace('</head>', `${meta}</head>`));
    }
    response.writeHead(200, {
      'Content-Type': file.contentType,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    });
    response.end(body);
  };

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, LOOPBACK, resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://${LOOPBACK}:${port}`;
  log.info('bridge listening', { port });
  return {
    url: origin,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function sendJson(response: http.ServerResponse, status: number, value: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(value));
}

async function readBody(request: http.IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
