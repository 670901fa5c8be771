// Bundles the Electron side with esbuild: main process, preload and (when present) the library's load
// worker, each into one CommonJS file in dist-electron/. One file per entry matters: the sandboxed preload
// cannot require() local files, and the packaged app then needs no node_modules at all.
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist-electron');

// Electron 45 runs Node 22 in main/worker and Chromium 140 in the preload.
const entries = [
  { entry: 'electron/main/main.ts', out: 'main.cjs', target: 'node22' },
  { entry: 'electron/preload/preload.ts', out: 'preload.cjs', target: 'chrome140' },
  { entry: 'electron/core/library/load-worker.ts', out: 'load-worker.cjs', target: 'node22', optional: true },
  { entry: 'electron/core/library/parse-child.ts', out: 'parse-child.cjs', target: 'node22', optional: true },
];

await rm(outdir, { recursive: true, force: true });
for (const { entry, out, target, optional } of entries) {
  const file = path.join(root, entry);
  if (!existsSync(file)) {
    if (optional) continue;
    throw new Error(`build-electron: ${entry} is missing`);
  }
  await build({
    entryPoints: [file],
    outfile: path.join(outdir, out),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target,
    external: ['electron'],
    sourcemap: 'linked',
    // Readable stack traces in user reports matter more than a few kilobytes.
    minify: false,
    legalComments: 'linked',
    logLevel: 'warning',
  });
  console.log(`build-electron: ${entry} -> dist-electron/${out}`);
}
