// The library service with everything real: the parser, Lunr, the bundled samples and the load worker
// thread (run from its TypeScript source through tsx), on temporary folders of bulletins written here.
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LibraryProgress } from '../../../../shared/library-types';
import { snapshotFolder } from '../../../helpers/folder-snapshot';
import { cacheDirFor } from '../../../../electron/core/library/library-cache';
import type { LibraryLoader, LoadOutcome } from '../../../../electron/core/library/library-loader';
import type { LibraryService } from '../../../../electron/core/library/library-service';
import { createLibraryService } from '../../../../electron/core/library/library-service';
import { createWorkerLoader } from '../../../../electron/core/library/worker-loader';
import { recordEvents, removeDirs, tempDir, writeFiles } from './helpers/fake-library';

const workerPath = new URL('../../../../electron/core/library/load-worker.ts', import.meta.url);
const samplesDir = fileURLToPath(new URL('../../../../resources/samples', import.meta.url));

// Bulletins in the usual shape, in our own words.
const bulletin = (date: string, lines: string[]) =>
  [
    'IJM Prayer Requests',
    '',
    date,
    '',
    '“Seek justice, defend the oppressed.” — Isaiah 1:17',
    '',
    ...lines,
    '',
  ].join('\n');

const LIBRARY = {
  '2024/2024-05-05.txt': bulletin('May 5, 2024', [
    'Praise God for a family in Kenya who were freed from a land dispute this week.',
    '',
    'Latin America & Caribbean',
    '',
    '  • Pray for the social workers in Guatemala who support young survivors.',
  ]),
  '2024/2024-05-12.txt': bulletin('May 12, 2024', [
    'South Asia',
    '',
    '  • Pray for families leaving bonded labour at a brick kiln in India.',
  ]),
  '2024-06-02.txt': bulletin('June 2, 2024', [
    'Southeast Asia & Pacific',
    '',
    '  • Thank God for a court hearing in the Philippines that went ahead at last.',
  ]),
};

let userData: string;
let library: string;
const services: LibraryService[] = [];

beforeEach(async () => {
  userData = await tempDir('e2e-user');
  library = await tempDir('e2e-library');
  await writeFiles(library, LIBRARY);
});

afterEach(async () => {
  for (const service of services.splice(0)) await service.close();
  await removeDirs(userData, library);
});

/** The worker loader, with a spy on what each load did (how many files it parsed). */
function spiedWorkerLoader() {
  const outcomes: LoadOutcome[] = [];
  const worker = createWorkerLoader(workerPath);
  const loader: LibraryLoader = async (job, onProgress, signal) => {
    const outcome = await worker(job, onProgress, signal);
    outcomes.push(outcome);
    return outcome;
  };
  return { loader, outcomes };
}

async function start(watch = false) {
  const { loader, outcomes } = spiedWorkerLoader();
  const service = await createLibraryService({
    userDataDir: userData,
    samplesDir,
    appVersion: '0.0.0-test',
    loader,
    watch,
    watchDebounceMs: 50,
  });
  services.push(service);
  return { service, events: recordEvents(service), outcomes };
}

const files = (service: LibraryService, text: string) => [
  ...new Set(service.search({ text }).hits.map((h) => h.file)),
];

describe('the load worker', { timeout: 60_000 }, () => {
  it('loads a folder in a worker thread, reporting progress', async () => {
    const load = createWorkerLoader(workerPath);
    const progress: LibraryProgress[] = [];
    const outcome = await load({ root: library, userDataDir: userData, appVersion: 't' }, (p) =>
      progress.push(p),
    );
    expect(outcome.readCount).toBe(3);
    expect(outcome.files.map((f) => f.file)).toEqual([
      '2024-06-02.txt',
      '2024/2024-05-05.txt',
      '2024/2024-05-12.txt',
    ]);
    expect(outcome.files.every((f) => f.bulletins.length === 1 && f.problems.length === 0)).toBe(true);
    expect(outcome.index).not.toBeNull();
    expect(progress[0]).toEqual({ done: 0, total: 3, current: '' });
    expect(progress.at(-1)).toEqual({ done: 3, total: 3, current: '' });
  });

  it('is stopped when the load is cancelled', async () => {
    const load = createWorkerLoader(workerPath);
    const controller = new AbortController();
    const job = { root: library, userDataDir: userData, appVersion: 't' };
    const run = load(job, () => controller.abort(new Error('cancelled')), controller.signal);
    await expect(run).rejects.toThrow('cancelled');
  });

  it('reports a folder it cannot read as an error', async () => {
    const load = createWorkerLoader(workerPath);
    const job = { root: path.join(library, 'missing'), userDataDir: userData, appVersion: 't' };
    await expect(load(job, () => undefined)).rejects.toThrow(/ENOENT|no such/);
  });
});

