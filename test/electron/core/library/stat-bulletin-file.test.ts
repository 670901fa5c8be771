import { mkdir, symlink } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listBulletinFiles } from '../../../../electron/core/library/scan-folder';
import { statBulletinFile } from '../../../../electron/core/library/stat-bulletin-file';
import { removeDirs, tempDir, writeFiles } from './helpers/fake-library';

let root: string;
beforeEach(async () => {
  root = await tempDir('stat');
  await writeFiles(root, {
    '2024/a.txt': 'Pray for Kenya',
    'photo.jpg': 'not a bulletin',
    'old.doc': 'an older Word file',
    '.hidden/b.txt': 'hidden',
  });
  await mkdir(path.join(root, 'empty'));
  await symlink(path.join(root, '2024', 'a.txt'), path.join(root, 'alias.txt'));
});
afterEach(async () => {
  await removeDirs(root);
});

describe('statBulletinFile', () => {
  it('gives an ordinary bulletin file as the folder listing does', async () => {
    const listed = await listBulletinFiles(root);
    const entry = listed.files.find((f) => f.file === '2024/a.txt');
    expect(await statBulletinFile(root, '2024/a.txt')).toEqual({ kind: 'file', entry });
  });

  it('says a file is gone, and ignores what the listing skips silently', async () => {
    expect(await statBulletinFile(root, '2024/missing.txt')).toEqual({ kind: 'gone' });
    expect(await statBulletinFile(root, 'nowhere/missing.txt')).toEqual({ kind: 'gone' });
    expect(await statBulletinFile(root, 'photo.jpg')).toEqual({ kind: 'ignored' });
    expect(await statBulletinFile(root, '.hidden/b.txt')).toEqual({ kind: 'ignored' });
    expect(await statBulletinFile(root, '~$draft.txt')).toEqual({ kind: 'ignored' });
  });

  it('leaves folders, links, formats with a problem to report and odd paths to a listing', async () => {
    for (const file of ['empty', '2024', 'alias.txt', 'old.doc', '../a.txt', '', 'a//b.txt']) {
      expect(await statBulletinFile(root, file)).toEqual({ kind: 'unsure' });
    }
  });
});
