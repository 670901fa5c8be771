// Everything a church office's archive holds, good and bad, in one library folder: every good file loads,
// every bad one is one entry in the app's Problems list naming the file and the reason in plain words,
// nothing crashes, hangs or fills memory, and the folder is never written to.
import { existsSync } from 'node:fs';
import type * as FsPromises from 'node:fs/promises';
import { mkdir, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Bulletin, Problem } from '../../../../shared/model';
import { sourceFileOf } from '../../../../shared/bulletin-source';
import { createInProcessLoader } from '../../../../electron/core/library/library-loader';
import { createLibraryService } from '../../../../electron/core/library/library-service';
import type { LibraryService } from '../../../../electron/core/library/library-service';
import {
  listBulletinFiles,
  loadFolder,
  readBulletinFile,
} from '../../../../electron/core/library/scan-folder';
import { snapshotFolder } from '../../../helpers/folder-snapshot';
import { fakeEngine, fakeEngines } from './helpers/fake-library';
import type { Expected } from '../../../fixtures/formats/make-bad-inputs';
import {
  HUGE_BYTES,
  HUGE_FILE,
  writeBadLibrary,
  writeManyFiles,
} from '../../../fixtures/formats/make-bad-inputs';

// Root reads everything in CI, so an unreadable file is simulated: open() fails for the names listed
// here. Every path opened is recorded, to show the huge file is never opened at all.
const io = vi.hoisted(() => ({ failures: new Map<string, string>(), opened: [] as string[] }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>();
  const open: typeof actual.open = async (file, ...rest) => {
    const name = String(file);
    io.opened.push(name);
    for (const [suffix, code] of io.failures) {
      if (name.endsWith(suffix)) throw Object.assign(new Error(`${code}: simulated`), { code });
    }
    return actual.open(file, ...rest);
  };
  return { ...actual, open, default: { ...actual, open } };
});

let root: string;
let library: string;
let outside: string;
let expected: Expected;
const services: LibraryService[] = [];

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'pd-bad-'));
  library = path.join(root, 'library');
  outside = path.join(root, 'outside');
  for (const dir of [library, outside, path.join(root, 'samples')]) await mkdir(dir);
  expected = await writeBadLibrary(library, outside);
  for (const [name, code] of Object.entries(expected.injected)) io.failures.set(name, code);
}, 60_000);

afterAll(async () => {
  for (const service of services.splice(0)) await service.close();
  io.failures.clear();
  await rm(root, { recursive: true, force: true });
});

function expectLoadedAsExpected(bulletins: readonly Bulletin[], problems: readonly Problem[]): void {
  const byFile = new Map<string, Bulletin[]>();
  for (const b of bulletins) {
    const source = sourceFileOf(b.file);
    byFile.set(source, [...(byFile.get(source) ?? []), b]);
  }
  for (const [file, { dates, encoding }] of Object.entries(expected.loads)) {
    const got = byFile.get(file) ?? [];
    expect(got.map((b) => b.date).sort(), file).toEqual([...dates].sort());
    for (const b of got) expect(b.encoding, file).toBe(encoding);
    expect(got.map((b) => b.file).sort(), file).toEqual(
      dates.map((_, i) => (i === 0 ? file : `${file}#${i + 1}`)).sort(),
    );
  }
  // Nothing loads that was not expected to.
  expect([...byFile.keys()].sort()).toEqual(Object.keys(expected.loads).sort());
  // Every bad file is exactly one problem naming it, with its reason; there are no others.
  expect(problems.map((p) => p.file).sort()).toEqual(Object.keys(expected.problems).sort());
  for (const problem of problems) {
    expect(problem.error, problem.file).toMatch(expected.problems[problem.file]!);
    // Plain words: no stack traces, no library jargon.
    expect(problem.error, problem.file).not.toMatch(/\bat .+:\d+:\d+|TypeError|undefined|ENOENT|EACCES/);
  }
}

describe('a library full of bad input', () => {
  it('loads every good file and lists every bad one, naming it and the reason (loadFolder)', async () => {
    io.opened.length = 0;
    const out = await loadFolder(library);
    expectLoadedAsExpected(out.bulletins, out.problems);
    expect(io.opened.some((p) => p.endsWith(HUGE_FILE.split('/').pop()!))).toBe(false);
  }, 60_000);

  it('shows the same in the app: bulletins load and the Problems list names each bad file', async () => {
    const service = await createLibraryService({
      userDataDir: path.join(root, 'user-data'),
      samplesDir: path.join(root, 'samples'),
      appVersion: 'bad-input-test',
      watch: false,
    });
    services.push(service);
    const state = await service.openFolder(library);
    expect(state.status).toBe('ready');
    const bulletins = service.listBulletins().map((s) => service.getBulletin(s.file)!);
    expectLoadedAsExpected(bulletins, state.problems);
    // Each bulletin of a multi-week file is its own entry, found again by its own id.
    expect(service.getBulletin('formats/html/church-page.htm#3')?.date).toBe('2024-05-19');
  }, 60_000);

  it('runs nothing from a hostile web page and fetches nothing it names', async () => {
    const connect = vi.spyOn(net.Socket.prototype, 'connect');
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const read = await readBulletinFile(library, { file: 'bad/hostile.html', size: 2000, mtimeMs: 0 });
    expect(connect).not.toHaveBeenCalled();
    expect(fetchSpy).not.toHaveBeenCalled();
    connect.mockRestore();
    fetchSpy.mockRestore();
    expect(existsSync('/tmp/pwned')).toBe(false);
    expect((globalThis as { PWNED?: boolean }).PWNED).toBeUndefined();
    const text = JSON.stringify(read.bulletins);
    expect(read.bulletins[0]?.items.map((i) => i.countries)).toEqual([['Malawi'], ['India']]);
    for (const leaked of ['IFRAME', 'SRCDOC', 'ALT', 'OBJECT', 'SVG', 'INPUT', 'BUTTON', 'SCRIPT', 'evil']) {
      expect(text).not.toContain(leaked);
    }
  });

  it('never writes into the library folder: bytes and times are the same before and after', async () => {
    const before = await snapshotFolder(library);
    await loadFolder(library);
    await readBulletinFile(library, { file: 'formats/word/bulletin.docx', size: 1, mtimeMs: 0 });
    expect(await snapshotFolder(library)).toEqual(before);
  }, 60_000);
});

