import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { appendFile, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MailboxProgress } from '../../../../shared/library-types';
import { readMailboxFile } from '../../../../electron/core/mailbox/read-mailbox';
import { sourceFileOf } from '../../../../shared/bulletin-source';
import { itemIdSchema, libraryFileSchema } from '../../../../shared/ipc-contract';
import { mailDates, mboxEntry, rawMessage } from '../../../bench/generate-mailbox';
import {
  brokenBase64,
  DAY,
  deepNesting,
  fromLineStorm,
  ijmBulletin,
  manyParts,
  missionAppeal,
  missionLetter,
  personalNote,
  prayerSubjectMessage,
  receipt,
  T0,
} from './helpers/mail-fixtures';

let dir: string;
let stateDir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'pd-mailbox-'));
  stateDir = await mkdtemp(path.join(tmpdir(), 'pd-mailbox-state-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(stateDir, { recursive: true, force: true });
});

async function mailbox(name: string, ...entries: string[]): Promise<string> {
  await writeFile(path.join(dir, name), entries.join(''));
  return name;
}

const sha = async (file: string) =>
  createHash('sha256')
    .update(await readFile(file))
    .digest('hex');

describe('readMailboxFile', () => {
  it('keeps the bulletins and leaves out the rest of the mail', async () => {
    const file = await mailbox(
      'Inbox.mbox',
      receipt(1),
      ijmBulletin(0),
      personalNote(),
      missionAppeal(),
      missionLetter(),
      receipt(2),
      ijmBulletin(1),
    );
    const read = await readMailboxFile(dir, file);
    expect(read.problems).toEqual([]);
    expect(read.mailboxCounts).toEqual({ messages: 7, bulletins: 3 });
    expect(read.bulletins.map((b) => b.file)).toEqual([
      'Inbox.mbox#msg-2',
      'Inbox.mbox#msg-5',
      'Inbox.mbox#msg-7',
    ]);
    const ijm = read.bulletins[0]!;
    expect(ijm.organisation).toBe('IJM');
    expect(ijm.origin).toEqual({
      mailbox: 'Inbox.mbox',
      message: 2,
      subject: 'IJM Prayer Requests',
      sent: mailDates(T0).header,
      from: 'IJM <prayer@ijm.org>',
    });
    expect(ijm.items.length).toBeGreaterThan(2);
    // The letter has no date of its own: the day it was sent, marked as such.
    const letter = read.bulletins[1]!;
    expect(letter.date).toBe('2024-03-03');
    expect(letter.dateSource).toBe('message');
    expect(letter.warnings[0]).toBe('No date in the text; used the date the e-mail was sent.');
    expect(letter.items.map((i) => i.heading)).toEqual(
      expect.arrayContaining(['Nigeria', 'India', 'Vietnam']),
    );
  });

  it('gives ids the IPC contract accepts, and that lead back to the mailbox file', async () => {
    const file = await mailbox('Mail/Inbox.mbox'.replace('/', '-'), ijmBulletin(3));
    const [bulletin] = (await readMailboxFile(dir, file)).bulletins;
    expect(libraryFileSchema.safeParse(bulletin!.file).success).toBe(true);
    expect(itemIdSchema.safeParse(`${bulletin!.file}#0`).success).toBe(true);
    expect(sourceFileOf(bulletin!.file)).toBe(file);
  });

  it('counts a bulletin forwarded twice once', async () => {
    const original = ijmBulletin(4, T0, 3);
    const body = original.slice(original.indexOf('\n\n') + 2);
    const forward = (n: number) =>
      mboxEntry(
        rawMessage(
          {
            From: `Volunteer ${n} <v${n}@example.net>`,
            Subject: 'Fwd: IJM Prayer Requests',
            Date: mailDates(T0 + n * DAY).header,
            'Content-Type': 'text/plain; charset=utf-8',
          },
          `Please pass this on to the prayer group.\n\n---------- Forwarded message ---------\nFrom: IJM <prayer@ijm.org>\nDate: ${mailDates(T0).header}\nSubject: IJM Prayer Requests\n\n${body}`,
        ),
        `v${n}@example.net`,
        T0 + n * DAY,
      );
    const read = await readMailboxFile(dir, await mailbox('Inbox.mbox', original, forward(1), forward(2)));
    expect(read.mailboxCounts).toEqual({ messages: 3, bulletins: 1 });
    expect(read.bulletins.map((b) => b.file)).toEqual(['Inbox.mbox#msg-1']);
  });

  it('skips hostile and damaged mail with a plain-words problem each, and reads the rest', async () => {
    const file = await mailbox(
      'Hostile.mbox',
      ijmBulletin(10),
      manyParts(10_000),
      deepNesting(500),
      brokenBase64(),
      fromLineStorm(2000),
      ijmBulletin(11),
      // Cut off in the middle of its text: the file ends before the closing boundary and the line end.
      ijmBulletin(12, T0, 2).slice(0, 1500),
    );
    const read = await readMailboxFile(dir, file);
    expect(read.bulletins.map((b) => b.origin?.message)).toEqual([1, 2005]);
    const errors = read.problems.map((p) => p.error);
    expect(read.problems.every((p) => p.file === 'Hostile.mbox')).toBe(true);
    expect(errors).toEqual([
      'Message 2 (“Prayer points in many parts”, Sun, 3 Mar 2024 09:12:44 +0000): it has more than 1,000 parts, far more than any bulletin; it was skipped.',
      'Message 3 (“Prayer points, nested”, Sun, 3 Mar 2024 09:12:44 +0000): its parts are nested inside each other too deeply to be a bulletin; it was skipped.',
      'Message 4 (“Prayer requests this week”, Sun, 3 Mar 2024 09:12:44 +0000): it is damaged: its text could not be decoded; it was skipped.',
      expect.stringMatching(
        /^Message 2,006 \(“IJM Prayer Requests”, .*\): it is cut off \(the mailbox may still be being written/,
      ),
      '2,000 "From " lines in this mailbox had no message after them; they were skipped.',
    ]);
  });

  it('skips a 100 MB message without holding it, and reads on', async () => {
    const target = path.join(dir, 'Big.mbox');
    const out = createWriteStream(target);
    out.write(ijmBulletin(20));
    out.write(
      'From chain@church.example Sun Mar  3 09:12:44 2024\nFrom: Prayer Chain <chain@church.example>\nSubject: Prayer video from the retreat\nContent-Type: video/mp4\nContent-Transfer-Encoding: base64\n\n',
    );
    const line = `${'QUJD'.repeat(19)}\n`;
    const block = Buffer.from(line.repeat(Math.floor((1 << 20) / line.length)));
    for (let mb = 0; mb < 100; mb++) if (!out.write(block)) await once(out, 'drain');
    out.write('\n');
    out.write(ijmBulletin(21));
    out.end();
    await once(out, 'finish');
    const peaks: number[] = [];
    const read = await readMailboxFile(dir, 'Big.mbox', {
      onProgress: () => peaks.push(process.memoryUsage().arrayBuffers),
    });
    expect(read.bulletins.map((b) => b.origin?.message)).toEqual([1, 3]);
    expect(read.problems.map((p) => p.error)).toEqual([
      'Message 2 (“Prayer video from the retreat”): it is too large to be a bulletin (over 20 MB); it was skipped.',
    ]);
    expect(Math.max(...peaks)).toBeLessThan(90 * 1024 * 1024);
  }, 120_000);

  it('reads again only what was appended, as a mail program appends', async () => {
    const file = await mailbox('Inbox.mbox', ijmBulletin(30), receipt(1), ijmBulletin(31), receipt(2));
    const first = await readMailboxFile(dir, file, { stateDir });
    expect(first.mailboxCounts).toEqual({ messages: 4, bulletins: 2 });
    const before = (await stat(path.join(dir, file))).size;
    await appendFile(path.join(dir, file), ijmBulletin(32) + receipt(3));
    const progress: MailboxProgress[] = [];
    const again = await readMailboxFile(dir, file, { stateDir, onProgress: (p) => progress.push(p) });
    // Reading starts at the last message read before (it may have been still arriving), not at 0.
    expect(progress[0]!.bytesDone).toBe(before - receipt(2).length);
    const fresh = await readMailboxFile(dir, file);
    expect(again).toEqual(fresh);
    expect(again.mailboxCounts).toEqual({ messages: 6, bulletins: 3 });
  });

  it('goes on from where a stopped reading got to', async () => {
    // Mail with photos: the mailbox is read in several chunks, and stopped between two.
    const photo = (i: number) =>
      mboxEntry(
        rawMessage(
          { From: 'ann@example.net', Subject: `Photos ${i}` },
          `${'QUJD'.repeat(19)}\n`.repeat(3000),
        ),
        'ann@example.net',
        T0,
      );
    const entries = Array.from({ length: 30 }, (_, i) => (i % 3 === 0 ? ijmBulletin(70 + i) : photo(i)));
    const file = await mailbox('Inbox.mbox', ...entries);
    const controller = new AbortController();
    const stopped = readMailboxFile(dir, file, {
      stateDir,
      saveEveryBytes: 1,
      progressEveryMs: 0,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.messages >= 12) controller.abort(new Error('stopped by the user'));
      },
    });
    await expect(stopped).rejects.toThrow('stopped by the user');
    const progress: MailboxProgress[] = [];
    const resumed = await readMailboxFile(dir, file, { stateDir, onProgress: (p) => progress.push(p) });
    expect(progress[0]!.messages).toBeGreaterThanOrEqual(12);
    expect(progress[0]!.messages).toBeLessThan(30);
    expect(progress[0]!.bytesDone).toBeGreaterThan(0);
    expect(resumed).toEqual(await readMailboxFile(dir, file));
    expect(resumed.mailboxCounts).toEqual({ messages: 30, bulletins: 10 });
  });

  it('reads the whole mailbox again when it was changed before its end (a message deleted)', async () => {
    const file = await mailbox('Inbox.mbox', ijmBulletin(40), receipt(1), ijmBulletin(41), receipt(2));
    await readMailboxFile(dir, file, { stateDir });
    await writeFile(path.join(dir, file), ijmBulletin(41) + receipt(2) + ijmBulletin(42) + receipt(3));
    const progress: MailboxProgress[] = [];
    const again = await readMailboxFile(dir, file, { stateDir, onProgress: (p) => progress.push(p) });
    expect(progress[0]!.bytesDone).toBe(0);
    expect(again).toEqual(await readMailboxFile(dir, file));
  });

  it('reads a message that was cut off once the mail program has finished writing it', async () => {
    const whole = ijmBulletin(50, T0, 2);
    const target = path.join(dir, 'Inbox.mbox');
    await writeFile(target, ijmBulletin(51) + whole.slice(0, 1200));
    const partial = await readMailboxFile(dir, 'Inbox.mbox', { stateDir });
    expect(partial.bulletins).toHaveLength(1);
    expect(partial.problems).toHaveLength(1);
    await appendFile(target, whole.slice(1200));
    const done = await readMailboxFile(dir, 'Inbox.mbox', { stateDir });
    expect(done.problems).toEqual([]);
    expect(done.bulletins.map((b) => b.file)).toEqual(['Inbox.mbox#msg-1', 'Inbox.mbox#msg-2']);
  });

  it('never writes to the mailbox, and stops when cancelled', async () => {
    const file = await mailbox('Inbox.mbox', ijmBulletin(60), receipt(1), ijmBulletin(61));
    const target = path.join(dir, file);
    const [hash, info] = [await sha(target), await stat(target)];
    await readMailboxFile(dir, file, { stateDir });
    expect(await sha(target)).toBe(hash);
    expect((await stat(target)).mtimeMs).toBe(info.mtimeMs);
    const controller = new AbortController();
    controller.abort(new Error('cancelled'));
    await expect(readMailboxFile(dir, file, { signal: controller.signal })).rejects.toThrow('cancelled');
  });

  it('reports a mailbox that is gone, in plain words', async () => {
    await mkdir(path.join(dir, 'x'));
    const read = await readMailboxFile(dir, 'x/Inbox.mbox');
    expect(read.problems).toEqual([
      { file: 'x/Inbox.mbox', error: 'This mailbox disappeared while it was being read.' },
    ]);
  });

  it('reads a prayer-chain message whose subject is about prayer only with requests in it', async () => {
    const file = await mailbox(
      'Inbox.mbox',
      prayerSubjectMessage(
        'Prayer meeting moved to Wednesday',
        { 'Content-Type': 'text/plain' },
        'The prayer meeting moves to Wednesday this week only, same time, same room.\n',
      ),
    );
    const read = await readMailboxFile(dir, file);
    expect(read.mailboxCounts).toEqual({ messages: 1, bulletins: 0 });
    expect(read.problems).toEqual([]);
  });
});