describe('the library service, end to end', { timeout: 60_000 }, () => {
  it('ships sample bulletins that read cleanly: dated in the text, with a verse, regions and a pseudonym', async () => {
    const { service, events } = await start();
    await events.next('ready');
    const summaries = service.listBulletins();
    expect(summaries.length).toBeGreaterThanOrEqual(3);
    expect(summaries.length).toBeLessThanOrEqual(5);
    for (const summary of summaries) {
      expect(summary).toMatchObject({ title: 'Sample bulletin — Prayer Desk', dateSource: 'text' });
      expect(summary.date).toMatch(/^202[45]-/);
      expect(summary.scriptureReference).toMatch(/\d+:\d+/);
      expect(Object.keys(summary.regionCounts).length).toBeGreaterThanOrEqual(3);
    }
    expect(new Set(summaries.map((s) => s.date)).size).toBe(summaries.length);
    const items = summaries.flatMap((s) => service.getBulletin(s.file)?.items ?? []);
    expect(items.some((i) => i.pseudonyms.length > 0)).toBe(true);
    expect(new Set(items.map((i) => i.kind))).toEqual(new Set(['praise', 'prayer', 'info']));
    expect(service.search({ text: 'Uganda' }).total).toBeGreaterThan(0);
  });

  it('shows the bundled samples first, then a chosen folder, then serves the next start from the cache', async () => {
    const first = await start();
    const samples = await first.events.next('ready');
    expect(samples.state).toMatchObject({ isSample: true, folder: samplesDir, problems: [] });
    expect(samples.state.bulletinCount).toBeGreaterThanOrEqual(3);
    expect(first.service.listBulletins().every((b) => b.title?.includes('Sample bulletin'))).toBe(true);

    const state = await first.service.openFolder(library);
    expect(state).toMatchObject({ folder: library, isSample: false, bulletinCount: 3, problems: [] });
    const progress = first.events.events.filter((e) => e.type === 'progress').map((e) => e.progress);
    expect(progress).toContainEqual({ done: 3, total: 3, current: '' });
    expect(files(first.service, 'Guatemala')).toEqual(['2024/2024-05-05.txt']);
    expect(files(first.service, 'bonded labor')).toEqual(['2024/2024-05-12.txt']);
    expect(first.outcomes.at(-1)?.readCount).toBe(3);
    await first.service.close();

    const second = await start();
    const ready = await second.events.next('ready');
    expect(ready.state).toMatchObject({ folder: library, bulletinCount: 3 });
    expect(second.outcomes.map((o) => o.readCount)).toEqual([0]);
    expect(files(second.service, 'Philippines')).toEqual(['2024-06-02.txt']);
  });

  it('rebuilds a damaged cache silently', async () => {
    const first = await start();
    await first.events.next('ready');
    await first.service.openFolder(library);
    await first.service.close();
    await writeFile(path.join(cacheDirFor(userData, library), 'bulletins.json'), '{"format":1,"app');
    const second = await start();
    const ready = await second.events.next('ready');
    expect(ready.state).toMatchObject({ bulletinCount: 3, problems: [] });
    expect(second.events.events.some((e) => e.type === 'error')).toBe(false);
    expect(second.outcomes.map((o) => o.readCount)).toEqual([3]);
  });

  it('keeps up with the folder while watching, and never writes into it', async () => {
    const first = await start();
    await first.events.next('ready');
    await first.service.openFolder(library);
    await first.service.close();
    const before = await snapshotFolder(library);

    const { service, events, outcomes } = await start(true);
    await events.next('ready');
    const added = bulletin('July 7, 2024', ['Pray for the new team in Ghana as they open an office.']);
    await writeFile(path.join(library, '2024-07-07.txt'), added);
    await events.next('changed', () => files(service, 'Ghana').length === 1);
    expect(outcomes.at(-1)?.readCount).toBe(1);
    await rm(path.join(library, '2024-07-07.txt'));
    await events.next('changed', () => files(service, 'Ghana').length === 0);
    expect(service.getState().bulletinCount).toBe(3);
    await service.close();
    expect(await snapshotFolder(library)).toEqual(before);
  });
});
