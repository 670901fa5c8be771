// Issue 12: a bad file never stops the others, proven on the files that used to take the library down.
// Built here at test time: the Word document whose relationships name a ~400 MB main part that is not
// called *.xml, the one-page PDF whose content inflates to ~300 MB, and files that make the reader hang,
// run out of heap and crash (helpers/hostile-parse-child.ts, which reads every other file for real).
// Through the library service (worker thread + parse pool of forked children) and the CLI, each is named
// in plain words, the good files are read, and the next start does not parse the stopped ones again.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../../../shared/model';
import { runCli } from '../../../../electron/core/cli/run-cli';
import { CACHE_FOLDER } from '../../../../electron/core/library/library-cache';
import type { LibraryService } from '../../../../electron/core/library/library-service';
import { createLibraryService } from '../../../../electron/core/library/library-service';
import { forkChild } from '../../../../electron/core/library/parse-pool';
import { readLimitsFor } from '../../../../electron/core/library/read-limits';
import { STOPPED_FOLDER } from '../../../../electron/core/library/stopped-files';
import { snapshotFolder } from '../../../helpers/folder-snapshot';
import { docxBomb, pdfBomb, pdfDocument, wordDocument } from '../../../fixtures/formats/make-killer-files';
import { recordEvents, removeDirs, tempDir } from './helpers/fake-library';

const workerPath = fileURLToPath(
  new URL('../../../../electron/core/library/load-worker.ts', import.meta.url),
);
const samplesDir = fileURLToPath(new URL('../../../../resources/samples', import.meta.url));
const HOSTILE = fileURLToPath(new URL('./helpers/hostile-parse-child.ts', import.meta.url));

/** Short limits for the files built to misbehave (the real ones would make the test wait 20 s). */
const limits = (file: string, size: number) =>
  /hang|oom|crash/.test(file) ? { timeMs: 4000, heapMb: 64 } : readLimitsFor(file, size);

const week = (date: string, country: string, town: string) => [
  'IJM Prayer Requests',
  date,
  country,
  `Pray for the survivors in ${town} who begin aftercare this week, and for the social workers who sit with them through every hearing, every question from the court and every long wait in the corridor outside.`,
];

const GOOD = ['good/2024-03-03.txt', 'good/2024-03-10.docx', 'good/2024-03-17.pdf'];
const STOPPED = ['hostile/crash.txt', 'hostile/hang.txt', 'hostile/oom.txt'];
const KILLERS = ['killers/main-part-not-xml.docx', 'killers/page-of-300-mb.pdf'];

let library: string;
let log: string;

beforeAll(async () => {
  library = await tempDir('hostile-library');
  const put = async (rel: string, content: string | Buffer) => {
    await mkdir(path.dirname(path.join(library, rel)), { recursive: true });
    await writeFile(path.join(library, rel), content);
  };
  await put(GOOD[0]!, week('March 3, 2024', 'Kenya', 'Nairobi').join('\n\n'));
  await put(GOOD[1]!, wordDocument(week('March 10, 2024', 'Philippines', 'Manila'), 'word/main.xml'));
  await put(GOOD[2]!, pdfDocument(week('March 17, 2024', 'Guatemala', 'Guatemala City')));
  for (const file of STOPPED) await put(file, week('March 24, 2024', 'Uganda', 'Kampala').join('\n\n'));
  await put(KILLERS[0]!, await docxBomb());
  await put(KILLERS[1]!, await pdfBomb());
  log = path.join(await tempDir('hostile-log'), 'parsed.txt');
  process.env.PD_PARSE_LOG = log;
}, 120_000);

afterAll(async () => {
  delete process.env.PD_PARSE_LOG;
  await removeDirs(library, path.dirname(log));
});

/** The files the children were asked to parse since the last call. */
async function parsed(): Promise<string[]> {
  const text = existsSync(log) ? await readFile(log, 'utf8') : '';
  await rm(log, { force: true });
  return text.split('\n').filter(Boolean).sort();
}

