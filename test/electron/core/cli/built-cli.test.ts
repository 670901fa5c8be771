// The CLI as it ships: the `prayer-desk-cli` bin, the esbuild bundle dist-cli/prayer-desk-cli.mjs that
// `npm run build` makes (scripts/build-cli.mjs), run by plain Node with no tsx. It must answer exactly as
// the sources do (runCli in this process) on the CLI library and on a folder of every format, whose PDF
// reader lives in a chunk of its own that the bundle loads on demand.
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/core/cli/run-cli';
import { writeFormatLibrary } from '../../../fixtures/formats/make-fixtures';
import { snapshotFolder } from '../../../helpers/folder-snapshot';

const root = path.resolve(__dirname, '../../../..');
const library = path.join(root, 'test/fixtures/cli-library');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  bin?: Record<string, string>;
  scripts: Record<string, string>;
};
const bundle = path.join(root, pkg.bin?.['prayer-desk-cli'] ?? 'dist-cli/prayer-desk-cli.mjs');

async function newestSource(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, await newestSource(full));
    else newest = Math.max(newest, (await stat(full)).mtimeMs);
  }
  return newest;
}

/** `npm test` builds before it tests; a lone `vitest run` of this file builds the bundle when stale. */
async function ensureBuilt(): Promise<void> {
  const sources = Math.max(
    await newestSource(path.join(root, 'electron/core')),
    await newestSource(path.join(root, 'shared')),
    statSync(path.join(root, 'scripts/build-cli.mjs')).mtimeMs,
  );
  if (existsSync(bundle) && statSync(bundle).mtimeMs > sources) return;
  const built = spawnSync(process.execPath, [path.join(root, 'scripts/build-cli.mjs')], { encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`scripts/build-cli.mjs failed: ${built.stderr}`);
}

/** The environment of someone typing the command in a shell: no npm, no INIT_CWD. */
function shellEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.INIT_CWD;
  return env;
}

async function runBuilt(argv: string[], cwd = root) {
  return promisify(execFile)(process.execPath, [bundle, ...argv], {
    cwd,
    env: shellEnv(),
    maxBuffer: 64 * 1024 * 1024,
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      stdout: error.stdout,
      stderr: error.stderr,
    }),
  );
}

async function runHere(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    cwd: root,
  });
  return { code, stdout, stderr };
}

let formats: string;

beforeAll(async () => {
  await ensureBuilt();
  formats = await mkdtemp(path.join(os.tmpdir(), 'pd-built-cli-'));
  await writeFormatLibrary(formats);
}, 120_000);

afterAll(async () => {
  if (formats) await rm(formats, { recursive: true, force: true });
});

describe('the built prayer-desk-cli', () => {
  it('is the package bin, built by npm run build, and starts as a program', () => {
    expect(pkg.bin).toEqual({ 'prayer-desk-cli': 'dist-cli/prayer-desk-cli.mjs' });
    expect(pkg.scripts.build).toMatch(/scripts\/build-cli\.mjs/);
    expect(readFileSync(bundle, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    if (process.platform !== 'win32') expect(statSync(bundle).mode & 0o111).not.toBe(0);
    // Plain JavaScript: nothing left for tsx to compile, no TypeScript source to find at run time.
    expect(readFileSync(bundle, 'utf8')).not.toMatch(/require\(["']tsx/);
  });

  it('searches the CLI library exactly as the sources do', async () => {
    const argv = ['search', library, 'Uganda', '--limit', '5'];
    const [built, here] = await Promise.all([runBuilt(argv), runHere(argv)]);
    expect(built.stderr).toBe('');
    expect(built.code).toBe(0);
    expect(JSON.parse(built.stdout)).toEqual(JSON.parse(here.stdout));
    expect(JSON.parse(built.stdout).total).toBeGreaterThan(0);
  }, 60_000);

  it('parses every format, the PDF through its own chunk, exactly as the sources do', async () => {
    const before = await snapshotFolder(formats);
    const [built, here] = await Promise.all([runBuilt(['parse', formats]), runHere(['parse', formats])]);
    expect(built.code).toBe(0);
    const parsed = JSON.parse(built.stdout) as { bulletins: { file: string }[]; problems: unknown[] };
    expect(parsed).toEqual(JSON.parse(here.stdout));
    expect(parsed.problems).toEqual([]);
    for (const format of ['pdf/bulletin.pdf', 'word/bulletin.docx', 'mail/outlook.msg']) {
      expect(parsed.bulletins.map((b) => b.file)).toContain(format);
    }
    expect(await snapshotFolder(formats)).toEqual(before);
  }, 60_000);

  it('resolves a relative folder from where it is started, without npm', async () => {
    const { code, stdout } = await runBuilt(['parse', 'cli-library'], path.join(root, 'test/fixtures'));
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout) as { bulletins: unknown[]; problems: unknown[] };
    expect(parsed.bulletins).toHaveLength(2);
    expect(parsed.problems.length).toBeGreaterThan(0);
  }, 60_000);

  it('says what is wrong in one line and exits 2', async () => {
    const missing = await runBuilt(['search', '/no/such/dir', 'water']);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr.trim().split('\n')).toEqual([expect.stringMatching(/no such folder/)]);
    const bad = await runBuilt(['search', library, 'water', '--region', 'Atlantis']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toEqual([expect.stringMatching(/Unknown region "Atlantis"/)]);
    const help = await runBuilt(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage:/);
  }, 60_000);
});
