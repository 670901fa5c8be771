// `npm start`: makes sure Electron's own runtime is there, builds the app, then starts it.
//
// Electron 42 and later download their binary (about 100 MB) on the first run, not at `npm install`.
// Left to itself, `electron .` on a machine without a network prints "TypeError: fetch failed" and a stack
// trace. This launcher checks for the binary first (node_modules/electron/path.txt and dist/), says when it
// is downloading it, and when the download fails says so in one plain line and exits non-zero, before
// spending time on a build.
//
// Environment (for tests and unusual setups):
//   PRAYER_DESK_ELECTRON_PACKAGE  the electron package folder (default: resolved from node_modules)
//   PRAYER_DESK_SKIP_BUILD=1      start without `npm run build` (the build is already there)
//   PRAYER_DESK_DOWNLOAD_TIMEOUT_MS  give up a download that has not finished after this long (default 15 min)
//   PRAYER_DESK_START_VERBOSE=1   also print the installer's own output when the download fails
//   ELECTRON_MIRROR, electron_config_cache, ELECTRON_OVERRIDE_DIST_PATH: read by Electron's installer as usual.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const OFFLINE_MESSAGE =
  'The first start downloads Electron (about 100 MB) and needs an internet connection. ' +
  'Connect and run npm start again, or install Prayer Desk from an installer: see README.';

const NETWORK_ERROR =
  /fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|socket hang up|getaddrinfo|certificate|HTTPError|Response code [45]\d\d|status code [45]\d\d/i;

function electronPackage() {
  if (process.env.PRAYER_DESK_ELECTRON_PACKAGE) return process.env.PRAYER_DESK_ELECTRON_PACKAGE;
  try {
    return path.dirname(createRequire(path.join(root, 'package.json')).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/** The Electron executable if it is installed, else null. Mirrors node_modules/electron/index.js. */
function installedElectron(pkgDir) {
  const pathFile = path.join(pkgDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const executable = override ? path.join(override, relative) : path.join(pkgDir, 'dist', relative);
  return existsSync(executable) ? executable : null;
}

/** Runs a command to its end; resolves with its exit code (or null when killed) and what it printed. */
function run(command, args, { capture = false, timeoutMs, shell = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      shell,
      windowsHide: false,
    });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    const timer = timeoutMs
      ? setTimeout(() => {
          output += `\n(gave up after ${Math.round(timeoutMs / 1000)} s)`;
          child.kill();
        }, timeoutMs)
      : null;
    child.on('error', (error) => {
      if (timer) clearTimeout(timer);
      resolve({ code: null, output: `${output}\n${error.message}` });
    });
    child.on('close', (code) => {
      if (timer) clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

function fail(line, details) {
  process.stderr.write(`${line}\n`);
  if (details && process.env.PRAYER_DESK_START_VERBOSE) process.stderr.write(`${details.trim()}\n`);
  process.exit(1);
}

async function ensureElectron() {
  const pkgDir = electronPackage();
  if (!pkgDir || !existsSync(path.join(pkgDir, 'package.json'))) {
    fail('Electron is not installed in node_modules: run npm install first, then npm start.');
  }
  const found = installedElectron(pkgDir);
  if (found) return found;

  process.stdout.write(
    'First start: downloading Electron (about 100 MB), once; the next starts need no network…\n',
  );
  const timeoutMs = Number(process.env.PRAYER_DESK_DOWNLOAD_TIMEOUT_MS) || 15 * 60_000;
  const installed = await run(process.execPath, [path.join(pkgDir, 'install.js')], {
    capture: true,
    timeoutMs,
  });
  const executable = installed.code === 0 ? installedElectron(pkgDir) : null;
  if (executable) {
    process.stdout.write('Electron downloaded.\n');
    return executable;
  }
  if (installed.code === null || NETWORK_ERROR.test(installed.output))
    fail(OFFLINE_MESSAGE, installed.output);
  // Not the network (a full disk, a blocked extractor): still one line, and where to go from there.
  const firstLine =
    installed.output
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l && !l.startsWith('at ')) ?? `exit code ${installed.code}`;
  fail(
    `Electron could not be installed (${firstLine}). Delete node_modules/electron, run npm install, then npm start.`,
    installed.output,
  );
}

async function build() {
  if (process.env.PRAYER_DESK_SKIP_BUILD === '1') return;
  // npm sets npm_execpath to its own CLI when it runs this script; run the same npm.
  const npmCli = process.env.npm_execpath;
  const { code } = npmCli
    ? await run(process.execPath, [npmCli, 'run', 'build'])
    : await run('npm', ['run', 'build'], { shell: process.platform === 'win32' });
  if (code !== 0) fail(`The build failed (exit code ${code}): see the messages above.`);
}

const electron = await ensureElectron();
await build();
const child = spawn(electron, ['.', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  windowsHide: false,
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
child.on('error', (error) => fail(`Electron could not be started: ${error.message}`));
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