function expectNamed(problems: Problem[]) {
  const byFile = new Map(problems.map((p) => [p.file, p]));
  expect(byFile.get('hostile/hang.txt')).toMatchObject({
    stopped: 'time',
    error: expect.stringMatching(/took too long to read/),
  });
  expect(byFile.get('hostile/oom.txt')).toMatchObject({
    stopped: 'memory',
    error: expect.stringMatching(/needs more memory than a bulletin can/),
  });
  expect(byFile.get('hostile/crash.txt')).toMatchObject({ stopped: 'crash' });
  expect(byFile.get(KILLERS[0]!)?.error).toMatch(/unpacks to far more text than any bulletin holds/);
  expect(byFile.get(KILLERS[1]!)?.error).toMatch(/holds a page that unpacks to far more than any bulletin/);
  expect([...byFile.keys()].sort()).toEqual([...KILLERS, ...STOPPED].sort());
}

describe('hostile files in the library service', { timeout: 240_000 }, () => {
  let userData: string;
  const services: LibraryService[] = [];
  beforeAll(async () => {
    userData = await tempDir('hostile-user');
  });
  afterAll(async () => {
    for (const service of services) await service.close();
    await removeDirs(userData);
  });

  const start = async () => {
    const service = await createLibraryService({
      userDataDir: userData,
      samplesDir,
      appVersion: '0.0.0-test',
      workerPath,
      spawnParser: forkChild(HOSTILE),
      readLimits: limits,
      watch: false,
    });
    services.push(service);
    return { service, events: recordEvents(service) };
  };

  it('names each bad file, reads the good ones, and does not parse the stopped ones again', async () => {
    const before = await snapshotFolder(library);
    const first = await start();
    await first.events.next('ready');
    await parsed();
    const state = await first.service.openFolder(library);
    expect(state.status).toBe('ready');
    expectNamed(state.problems);
    expect(
      first.service
        .listBulletins()
        .map((b) => b.file)
        .sort(),
    ).toEqual(GOOD);
    expect(await parsed()).toEqual([...GOOD, ...KILLERS, ...STOPPED].sort());
    await first.service.close();

    // The next start, from the cache: nothing parsed at all, the same problems shown.
    const second = await start();
    const ready = await second.events.next('ready');
    expectNamed(ready.state.problems);
    expect(ready.state.bulletinCount).toBe(3);
    // Reload reads again the files that gave nothing (locked or half-copied then); not the stopped ones.
    await second.service.reload();
    expect(await parsed()).toEqual(KILLERS);
    await second.service.close();

    // Without the cache (a new version of the app): the stopped files are still not parsed again.
    await rm(path.join(userData, CACHE_FOLDER), { recursive: true, force: true });
    const third = await start();
    const again = await third.events.next('ready');
    expectNamed(again.state.problems);
    expect(await parsed()).toEqual([...GOOD, ...KILLERS].sort());
    expect(existsSync(path.join(userData, STOPPED_FOLDER))).toBe(true);

    // "Try again": that file, and only it, is parsed once more (and stopped once more).
    const tried = await third.service.tryAgain('hostile/crash.txt');
    expect(await parsed()).toEqual(['hostile/crash.txt']);
    expect(tried.problems.find((p) => p.file === 'hostile/crash.txt')).toMatchObject({ stopped: 'crash' });
    expect(await snapshotFolder(library)).toEqual(before);
  });
});

describe('hostile files in the CLI', { timeout: 240_000 }, () => {
  it('names each bad file, prints the good ones, and skips the stopped ones on the next run', async () => {
    const dataDir = await tempDir('hostile-cli-data');
    const run = async () => {
      let stdout = '';
      const code = await runCli(['parse', library], {
        stdout: (t) => void (stdout += t),
        stderr: () => undefined,
        cwd: library,
        dataDir,
        parseChild: HOSTILE,
        readLimits: limits,
      });
      return { code, out: JSON.parse(stdout) as { bulletins: { file: string }[]; problems: Problem[] } };
    };
    try {
      await parsed();
      const first = await run();
      expect(first.code).toBe(0);
      expectNamed(first.out.problems);
      expect(first.out.bulletins.map((b) => b.file).sort()).toEqual(GOOD);
      expect(await parsed()).toEqual([...GOOD, ...KILLERS, ...STOPPED].sort());

      const second = await run();
      expectNamed(second.out.problems);
      expect(second.out.bulletins.map((b) => b.file).sort()).toEqual(GOOD);
      expect(await parsed()).toEqual([...GOOD, ...KILLERS].sort());
    } finally {
      await removeDirs(dataDir);
    }
  });
});
