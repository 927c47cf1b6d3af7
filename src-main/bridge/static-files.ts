import fs from 'node:fs';
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/** A built renderer file, or null when the path leaves the folder or does not exist. */
export function readStaticFile(
  root: string,
  urlPath: string,
): { body: Buffer; contentType: string } | null {
  const relative = decodeURIComponent(urlPath.split('?')[0] ?? '/').replace(/^\/+/, '');
  const resolved = path.resolve(root, relative || 'index.html');
  if (!resolved.startsWith(path.resolve(root) + path.sep)) return null;
  if (!fs.existsSync(resolved) || !fs.statSync(resolved).isFile()) return null;
  return {
    body: fs.readFileSync(resolved),
    contentType: CONTENT_TYPES[path.extname(resolved)] ?? 'application/octet-stream',
  };
}
