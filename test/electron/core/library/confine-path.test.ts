import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confinePath, isInside, PathConfinementError } from '../../../../electron/core/library/confine-path';

// Layout:  <tmp>/library/{notes.txt, 2019/march.txt, link-out -> ../outside, loop-a <-> loop-b,
//          link-in -> 2019/march.txt}   <tmp>/outside/secret.txt   <tmp>/library-evil/x.txt
let base: string;
let library: string;

beforeAll(async () => {
  base = await realpath(await mkdtemp(path.join(tmpdir(), 'prayer-desk-confine-')));
  library = path.join(base, 'library');
  await mkdir(path.join(library, '2019'), { recursive: true });
  await mkdir(path.join(base, 'outside'));
  await mkdir(path.join(base, 'library-evil'));
  await writeFile(path.join(library, 'notes.txt'), 'sample');
  await writeFile(path.join(library, '2019', 'march.txt'), 'sample');
  await writeFile(path.join(base, 'outside', 'secret.txt'), 'secret');
  await writeFile(path.join(base, 'library-evil', 'x.txt'), 'secret');
  await symlink(path.join(base, 'outside'), path.join(library, 'link-out'));
  await symlink(path.join(base, 'outside', 'secret.txt'), path.join(library, 'secret-link.txt'));
  await symlink(path.join(library, 'loop-b'), path.join(library, 'loop-a'));
  await symlink(path.join(library, 'loop-a'), path.join(library, 'loop-b'));
  await symlink(path.join(library, '2019', 'march.txt'), path.join(library, 'link-in.txt'));
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('confinePath accepts files inside the library', () => {
  it.each([
    ['notes.txt', 'notes.txt'],
    ['2019/march.txt', '2019/march.txt'],
    // A link that stays inside the folder is fine; the real target is returned.
    ['link-in.txt', '2019/march.txt'],
  ])('%s', async (file, expected) => {
    await expect(confinePath(library, file)).resolves.toBe(path.join(library, ...expected.split('/')));
  });

  it('works when the library folder itself is reached through a symlink', async () => {
    const alias = path.join(base, 'alias');
    await symlink(library, alias);
    await expect(confinePath(alias, 'notes.txt')).resolves.toBe(path.join(library, 'notes.txt'));
  });
});

describe('confinePath refuses hostile paths', () => {
  it.each([
    ['parent', '../outside/secret.txt'],
    ['parent deep inside', '2019/../../outside/secret.txt'],
    ['parent alone', '..'],
    ['dot', '.'],
    ['empty', ''],
    ['absolute POSIX', '/etc/passwd'],
    ['absolute to a real file', '/tmp'],
    ['UNC share', '\\\\server\\share\\x.txt'],
    ['Windows drive', 'C:\\Windows\\win.ini'],
    ['Windows drive, forward slashes', 'C:/Windows/win.ini'],
    ['drive-relative', 'C:win.ini'],
    ['backslash traversal', '..\\outside\\secret.txt'],
    ['NUL byte', 'notes.txt\0.png'],
    ['NUL byte before traversal', '\0../outside/secret.txt'],
    ['newline', 'notes.txt\n'],
    ['URL-encoded traversal is not decoded', '%2e%2e/outside/secret.txt'],
    ['double URL-encoded', '%252e%252e%252foutside%252fsecret.txt'],
    ['file: URL', 'file:///etc/passwd'],
    ['alternate data stream', 'notes.txt:hidden'],
    ['trailing dot (Windows strips it)', 'notes.txt.'],
    ['trailing space', 'notes.txt '],
    ['three dots', '.../outside'],
    ['dots and spaces', '.. /outside/secret.txt'],
    ['Windows device', 'CON'],
    ['Windows device with extension', '2019/nul.txt'],
    ['empty segment', '2019//march.txt'],
    ['sibling folder sharing the prefix', '../library-evil/x.txt'],
    ['symlinked folder out', 'link-out/secret.txt'],
    ['symlinked file out', 'secret-link.txt'],
    ['symlink loop', 'loop-a'],
    ['missing file', 'nothere.txt'],
    ['a folder, not a file', '2019'],
    ['upper-case parent climb', '2019/../../OUTSIDE/secret.txt'],
    ['very long', `${'a/'.repeat(600)}x.txt`],
  ])('%s', async (_name, file) => {
    await expect(confinePath(library, file)).rejects.toBeInstanceOf(PathConfinementError);
  });

  it.each([[42], [null], [undefined], [{ toString: () => 'notes.txt' }], [['notes.txt']]])(
    'non-string %j',
    async (file) => {
      await expect(confinePath(library, file)).rejects.toBeInstanceOf(PathConfinementError);
    },
  );

  it('gives plain-words reasons', async () => {
    await expect(confinePath(library, 'link-out/secret.txt')).rejects.toThrow(/outside the library folder/);
    await expect(confinePath(library, '../x')).rejects.toThrow(/climb out/);
    await expect(confinePath(library, 'loop-a')).rejects.toThrow(/cannot be found.*ELOOP/);
  });

  it('a different letter case never leads outside (refused on Linux, same file on Windows/macOS)', async () => {
    for (const file of ['NOTES.TXT', 'Link-Out/secret.txt', '2019/MARCH.txt']) {
      const outcome = await confinePath(library, file).catch((error: unknown) => error);
      if (outcome instanceof Error) expect(outcome).toBeInstanceOf(PathConfinementError);
      else expect(isInside(library, outcome as string)).toBe(true);
    }
  });

  it('refuses everything when the library folder itself is gone', async () => {
    await expect(confinePath(path.join(base, 'gone'), 'notes.txt')).rejects.toThrow(
      /library folder cannot be found/,
    );
  });
});

describe('isInside', () => {
  it.each([
    ['/lib', '/lib/a', true],
    ['/lib', '/lib', true],
    ['/lib', '/lib-evil/a', false],
    ['/lib', '/', false],
    ['/lib', '/lib/../x', false],
    ['/lib', '/lib/..a/b', true],
  ])('%s contains %s: %s', (root, child, expected) => {
    expect(isInside(root, path.resolve(child))).toBe(expected);
  });
});
