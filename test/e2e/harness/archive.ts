// A generated 1,000-bulletin archive for the end-to-end scenarios at real size. Generated once per run of
// the generator's code into the system's temp folder (keyed by a hash of the generator's sources), so
// every e2e file and every rerun shares one copy; a marker written last says the copy is complete.
import { createHash } from 'node:crypto';
import { access, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { writeArchive } from '../../bench/generate-archive';
import { REPO_ROOT } from './build-renderer';

export const ARCHIVE_COUNT = 1000;

const GENERATOR_SOURCES = [
  'test/bench/generate-archive.ts',
  'test/bench/sentences.ts',
  'test/bench/world.ts',
  'test/bench/word-lists.ts',
  'test/bench/prng.ts',
];

const building = new Map<number, Promise<string>>();

async function generatorHash(count: number): Promise<string> {
  const hash = createHash('sha256').update(String(count));
  for (const file of GENERATOR_SOURCES) hash.update(await readFile(path.join(REPO_ROOT, file)));
  return hash.digest('hex').slice(0, 12);
}

async function ensureArchive(count: number): Promise<string> {
  const dir = path.join(os.tmpdir(), `prayer-desk-e2e-archive-${count}-${await generatorHash(count)}`);
  const marker = path.join(dir, '.complete');
  try {
    await access(marker);
    return dir;
  } catch {
    // Not there yet (or half written by a run that stopped): write it afresh.
  }
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await writeArchive(dir, { count });
  await writeFile(marker, new Date().toISOString());
  return dir;
}

/** The folder of the generated archive of `count` bulletins (1,000 by default). */
export function generatedArchive(count = ARCHIVE_COUNT): Promise<string> {
  let pending = building.get(count);
  if (!pending) {
    pending = ensureArchive(count);
    building.set(count, pending);
  }
  return pending;
}
