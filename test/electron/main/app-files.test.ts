import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, serveAppFile } from '../../../electron/main/app-files';

let base: string;
let renderer: string;

beforeAll(async () => {
  base = await realpath(await mkdtemp(path.join(tmpdir(), 'prayer-desk-app-files-')));
  renderer = path.join(base, 'renderer');
  await mkdir(path.join(renderer, 'assets'), { recursive: true });
  await writeFile(path.join(renderer, 'index.html'), '<!doctype html><title>Prayer Desk</title>');
  await writeFile(path.join(renderer, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(path.join(renderer, 'assets', 'style.css'), 'body{}');
  await writeFile(path.join(base, 'secret.txt'), 'secret');
  await symlink(path.join(base, 'secret.txt'), path.join(renderer, 'assets', 'leak.js'));
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

const text = (body: Uint8Array | string) =>
  typeof body === 'string' ? body : Buffer.from(body).toString('utf8');

describe('serveAppFile', () => {
  it('serves index.html for the root, with the CSP and no-sniff headers', async () => {
    const answer = await serveAppFile(renderer, 'app://prayer-desk/');
    expect(answer.status).toBe(200);
    expect(text(answer.body)).toContain('<title>Prayer Desk</title>');
    expect(answer.headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(answer.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(answer.headers['X-Content-Type-Options']).toBe('nosniff');
  });

  it('serves assets with their type', async () => {
    const js = await serveAppFile(renderer, 'app://prayer-desk/assets/index-abc.js?v=1#x');
    expect(js.status).toBe(200);
    expect(js.headers['Content-Type']).toBe('text/javascript; charset=utf-8');
    expect((await serveAppFile(renderer, 'app://prayer-desk/assets/style.css')).headers['Content-Type']).toBe(
      'text/css; charset=utf-8',
    );
  });

  it('answers HEAD without a body, and refuses other methods', async () => {
    const head = await serveAppFile(renderer, 'app://prayer-desk/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect((await serveAppFile(renderer, 'app://prayer-desk/index.html', 'POST')).status).toBe(405);
  });

  it.each([
    'app://prayer-desk/missing.js',
    'app://prayer-desk/../secret.txt',
    'app://prayer-desk/%2e%2e/secret.txt',
    'app://prayer-desk/..%2fsecret.txt',
    'app://prayer-desk/assets%2f..%2f..%2fsecret.txt',
    'app://prayer-desk/assets/leak.js',
    'app://prayer-desk/assets',
    'app://prayer-desk/%00index.html',
    'app://prayer-desk/C:%5CWindows%5Cwin.ini',
    'app://other-host/index.html',
    'https://prayer-desk/index.html',
  ])('answers 404 for %s', async (url) => {
    const answer = await serveAppFile(renderer, url);
    expect(answer.status).toBe(404);
    expect(text(answer.body)).not.toContain('secret');
  });

  it('answers 400 for a malformed escape', async () => {
    expect((await serveAppFile(renderer, 'app://prayer-desk/%E0%A4%A')).status).toBe(400);
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

  it('allows only the app itself: no remote origins, no inline script, no eval', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|wasm-unsafe-eval|https?:|\*/);
    expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
  });
});
