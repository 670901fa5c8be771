// Which files in a library folder are mailboxes, by name and by what stands beside them:
// - "Inbox.mbox", "All mail Including Spam and Trash.mbox" (Google Takeout), "In.mbx" (Eudora): mbox files;
// - "Inbox" beside "Inbox.msf": a Thunderbird local folder (the .msf is Thunderbird's summary of it);
// - "Inbox.mbox/mbox": the mbox inside a mailbox Apple Mail exported (a folder it shows as one file);
// Outlook's .pst data files are not among them: no library reads them well enough, and there is no way to
// make one to test with here. reader-registry.ts tells the user how to get the bulletins out of Outlook.
import { lstat } from 'node:fs/promises';
import path from 'node:path';

export type MailboxKind = 'mbox';

/** The mailbox kind of `file` (relative, '/' separators), or null. `siblings`: the names in its folder. */
export function mailboxKindOf(file: string, siblings: ReadonlySet<string>): MailboxKind | null {
  const slash = file.lastIndexOf('/');
  const name = file.slice(slash + 1);
  const lower = name.toLowerCase();
  if (lower.endsWith('.mbox') || lower.endsWith('.mbx')) return 'mbox';
  if (name === 'mbox' && slash > 0 && file.slice(0, slash).toLowerCase().endsWith('.mbox')) return 'mbox';
  if (!name.includes('.') && siblings.has(`${name}.msf`)) return 'mbox';
  return null;
}

/** As mailboxKindOf, for one file looked at on its own (the watcher saw it change). */
export async function mailboxKindOnDisk(root: string, file: string): Promise<MailboxKind | null> {
  const name = file.slice(file.lastIndexOf('/') + 1);
  if (name.includes('.')) return mailboxKindOf(file, new Set());
  const msf = await lstat(path.join(root, ...`${file}.msf`.split('/'))).catch(() => null);
  return mailboxKindOf(file, new Set(msf?.isFile() ? [`${name}.msf`] : []));
}
