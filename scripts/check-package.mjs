// CI packaging check: packs the app for Linux as an unpacked folder (`electron-builder --linux --dir`),
// offline, with a stub Electron distribution, then checks what would ship:
//   - app.asar holds the main entry, the preload, the load worker (when built), the renderer's index.html
//     and package.json — and nothing else: no sources, no test/, no node_modules (everything is bundled);
//   - the sample library and the icon sit next to it in resources/ (extraResources: real files on disk,
//     so the library service can read and realpath them like any folder);
//   - the Electron fuses from package.json were flipped in the executable.
// The stub "electron" executable carries a fuse wire in Electron's format (sentinel, version, length,
// one byte per fuse, Electron 45's defaults), so @electron/fuses flips it exactly as in a real binary and
// the result is read back: the fuse step is exercised, not skipped.
// Usage: node scripts/check-package.mjs [--no-build]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const asar = require('@electron/asar');
const { getCurrentFuseWire, FuseV1Options } = require('@electron/fuses');
// @electron/fuses' FuseState (not exported from its index): a fuse byte is ASCII '1' on, '0' off.
const FUSE_ON = '1'.charCodeAt(0);
const FUSE_OFF = '0'.charCodeAt(0);

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
const electronVersion = JSON.parse(
  await readFile(path.join(root, 'node_modules/electron/package.json'), 'utf8'),
).version;
const failures = [];
const check = (ok, message) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${message}`);
  if (!ok) failures.push(message);
};

function run(command, args) {
  console.log(`check-package: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.signal})`);
}

if (!process.argv.includes('--no-build')) run('npm', ['run', 'build']);
for (const built of ['dist-electron/main.cjs', 'dist-electron/preload.cjs', 'dist/renderer/index.html']) {
  if (!existsSync(path.join(root, built)))
    throw new Error(`check-package: ${built} is missing; run npm run build`);
}

const work = await mkdtemp(path.join(tmpdir(), 'prayer-desk-pack-'));
try {
  // Stub Electron: the sentinel @electron/fuses looks for, wire version 1, 8 fuses, Electron 45's defaults
  // (RunAsNode on, cookie encryption off, NODE_OPTIONS on, --inspect on, asar integrity off, only-asar off,
  // V8 snapshot off, file: privileges on).
  const stubDist = path.join(work, 'electron-dist');
  await mkdir(stubDist);
  const wire = Buffer.from('10110001');
  await writeFile(
    path.join(stubDist, 'electron'),
    Buffer.concat([
      Buffer.from('#!/bin/sh\necho "stub Electron for the packaging check"\nexit 1\n'),
      Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'),
      Buffer.from([1, wire.length]),
      wire,
    ]),
  );
  await chmod(path.join(stubDist, 'electron'), 0o755);

  const out = path.join(work, 'release');
  run(process.execPath, [
    path.join(root, 'node_modules/electron-builder/cli.js'),
    '--linux',
    '--dir',
    '--publish',
    'never',
    `-c.electronDist=${stubDist}`,
    `-c.electronVersion=${electronVersion}`,
    `-c.directories.output=${out}`,
  ]);

  const appDir = path.join(out, 'linux-unpacked');
  const archive = path.join(appDir, 'resources', 'app.asar');
  check(existsSync(archive), 'resources/app.asar exists');
  const entries = asar
    .listPackage(archive, { isPack: false })
    .map((entry) => entry.split(path.sep).join('/'));
  const files = entries.filter((entry) => {
    try {
      return !('files' in asar.statFile(archive, entry.slice(1), false));
    } catch {
      return false;
    }
  });

  const wanted = [
    '/package.json',
    '/dist-electron/main.cjs',
    '/dist-electron/preload.cjs',
    '/dist/renderer/index.html',
    ...(existsSync(path.join(root, 'dist-electron/load-worker.cjs'))
      ? ['/dist-electron/load-worker.cjs']
      : []),
    ...(existsSync(path.join(root, 'dist-electron/parse-child.cjs'))
      ? ['/dist-electron/parse-child.cjs']
      : []),
  ];
  for (const file of wanted) check(files.includes(file), `app.asar holds ${file}`);
  const strays = files.filter(
    (file) =>
      !file.startsWith('/dist-electron/') && !file.startsWith('/dist/renderer/') && file !== '/package.json',
  );
  check(
    strays.length === 0,
    `app.asar holds nothing outside dist-electron/, dist/renderer/ and package.json${strays.length ? `: ${strays.slice(0, 10).join(', ')}` : ''}`,
  );
  check(!entries.some((e) => /(^|\/)test(\/|$)/.test(e)), 'app.asar holds nothing from test/');
  check(
    !entries.some((e) => e.startsWith('/node_modules')),
    'app.asar holds no node_modules (everything is bundled)',
  );
  check(
    !entries.some((e) => /\.(ts|tsx|map)$/.test(e)),
    'app.asar holds no TypeScript sources or source maps',
  );

  const packed = JSON.parse(asar.extractFile(archive, 'package.json').toString('utf8'));
  check(
    packed.main === 'dist-electron/main.cjs',
    `packed package.json main is dist-electron/main.cjs (${packed.main})`,
  );
  const mainFile = asar.extractFile(archive, 'dist-electron/main.cjs').toString('utf8');
  check(
    !/require\((['"])(zod|lunr|chokidar|iconv-lite|write-file-atomic)\1\)/.test(mainFile),
    'main.cjs bundles its dependencies',
  );

  const samplesSource = (await readdir(path.join(root, 'resources/samples'))).sort();
  const samplesPacked = existsSync(path.join(appDir, 'resources/samples'))
    ? (await readdir(path.join(appDir, 'resources/samples'))).sort()
    : [];
  check(samplesSource.length > 0, `resources/samples has sample bulletins (${samplesSource.length})`);
  check(
    JSON.stringify(samplesPacked) === JSON.stringify(samplesSource),
    `resources/samples ships next to app.asar with every sample (${samplesPacked.join(', ')})`,
  );
  check(existsSync(path.join(appDir, 'resources/icon.png')), 'resources/icon.png ships');

  const executable = path.join(appDir, pkg.build.linux?.executableName ?? pkg.name);
  const fuses = await getCurrentFuseWire(executable);
  const expected = {
    RunAsNode: pkg.build.electronFuses.runAsNode,
    EnableCookieEncryption: pkg.build.electronFuses.enableCookieEncryption,
    EnableNodeOptionsEnvironmentVariable: pkg.build.electronFuses.enableNodeOptionsEnvironmentVariable,
    EnableNodeCliInspectArguments: pkg.build.electronFuses.enableNodeCliInspectArguments,
    EnableEmbeddedAsarIntegrityValidation: pkg.build.electronFuses.enableEmbeddedAsarIntegrityValidation,
    OnlyLoadAppFromAsar: pkg.build.electronFuses.onlyLoadAppFromAsar,
    GrantFileProtocolExtraPrivileges: pkg.build.electronFuses.grantFileProtocolExtraPrivileges,
  };
  for (const [name, value] of Object.entries(expected)) {
    const actual = fuses[FuseV1Options[name]];
    check(actual === (value ? FUSE_ON : FUSE_OFF), `fuse ${name} is ${value ? 'on' : 'off'}`);
  }

  console.log('\napp.asar contents:');
  for (const file of files) console.log(`  ${file}`);
  console.log(`resources/: ${(await readdir(path.join(appDir, 'resources'))).join(', ')}`);
} finally {
  await rm(work, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.error(`\ncheck-package: ${failures.length} check(s) failed`);
  process.exit(1);
}
console.log('\ncheck-package: the packed app holds what it should');
