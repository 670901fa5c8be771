// The same library of every format and every kind of bad input as test/electron/core/library/bad-input,
// through `prayer-desk parse`: every good file is a bulletin (with its encoding), every bad one a problem
// naming the file and the reason, exit code 0, clean JSON on stdout, and the folder untouched.
import type * as FsPromises from 'node:fs/promises';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Bulletin, ParseOutput } from '../../../../shared/model';
import { sourceFileOf } from '../../../../shared/bulletin-source';
import { runCli } from '../../../../electron/core/cli/run-cli';
import { readBulletinFile } from '../../../../electron/core/library/scan-folder';
import { snapshotFolder } from '../../../helpers/folder-snapshot';
import type { Expected } from '../../../fixtures/formats/make-bad-inputs';
import { writeBadLibrary, writeManyFiles } from '../../../fixtures/formats/make-bad-inputs';

// Root reads everything in CI, so unreadable and vanishing files are simulated through open().
const io = vi.hoisted(() => ({ failures: new Map<string, string>() }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>();
  const open: typeof actual.open = async (file, ...rest) => {
    for (const [suffix, code] of io.failures) {
      if (String(file).endsWith(suffix)) throw Object.assign(new Error(`${code}: simulated`), { code });
    }
    return actual.open(file, ...rest);
  };
  return { ...actual, open, default: { ...actual, open } };
});

let root: string;
let library: string;
let expected: Expected;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'pd-cli-bad-'));
  library = path.join(root, 'library');
  await mkdir(library);
  await mkdir(path.join(root, 'outside'));
  expected = await writeBadLibrary(library, path.join(root, 'outside'));
  for (const [name, code] of Object.entries(expected.injected)) io.failures.set(name, code);
}, 60_000);

afterAll(async () => {
  io.failures.clear();
  await rm(root, { recursive: true, force: true });
});

async function parse(folder: string): Promise<{ code: number; out: ParseOutput; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['parse', folder], {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    cwd: root,
    dataDir: path.join(root, 'cli-data'),
    // Read here, where the simulated failures of open() apply (hostile-files.test.ts: the parse pool).
    reader: { read: (dir, entry) => readBulletinFile(dir, entry), lanes: 1 },
  });
  return { code, out: JSON.parse(stdout) as ParseOutput, stderr };
}

describe('prayer-desk parse on bad input', () => {
  it('prints every good file as bulletins with their encoding and every bad one as a problem', async () => {
    const before = await snapshotFolder(library);
    const { code, out, stderr } = await parse('library');
    expect(code).toBe(0);
    expect(stderr).toBe('');

    const bySource = new Map<string, Bulletin[]>();
    for (const b of out.bulletins)
      bySource.set(sourceFileOf(b.file), [...(bySource.get(sourceFileOf(b.file)) ?? []), b]);
    expect([...bySource.keys()].sort()).toEqual(Object.keys(expected.loads).sort());
    for (const [file, { dates, encoding }] of Object.entries(expected.loads)) {
      const got = bySource.get(file)!;
      expect(got.map((b) => b.date).sort(), file).toEqual([...dates].sort());
      expect(new Set(got.map((b) => b.encoding)), file).toEqual(new Set([encoding]));
    }

    expect(out.problems.map((p) => p.file)).toEqual(Object.keys(expected.problems).sort());
    for (const problem of out.problems)
      expect(problem.error, problem.file).toMatch(expected.problems[problem.file]!);

    expect(await snapshotFolder(library)).toEqual(before);
  }, 60_000);

  it('gets the characters of every encoding right, and repairs mojibake saying so', async () => {
    const { out } = await parse('library');
    const text = (file: string) => {
      const b = out.bulletins.find((x) => x.file === file)!;
      return [b.scripture?.text ?? '', ...b.items.map((i) => i.text)].join('\n');
    };
    expect(text('formats/text/windows-1252.txt')).toContain('Give thanks: €40 raised… “well done” – all.');
    for (const file of [
      'formats/text/utf-16le-bom.txt',
      'formats/text/utf-16be-bom.txt',
      'formats/text/utf-16le-no-bom.txt',
    ]) {
      expect(text(file), file).toMatch(/justice|Defend|Seek/);
    }
    expect(text('formats/text/utf-8-bom.txt')).toContain(
      'Thank God for police in Zambia who returned a widow’s farm',
    );
    const mojibake = out.bulletins.find((b) => b.file === 'formats/text/mojibake.txt')!;
    expect(text(mojibake.file)).toContain('who’s ruled that a widow may keep her late husband’s land');
    expect(text(mojibake.file)).toContain('the café workers in Peru who told police what they saw … and now');
    expect(text(mojibake.file)).not.toMatch(/â€|Ã/);
    expect(mojibake.warnings[0]).toMatch(/^Repaired \d+ garbled characters/);
    expect(text('formats/mail/quoted-printable-1252.eml')).toContain('the €1,000 fine');
  }, 60_000);

  it('keeps the names of files in non-Latin scripts as they are', async () => {
    const { out } = await parse('library');
    const files = out.bulletins.map((b) => b.file).filter((f) => f.startsWith('names/'));
    expect(files.sort()).toEqual(
      [
        'names/Молитва 2024-09-01.txt',
        'names/ጸሎት/ጸሎት 2024-09-08.txt',
        'names/คำอธิษฐาน.md',
        'names/祷告事项.html',
      ].sort(),
    );
  }, 60_000);

  it('gives each week of a multi-week file its own id: the path, then path#2, path#3', async () => {
    const { out } = await parse('library');
    const church = out.bulletins.filter((b) => sourceFileOf(b.file) === 'formats/html/church-page.htm');
    expect(church.map((b) => [b.file, b.date])).toEqual([
      ['formats/html/church-page.htm', '2024-05-05'],
      ['formats/html/church-page.htm#2', '2024-05-12'],
      ['formats/html/church-page.htm#3', '2024-05-19'],
    ]);
  }, 60_000);

  it('loads 10,000 files in one folder', async () => {
    const many = path.join(root, 'many');
    await writeManyFiles(many, 10_000);
    const { code, out } = await parse('many');
    expect(code).toBe(0);
    expect(out.problems).toEqual([]);
    expect(out.bulletins).toHaveLength(10_000);
    expect(new Set(out.bulletins.map((b) => b.file)).size).toBe(10_000);
  }, 120_000);
});
