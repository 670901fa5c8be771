// Reads a library folder into bulletins. Read-only by design: nothing here opens a file for writing,
// because the folder is the user's archive, not ours.
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Bulletin, ParseOutput, Problem } from '../../../shared/model';
import type { LibraryProgress } from '../../../shared/library-types';
import { parseBulletin } from '../parse/parse-bulletin';
import { ReadError } from '../readers/reader';
import { readerFor, unsupportedReason } from '../readers/reader-registry';

export interface FileEntry {
  /** Relative to the library folder, '/' separators. */
  file: string;
  size: number;
  mtimeMs: number;
}

export interface FileRead {
  bulletins: Bulletin[];
  problems: Problem[];
}

/** Larger than any real bulletin by a wide margin; reading it whole would only waste memory. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Deeper than any real archive; a guard against pathological trees. */
const MAX_DEPTH = 64;

/** Lists the files a reader can handle, sorted by path; other bulletin-like files become problems. */
export async function listBulletinFiles(root: string): Promise<{ files: FileEntry[]; problems: Problem[] }> {
  const files: FileEntry[] = [];
  const problems: Problem[] = [];
  const realRoot = await realpath(root);
  await walk(realRoot, '', 0, files, problems);
  files.sort((a, b) => compareStrings(a.file, b.file));
  problems.sort((a, b) => compareStrings(a.file, b.file));
  return { files, problems };
}

async function walk(
  realRoot: string,
  relDir: string,
  depth: number,
  files: FileEntry[],
  problems: Problem[],
): Promise<void> {
  if (depth > MAX_DEPTH) {
    problems.push({ file: relDir, error: `Folders nested deeper than ${MAX_DEPTH} levels were not read.` });
    return;
  }
  let entries;
  try {
    entries = await readdir(path.join(realRoot, relDir), { withFileTypes: true });
  } catch (error) {
    problems.push({ file: relDir || '.', error: `This folder could not be opened (${codeOf(error)}).` });
    return;
  }
  for (const entry of entries) {
    // Hidden files and folders (.git, .DS_Store, ~$ Word lock files) are never bulletins.
    if (entry.name.startsWith('.') || entry.name.startsWith('~$')) continue;
    const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
    const abs = path.join(realRoot, rel);
    if (entry.isSymbolicLink()) {
      await visitLink(realRoot, rel, abs, files, problems);
    } else if (entry.isDirectory()) {
      await walk(realRoot, rel, depth + 1, files, problems);
    } else if (entry.isFile()) {
      await addFile(rel, abs, files, problems);
    }
  }
}

/** Links are followed only to files inside the folder: links to folders could loop or leave the library. */
async function visitLink(
  realRoot: string,
  rel: string,
  abs: string,
  files: FileEntry[],
  problems: Problem[],
): Promise<void> {
  if (!readerFor(rel)) return;
  let target: string;
  try {
    target = await realpath(abs);
  } catch {
    problems.push({ file: rel, error: 'This is a shortcut (link) to a file that no longer exists.' });
    return;
  }
  const inside = path.relative(realRoot, target);
  if (inside.startsWith('..') || path.isAbsolute(inside)) {
    problems.push({
      file: rel,
      error: 'This is a shortcut (link) to a file outside the folder; it was not read.',
    });
    return;
  }
  await addFile(rel, target, files, problems);
}

async function addFile(rel: string, abs: string, files: FileEntry[], problems: Problem[]): Promise<void> {
  if (!readerFor(rel)) {
    const reason = unsupportedReason(rel);
    if (reason) problems.push({ file: rel, error: reason });
    return;
  }
  try {
    const info = await stat(abs);
    if (info.isFile()) files.push({ file: rel, size: info.size, mtimeMs: info.mtimeMs });
  } catch (error) {
    problems.push({ file: rel, error: `This file could not be read (${codeOf(error)}).` });
  }
}

/** Reads and parses one file. Never throws: every failure becomes a problem naming the file. */
export async function readBulletinFile(root: string, entry: FileEntry): Promise<FileRead> {
  const fail = (error: string): FileRead => ({ bulletins: [], problems: [{ file: entry.file, error }] });
  const reader = readerFor(entry.file);
  if (!reader) return fail(unsupportedReason(entry.file) ?? 'Prayer Desk cannot read this kind of file.');
  if (entry.size > MAX_FILE_BYTES) {
    return fail(
      `This file is too large to be a bulletin (${Math.round(entry.size / 1048576)} MB); it was skipped.`,
    );
  }
  const abs = path.join(root, ...entry.file.split('/'));
  try {
    // lstat first: a file swapped for a link between listing and reading must not lead us outside.
    const info = await lstat(abs);
    if (info.size > MAX_FILE_BYTES) return fail('This file grew too large to be a bulletin; it was skipped.');
    const bytes = await readFile(abs);
    const read = await reader.read({ file: entry.file, bytes });
    const bulletins: Bulletin[] = [];
    const problems: Problem[] = [];
    for (const doc of read.documents) {
      const meta = {
        file: entry.file,
        mtimeMs: entry.mtimeMs,
        titleHint: doc.titleHint,
        dateHint: doc.dateHint,
      };
      const bulletin = parseBulletin(doc.text, meta);
      bulletin.warnings.unshift(...read.warnings);
      if (bulletin.items.length === 0) {
        problems.push({
          file: entry.file,
          error: 'No prayer requests were found in this file. Is it a bulletin?',
        });
      } else {
        bulletins.push(bulletin);
      }
    }
    return { bulletins, problems };
  } catch (error) {
    if (error instanceof ReadError) return fail(error.message);
    if (isNodeError(error) && error.code === 'ENOENT')
      return fail('This file disappeared while it was being read.');
    if (isNodeError(error)) return fail(`This file could not be read (${codeOf(error)}).`);
    return fail(
      `This file could not be understood (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
}

/** Loads a whole folder: every readable bulletin, and a problem entry for every file that is not. */
export async function loadFolder(
  root: string,
  opts: { onProgress?: (progress: LibraryProgress) => void } = {},
): Promise<ParseOutput> {
  const listed = await listBulletinFiles(root);
  const bulletins: Bulletin[] = [];
  const problems: Problem[] = [...listed.problems];
  const total = listed.files.length;
  let done = 0;
  for (const entry of listed.files) {
    opts.onProgress?.({ done, total, current: entry.file });
    const read = await readBulletinFile(root, entry);
    bulletins.push(...read.bulletins);
    problems.push(...read.problems);
    done++;
  }
  opts.onProgress?.({ done, total, current: '' });
  problems.sort((a, b) => compareStrings(a.file, b.file));
  return { bulletins: sortBulletins(bulletins), problems };
}

/** By date, oldest first, undated last; then by file: the order the CLI and the timeline rely on. */
export function sortBulletins(bulletins: Bulletin[]): Bulletin[] {
  return bulletins.sort((a, b) => {
    if (a.date !== b.date) {
      if (a.date === null) return 1;
      if (b.date === null) return -1;
      return a.date < b.date ? -1 : 1;
    }
    return compareStrings(a.file, b.file);
  });
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isNodeError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';
}

/** The plain-words part of common file-system errors. */
function codeOf(error: unknown): string {
  const code = isNodeError(error) ? error.code : undefined;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOENT':
      return 'it no longer exists';
    case 'EBUSY':
      return 'it is in use by another program';
    case 'ELOOP':
      return 'it is a link that loops back on itself';
    default:
      return code ?? 'unknown error';
  }
}
