// Builds the renderer once for the end-to-end tests (and the UI bench), into its own folder under
// test-results/ so a test run never races `npm run build` over dist/renderer. Skipped when the build is
// newer than every source file it is made from.
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const E2E_RENDERER_DIR = path.join(REPO_ROOT, 'test-results/e2e-renderer');

async function newestMtime(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, await newestMtime(full));
    else newest = Math.max(newest, (await stat(full)).mtimeMs);
  }
  return newest;
}

async function builtAt(outDir: string): Promise<number> {
  try {
    return (await stat(path.join(outDir, '.built'))).mtimeMs;
  } catch {
    return 0;
  }
}

/** Returns the folder holding index.html and its assets. */
export async function buildRenderer(outDir = E2E_RENDERER_DIR): Promise<string> {
  const sources = Math.max(
    await newestMtime(path.join(REPO_ROOT, 'renderer')),
    await newestMtime(path.join(REPO_ROOT, 'shared')),
    (await stat(path.join(REPO_ROOT, 'vite.config.ts'))).mtimeMs,
  );
  if ((await builtAt(outDir)) > sources) return outDir;
  await rm(path.join(outDir, '.built'), { force: true });
  const { build } = await import('vite');
  await build({
    configFile: path.join(REPO_ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  await mkdir(outDir, { recursive: true });
  await writeFile(path.join(outDir, '.built'), new Date().toISOString());
  return outDir;
}
