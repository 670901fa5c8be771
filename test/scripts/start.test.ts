// `npm start` (scripts/start.mjs) where Electron's binary is not installed yet: it says it is downloading,
// and when the download cannot happen it prints one plain line (no stack trace) and exits non-zero.
// Electron's package is a copy in a temporary folder (its real install.js, the real @electron/get through
// NODE_PATH), so the test behaves the same where node_modules/electron already has its binary (CI runners).
// The download goes to a mirror on 127.0.0.1 port 1, refused at once: no network is tried.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const script = path.join(root, 'scripts/start.mjs');
const realElectron = path.join(root, 'node_modules/electron');
const OFFLINE_LINE =
  'The first start downloads Electron (about 100 MB) and needs an internet connection. ' +
  'Connect and run npm start again, or install Prayer Desk from an installer: see README.';

let work: string;
let pkgDir: string;

beforeEach(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'pd-start-'));
  pkgDir = path.join(work, 'electron');
  await mkdir(pkgDir);
  for (const file of ['package.json', 'checksums.json']) {
    await copyFile(path.join(realElectron, file), path.join(pkgDir, file));
  }
});

afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

async function start(extraEnv: NodeJS.ProcessEnv = {}) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PRAYER_DESK_ELECTRON_PACKAGE: pkgDir,
    PRAYER_DESK_SKIP_BUILD: '1',
    PRAYER_DESK_DOWNLOAD_TIMEOUT_MS: '30000',
    ELECTRON_MIRROR: 'http://127.0.0.1:1/',
    electron_config_cache: path.join(work, 'cache'),
    NODE_PATH: [path.join(realElectron, 'node_modules'), path.join(root, 'node_modules')].join(
      path.delimiter,
    ),
    ...extraEnv,
  };
  delete env.ELECTRON_OVERRIDE_DIST_PATH;
  delete env.PRAYER_DESK_START_VERBOSE;
  return promisify(execFile)(process.execPath, [script], { cwd: root, env }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      stdout: error.stdout,
      stderr: error.stderr,
    }),
  );
}

/** A stand-in for Electron: records how it was started and exits with code 7. */
async function writeFakeElectron(dist: string): Promise<string> {
  await mkdir(dist, { recursive: true });
  const record = path.join(work, 'started.json');
  const executable = path.join(dist, 'electron');
  await writeFile(
    executable,
    `#!${process.execPath}\nrequire('node:fs').writeFileSync(${JSON.stringify(record)}, JSON.stringify({ args: process.argv.slice(2), cwd: process.cwd() }));\nprocess.exit(7);\n`,
    { mode: 0o755 },
  );
  return record;
}

describe('npm start without Electron’s binary', () => {
  it('without a network: says it is downloading, then one plain line, exit code 1', async () => {
    await copyFile(path.join(realElectron, 'install.js'), path.join(pkgDir, 'install.js'));
    const { code, stdout, stderr } = await start();
    expect(code).toBe(1);
    expect(stdout).toMatch(/downloading Electron \(about 100 MB\)/);
    expect(stderr).toBe(`${OFFLINE_LINE}\n`);
    expect(`${stdout}${stderr}`).not.toMatch(/TypeError|fetch failed|^\s+at /m);
    expect(existsSync(path.join(pkgDir, 'path.txt'))).toBe(false);
  }, 60_000);

  it('when the download fails for another reason: one line naming it, no stack trace', async () => {
    await writeFile(
      path.join(pkgDir, 'install.js'),
      "console.error(new Error('ENOSPC: no space left on device, write').stack); process.exit(1);\n",
    );
    const { code, stderr } = await start();
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^Electron could not be installed \(Error: ENOSPC: no space left on device/),
    ]);
  }, 60_000);

  it.skipIf(process.platform === 'win32')(
    'with a network: says it is downloading, then starts Electron on the app',
    async () => {
      // An installer that "downloads" the stand-in the way install.js lays out the real one.
      const record = await writeFakeElectron(path.join(work, 'download'));
      const download = path.join(work, 'download', 'electron');
      await writeFile(
        path.join(pkgDir, 'install.js'),
        [
          "const fs = require('node:fs'); const path = require('node:path');",
          "fs.mkdirSync(path.join(__dirname, 'dist'), { recursive: true });",
          `fs.copyFileSync(${JSON.stringify(download)}, path.join(__dirname, 'dist', 'electron'));`,
          "fs.chmodSync(path.join(__dirname, 'dist', 'electron'), 0o755);",
          "fs.writeFileSync(path.join(__dirname, 'path.txt'), 'electron');",
        ].join('\n'),
      );
      const { code, stdout } = await start();
      expect(stdout).toMatch(/downloading Electron/);
      expect(stdout).toMatch(/Electron downloaded\./);
      // Electron's exit code is npm start's.
      expect(code).toBe(7);
      expect(JSON.parse(await readFile(record, 'utf8'))).toEqual({ args: ['.'], cwd: root });
    },
    60_000,
  );

  it.skipIf(process.platform === 'win32')(
    'when Electron is already there: starts it at once, nothing downloaded',
    async () => {
      const record = await writeFakeElectron(path.join(pkgDir, 'dist'));
      await writeFile(path.join(pkgDir, 'path.txt'), 'electron');
      await writeFile(path.join(pkgDir, 'install.js'), 'process.exit(99);\n');
      const { code, stdout } = await start();
      expect(code).toBe(7);
      expect(stdout).not.toMatch(/downloading/);
      expect(JSON.parse(await readFile(record, 'utf8'))).toEqual({ args: ['.'], cwd: root });
    },
    60_000,
  );
});