describe('each bad input on its own', () => {
  it('skips a 200 MB file by its size without reading it, and memory stays bounded', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'pd-huge-'));
    try {
      await writeFile(path.join(dir, 'ok.txt'), 'IJM Prayer Requests\n\nMay 5, 2024\n\nPray for Peru.\n');
      await writeFile(path.join(dir, 'huge.txt'), '');
      await truncate(path.join(dir, 'huge.txt'), HUGE_BYTES);
      io.opened.length = 0;
      const before = process.memoryUsage();
      const out = await loadFolder(dir);
      const after = process.memoryUsage();
      expect(out.bulletins.map((b) => b.file)).toEqual(['ok.txt']);
      expect(out.problems).toEqual([{ file: 'huge.txt', error: expect.stringMatching(/too large.*200 MB/) }]);
      expect(io.opened.some((p) => p.endsWith('huge.txt'))).toBe(false);
      const grown = after.arrayBuffers - before.arrayBuffers + (after.heapUsed - before.heapUsed);
      expect(grown).toBeLessThan(32 * 1024 * 1024);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reports a file that vanishes while the folder is being read, and loads the rest', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'pd-vanish-'));
    try {
      for (const [name, country] of [
        ['a.txt', 'Peru'],
        ['b.txt', 'Chile'],
        ['c.txt', 'Kenya'],
      ]) {
        await writeFile(
          path.join(dir, name!),
          `IJM Prayer Requests\n\nMay 5, 2024\n\nPray for ${country}.\n`,
        );
      }
      const out = await loadFolder(dir, {
        onProgress: ({ current }) => {
          // While a.txt is being read, b.txt is deleted (it was already listed).
          if (current === 'a.txt') void rm(path.join(dir, 'b.txt'));
        },
      });
      expect(out.bulletins.map((b) => b.file)).toEqual(['a.txt', 'c.txt']);
      expect(out.problems).toEqual([
        { file: 'b.txt', error: 'This file disappeared while it was being read.' },
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reports a folder given as a file in plain words', async () => {
    const read = await readBulletinFile(library, { file: 'bad/folder.txt', size: 0, mtimeMs: 0 });
    expect(read).toEqual({
      bulletins: [],
      problems: [
        { file: 'bad/folder.txt', error: 'This file could not be read (it is a folder, not a file).' },
      ],
    });
  });

  it('does not follow links to folders: back up the tree (a loop) quietly, leading outside with a problem', async () => {
    const whole = await listBulletinFiles(library);
    expect(whole.files.filter((f) => f.file.startsWith('links/'))).toEqual([]);
    expect(whole.problems.map((p) => p.file).filter((f) => f.startsWith('links/'))).toEqual([
      'links/loop-a.txt',
      'links/loop-b.txt',
      'links/outside-folder',
      'links/outside.txt',
    ]);
    // Seen from the links folder itself, "up" leads outside it: then it is reported too.
    const inner = await listBulletinFiles(path.join(library, 'links'));
    expect(inner.problems.map((p) => p.file)).toContain('up');
  });

  it('loads 10,000 files in one folder in the app', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'pd-many-'));
    try {
      await writeManyFiles(dir, 10_000);
      // The app, with the real folder scan and parser; a trivial search index keeps the test quick.
      // (bad-input-cli.test.ts loads the same through the CLI.)
      const service = await createLibraryService({
        userDataDir: path.join(root, 'many-user-data'),
        samplesDir: path.join(root, 'samples'),
        appVersion: 'many-files-test',
        watch: false,
        loader: createInProcessLoader({
          listBulletinFiles,
          readBulletinFile,
          createSearchEngine: fakeEngine,
        }),
        engines: fakeEngines().engines,
      });
      services.push(service);
      const state = await service.openFolder(dir);
      expect(state).toMatchObject({ status: 'ready', bulletinCount: 10_000, problems: [] });
      expect(new Set(service.listBulletins().map((b) => b.file)).size).toBe(10_000);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
