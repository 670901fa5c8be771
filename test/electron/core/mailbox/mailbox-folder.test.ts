// Mailboxes inside a library folder, as mail programs lay them out, through the folder scan, the loader
// (progress, counts, reading a grown mailbox again) and the CLI.
import { appendFile, mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LibraryProgress } from '../../../../shared/library-types';
import { runCli } from '../../../../electron/core/cli/run-cli';
import { defaultLoaderDeps } from '../../../../electron/core/library/default-deps';
import { collectBulletins, loadLibrary } from '../../../../electron/core/library/library-loader';
import type { LoadJob } from '../../../../electron/core/library/library-loader';
import { listBulletinFiles, loadFolder } from '../../../../electron/core/library/scan-folder';
import { statBulletinFile } from '../../../../electron/core/library/stat-bulletin-file';
import { generateBulletinText } from '../../../bench/generate-archive';
import { ijmBulletin, missionLetter, personalNote, receipt } from './helpers/mail-fixtures';

let root: string;
let userData: string;

beforeEach(async () => {
  root = await realpath(await mkdtemp(path.join(tmpdir(), 'pd-mailfolder-')));
  userData = await mkdtemp(path.join(tmpdir(), 'pd-mailfolder-data-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
  await rm(userData, { recursive: true, force: true });
});

async function put(file: string, content: string): Promise<void> {
  await mkdir(path.dirname(path.join(root, file)), { recursive: true });
  await writeFile(path.join(root, file), content);
}

/** The folders of a Thunderbird profile, an Apple Mail export, a Takeout export and a Eudora mailbox. */
async function mailPrograms(): Promise<void> {
  const tb = 'Thunderbird/Profiles/x1y2z3.default/Mail/Local Folders';
  await put(`${tb}/Inbox`, receipt(1) + ijmBulletin(0) + personalNote());
  await put(`${tb}/Inbox.msf`, '// <!-- <mdb:mork:z v="1.4"/> -->\n');
  await put(`${tb}/Prayer.sbd/IJM`, ijmBulletin(1) + receipt(2));
  await put(`${tb}/Prayer.sbd/IJM.msf`, '');
  // Beside no .msf: not a Thunderbird folder (a file without extension, e.g. a README).
  await put(`${tb}/README`, ijmBulletin(9));
  await put('Apple Mail/Prayer.mbox/mbox', missionLetter() + receipt(3));
  await put('Apple Mail/Prayer.mbox/table_of_contents', '\u0000\u0001binary');
  await put(
    'Takeout/Mail/All mail Including Spam and Trash.mbox',
    ijmBulletin(2) + receipt(4) + ijmBulletin(3),
  );
  await put('Eudora/In.mbx', ijmBulletin(4).replace(/\n/g, '\r\n'));
  await put('Outlook/backup.pst', '!BDN fake');
}

describe('mailboxes in a library folder', () => {
  it('finds the mailboxes each mail program leaves, and tells how to get mail out of Outlook', async () => {
    await mailPrograms();
    const listed = await listBulletinFiles(root);
    expect(listed.files.filter((f) => f.mailbox).map((f) => f.file)).toEqual([
      'Apple Mail/Prayer.mbox/mbox',
      'Eudora/In.mbx',
      'Takeout/Mail/All mail Including Spam and Trash.mbox',
      'Thunderbird/Profiles/x1y2z3.default/Mail/Local Folders/Inbox',
      'Thunderbird/Profiles/x1y2z3.default/Mail/Local Folders/Prayer.sbd/IJM',
    ]);
    expect(listed.problems).toEqual([
      {
        file: 'Outlook/backup.pst',
        error: expect.stringMatching(
          /Outlook data files.*select the prayer e-mails and drag them into this folder: each becomes a \.msg file/,
        ),
      },
    ]);
    const tb = 'Thunderbird/Profiles/x1y2z3.default/Mail/Local Folders';
    expect(await statBulletinFile(root, `${tb}/Inbox`)).toMatchObject({
      kind: 'file',
      entry: { mailbox: 'mbox' },
    });
    expect(await statBulletinFile(root, `${tb}/README`)).toEqual({ kind: 'ignored' });
  });

  it('lists the bulletins of every mailbox through the CLI', async () => {
    await mailPrograms();
    let stdout = '';
    const code = await runCli(['parse', root], {
      stdout: (t) => void (stdout += t),
      stderr: () => undefined,
      cwd: root,
    });
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as ReturnType<typeof loadFolder> extends Promise<infer T> ? T : never;
    expect(out.bulletins.map((b) => b.file).sort()).toEqual([
      'Apple Mail/Prayer.mbox/mbox#msg-1',
      'Eudora/In.mbx#msg-1',
      'Takeout/Mail/All mail Including Spam and Trash.mbox#msg-1',
      'Takeout/Mail/All mail Including Spam and Trash.mbox#msg-3',
      'Thunderbird/Profiles/x1y2z3.default/Mail/Local Folders/Inbox#msg-2',
      'Thunderbird/Profiles/x1y2z3.default/Mail/Local Folders/Prayer.sbd/IJM#msg-1',
    ]);
    expect(out.bulletins.every((b) => b.origin !== undefined && b.items.length > 0)).toBe(true);
    expect(out.mailboxes).toContainEqual({
      file: 'Takeout/Mail/All mail Including Spam and Trash.mbox',
      messages: 3,
      bulletins: 2,
    });
  });

  it('counts a bulletin saved as an .eml and still in the mailbox once, keeping the saved file', async () => {
    const entry = ijmBulletin(5);
    await put('Inbox.mbox', receipt(1) + entry + receipt(2));
    await put('saved/IJM Prayer Requests.eml', entry.slice(entry.indexOf('\n') + 1));
    const loaded = await loadFolder(root);
    expect(loaded.bulletins.map((b) => b.file)).toEqual(['saved/IJM Prayer Requests.eml']);
    expect(loaded.mailboxes).toEqual([{ file: 'Inbox.mbox', messages: 3, bulletins: 1 }]);
  });

  it('loads a library from a mailbox with progress, counts, and reads only what was appended', async () => {
    await put('2011-01-05.txt', generateBulletinText(0).text);
    await put('Inbox.mbox', receipt(1) + ijmBulletin(6) + receipt(2) + ijmBulletin(7));
    const job: LoadJob = { root, userDataDir: userData, appVersion: '1.0.0' };
    const progress: LibraryProgress[] = [];
    const first = await loadLibrary(job, defaultLoaderDeps, (p) => progress.push(p));
    const mailbox = first.files.find((f) => f.file === 'Inbox.mbox')!;
    expect(mailbox.mailboxCounts).toEqual({ messages: 4, bulletins: 2 });
    expect(collectBulletins(first.files).map((b) => b.file)).toEqual([
      '2011-01-05.txt',
      'Inbox.mbox#msg-2',
      'Inbox.mbox#msg-4',
    ]);
    const last = progress.filter((p) => p.mailbox).pop()!;
    expect(last).toMatchObject({
      current: 'Inbox.mbox',
      total: 2,
      mailbox: { file: 'Inbox.mbox', messages: 4, bulletins: 2 },
    });
    expect(last.mailbox!.bytesDone).toBe(last.mailbox!.bytesTotal);

    await appendFile(path.join(root, 'Inbox.mbox'), ijmBulletin(8) + receipt(3));
    const seen: LibraryProgress[] = [];
    const again = await loadLibrary(job, defaultLoaderDeps, (p) => seen.push(p));
    expect(again.readCount).toBe(1);
    const firstReport = seen.find((p) => p.mailbox)!;
    expect(firstReport.mailbox!.bytesDone).toBeGreaterThan(0);
    expect(firstReport.mailbox!.messages).toBe(3);
    expect(again.files.find((f) => f.file === 'Inbox.mbox')!.mailboxCounts).toEqual({
      messages: 6,
      bulletins: 3,
    });
    expect(again.files.find((f) => f.file === 'Inbox.mbox')!.bulletins.map((b) => b.file)).toEqual([
      'Inbox.mbox#msg-2',
      'Inbox.mbox#msg-4',
      'Inbox.mbox#msg-5',
    ]);

    // Unchanged since: everything from the cache, the mailbox's bulletins and counts too.
    const third = await loadLibrary(job, defaultLoaderDeps, () => undefined);
    expect(third.readCount).toBe(0);
    expect(third.files).toEqual(again.files);
  });
});
