// The few things the library loader needs from the mailbox reading, kept here so that its own code
// changes by a line or two: where a mailbox's state for reading it again is kept, and the counts a mailbox
// file's cache entry carries ("412 prayer bulletins found in 18,904 messages").
import path from 'node:path';
import type { MailboxSummary } from '../../../shared/library-types';
import type { CachedFile } from '../library/library-cache';
import { cacheDirFor } from '../library/library-cache';
import type { MailboxCounts } from './read-mailbox';

/** Inside the library's cache folder: removed with it. */
export function mailboxStateDir(job: { userDataDir: string; root: string }): string {
  return path.join(cacheDirFor(job.userDataDir, job.root), 'mailboxes');
}

/** `file` with the mailbox counts of `read`, when it is a mailbox's. */
export function withMailboxCounts(file: CachedFile, read: { mailboxCounts?: MailboxCounts }): CachedFile {
  return read.mailboxCounts ? { ...file, mailboxCounts: read.mailboxCounts } : file;
}

/** The mailboxes among the library's files, for LibraryState.mailboxes; undefined when there are none. */
export function mailboxSummaries(files: readonly CachedFile[]): MailboxSummary[] | undefined {
  const summaries = files.flatMap((f) => (f.mailboxCounts ? [{ file: f.file, ...f.mailboxCounts }] : []));
  return summaries.length > 0 ? summaries : undefined;
}
