// One file the watcher reported, looked at on its own, so that an update after a save does not list and
// stat the whole archive (10,000 files take about half a second). Only the plain case is decided here —
// an ordinary file, or one that is gone — by the same rules as scan-folder's listing; anything else
// (a folder, a link, a format with a problem to report) answers 'unsure' and the folder is listed again.
import { lstat } from 'node:fs/promises';
import path from 'node:path';
import { readerFor, unsupportedReason } from '../readers/reader-registry';
import { mailboxKindOnDisk } from '../mailbox/mailbox-files';
import type { FileEntry } from './scan-folder';

export type StatResult =
  | { kind: 'file'; entry: FileEntry }
  /** Not there (any more). */
  | { kind: 'gone' }
  /** Not something the listing would include or report (a hidden file, a photo). */
  | { kind: 'ignored' }
  /** Only a listing of the folder can tell. */
  | { kind: 'unsure' };

/** As deep as scan-folder goes. */
const MAX_DEPTH = 64;

/** `file`: relative to `root`, '/' separators. */
export async function statBulletinFile(root: string, file: string): Promise<StatResult> {
  const parts = file.split('/');
  if (file === '' || parts.some((part) => part === '' || part === '.' || part === '..')) {
    return { kind: 'unsure' };
  }
  // Hidden files and folders, and Word's lock files, are never listed (scan-folder skips them).
  if (parts.some((part) => part.startsWith('.') || part.startsWith('~$'))) return { kind: 'ignored' };
  if (parts.length > MAX_DEPTH + 1) return { kind: 'unsure' };
  let info;
  try {
    info = await lstat(path.join(root, ...parts));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? { kind: 'gone' } : { kind: 'unsure' };
  }
  if (!info.isFile()) return { kind: 'unsure' };
  const mailbox = readerFor(file) ? null : await mailboxKindOnDisk(root, file);
  if (mailbox) return { kind: 'file', entry: { file, size: info.size, mtimeMs: info.mtimeMs, mailbox } };
  if (!readerFor(file))
    return unsupportedReason(file) === undefined ? { kind: 'ignored' } : { kind: 'unsure' };
  return { kind: 'file', entry: { file, size: info.size, mtimeMs: info.mtimeMs } };
}
