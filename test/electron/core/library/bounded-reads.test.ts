// Memory per file bounded (issue 12): the text read from one file and the requests kept per bulletin are
// capped, with a warning saying what was cut; a pipe or device named like a bulletin is listed as not an
// ordinary file (and never opened: reading a pipe could wait forever).
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  listBulletinFiles,
  MAX_ITEMS_PER_BULLETIN,
  MAX_TEXT_CHARS,
  readBulletinFile,
} from '../../../../electron/core/library/scan-folder';
import { removeDirs, tempDir } from './helpers/fake-library';

let root: string;
beforeAll(async () => {
  root = await tempDir('bounded');
});
afterAll(async () => {
  await removeDirs(root);
});

const request = (i: number) =>
  `Pray for family ${i} in the village of Kasese, who returned home this week after a long case in the district court, and for the local church that is walking with them as they rebuild their home and their trust in their neighbours.`;

describe('bounded reads', { timeout: 120_000 }, () => {
  it('keeps at most so many requests and so much text from one file, and says so', async () => {
    const lines = ['IJM Prayer Requests', 'March 3, 2024', '', 'Uganda', ''];
    for (let i = 0; lines.join('\n').length < MAX_TEXT_CHARS * 1.5; i++) lines.push(`• ${request(i)}`, '');
    const text = lines.join('\n');
    await writeFile(path.join(root, 'huge.txt'), text);
    const read = await readBulletinFile(root, { file: 'huge.txt', size: text.length, mtimeMs: 1 });
    expect(read.problems).toEqual([]);
    const bulletin = read.bulletins[0]!;
    expect(bulletin.items.length).toBeLessThanOrEqual(MAX_ITEMS_PER_BULLETIN);
    expect(bulletin.warnings).toContainEqual(
      expect.stringMatching(/more text than Prayer Desk reads from one file/),
    );
    expect(bulletin.warnings).toContainEqual(
      expect.stringMatching(new RegExp(`Only the first ${MAX_ITEMS_PER_BULLETIN} of the \\d+ requests`)),
    );
  });

  it.skipIf(process.platform === 'win32')('lists a pipe named .txt as not an ordinary file', async () => {
    const dir = await tempDir('bounded-pipe');
    try {
      execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);
      await writeFile(
        path.join(dir, 'week.txt'),
        `IJM Prayer Requests\nMarch 3, 2024\n\nUganda\n• ${request(1)}\n`,
      );
      const listed = await listBulletinFiles(dir);
      expect(listed.files.map((f) => f.file)).toEqual(['week.txt']);
      expect(listed.problems).toEqual([
        { file: 'pipe.txt', error: 'This file could not be read (it is not an ordinary file).' },
      ]);
    } finally {
      await removeDirs(dir);
    }
  });
});
