// Bundles the command line (electron/core/cli/main.ts) with esbuild into dist-cli/prayer-desk-cli.mjs, the
// `prayer-desk-cli` bin: plain JavaScript that starts without compiling TypeScript (tsx spent about 1.5 s
// on that for every cold `npm run cli`). ES modules with code splitting, so the PDF reader's pdf.js
// (3.5 MB of the 6 MB the readers weigh) sits in its own chunk under dist-cli/chunks/ and is only loaded
// when a folder holds a PDF. Bundled dependencies written as CommonJS call require(); the banner gives the
// module a real one.
import { chmod, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist-cli');

await rm(outdir, { recursive: true, force: true });
await build({
  entryPoints: {
    'prayer-desk-cli': path.join(root, 'electron/core/cli/main.ts'),
    // Each file is parsed in a child process that can be stopped (parse-pool.ts); main.ts forks this one.
    'parse-child': path.join(root, 'electron/core/library/parse-child.ts'),
  },
  outdir,
  outExtension: { '.js': '.mjs' },
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  platform: 'node',
  format: 'esm',
  // package.json's engines: the CLI runs on Node 20.19 as well as 22.
  target: 'node20',
  banner: {
    js: [
      '#!/usr/bin/env node',
      "import { createRequire as __prayerDeskCreateRequire } from 'node:module';",
      'const require = __prayerDeskCreateRequire(import.meta.url);',
    ].join('\n'),
  },
  // Readable stack traces in bug reports matter more than start-up milliseconds (V8 parses lazily).
  minify: false,
  legalComments: 'linked',
  logLevel: 'warning',
});
await chmod(path.join(outdir, 'prayer-desk-cli.mjs'), 0o755);
console.log('build-cli: electron/core/cli/main.ts -> dist-cli/prayer-desk-cli.mjs');
