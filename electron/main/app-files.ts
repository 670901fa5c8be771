// Answers app://prayer-desk/<path> requests from the built renderer folder (dist/renderer). Plain Node, so
// it is tested without Electron; the shell wraps the answer in a Response for protocol.handle.
// Files are read directly (no net.fetch of file:// URLs), only from inside the folder (confinePath), and
// every answer carries the Content-Security-Policy, so the policy does not depend on the HTML's <meta>.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-url';
import { confinePath } from '../core/library/confine-path';

/**
 * Only the app's own files; no remote origins, no inline script, no eval. Inline styles are allowed
 * because React and print layouts set them and they cannot run code or (with the network blocked) leak.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export interface AppFileResponse {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array | string;
}

function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}

function plain(status: number, message: string): AppFileResponse {
  return {
    status,
    headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' },
    body: message,
  };
}

export async function serveAppFile(
  rendererRoot: string,
  url: string,
  method = 'GET',
): Promise<AppFileResponse> {
  if (method !== 'GET' && method !== 'HEAD') return plain(405, 'Method not allowed');
  let relative: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return plain(404, 'Not found');
    relative = decodeURIComponent(parsed.pathname).replace(/^\/+/, '');
  } catch {
    return plain(400, 'Bad request');
  }
  if (relative === '') relative = 'index.html';
  let file: string;
  try {
    file = await confinePath(rendererRoot, relative);
  } catch {
    return plain(404, 'Not found');
  }
  const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  const body = method === 'HEAD' ? '' : new Uint8Array(await readFile(file));
  return {
    status: 200,
    headers: { ...securityHeaders(), 'Content-Type': type, 'Cache-Control': 'no-cache' },
    body,
  };
}
