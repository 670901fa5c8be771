import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createHandlers, NotAllowedError } from '../../../electron/main/handlers';
import type { HandlerDeps } from '../../../electron/main/handlers';
import { DEFAULT_VIEW_STATE, INVOKE_NAMES } from '../../../shared/ipc-contract';
import type { ViewState } from '../../../shared/library-types';
import { createFakeLibrary, SAMPLE_BULLETIN } from './fake-library';

let base: string;
let folder: string;

beforeAll(async () => {
  base = await realpath(await mkdtemp(path.join(tmpdir(), 'prayer-desk-handlers-')));
  folder = path.join(base, 'bulletins');
  await mkdir(path.join(folder, '2024'), { recursive: true });
  await writeFile(path.join(folder, '2024', '2024-03-17.txt'), 'sample');
  await writeFile(path.join(base, 'private.txt'), 'not a bulletin');
  await symlink(path.join(base, 'private.txt'), path.join(folder, 'escape.txt'));
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

function setup() {
  const fake = createFakeLibrary(folder, ['/home/office/Bulletins']);
  let view: ViewState = { ...DEFAULT_VIEW_STATE };
  const deps = {
    library: fake.library,
    pickFolder: vi.fn<() => Promise<string | null>>(async () => '/home/office/New bulletins'),
    showItemInFolder: vi.fn(),
    viewState: {
      get: () => view,
      set: (next: ViewState) => {
        view = next;
      },
    },
  };
  return { fake, deps, table: createHandlers(deps satisfies HandlerDeps) };
}

describe('createHandlers', () => {
  it('has exactly one function per contract entry', () => {
    const { table } = setup();
    expect(Object.keys(table).sort()).toEqual([...INVOKE_NAMES].sort());
    for (const name of INVOKE_NAMES) expect(typeof table[name]).toBe('function');
  });

  it('answers state, search, list and bulletin from the library', async () => {
    const { table, fake } = setup();
    expect((await table.getLibraryState()).folder).toBe(folder);
    await expect(table.search({ text: 'Uganda' })).resolves.toEqual({ total: 0, hits: [], didYouMean: [] });
    expect(fake.library.search).toHaveBeenCalledWith({ text: 'Uganda' });
    expect(await table.listBulletins()).toHaveLength(1);
    expect(await table.getBulletin(SAMPLE_BULLETIN.file)).toEqual(SAMPLE_BULLETIN);
    expect(await table.getBulletin('2020/missing.txt')).toBeNull();
    await table.reloadLibrary();
    expect(fake.library.reload).toHaveBeenCalledOnce();
  });

  it('chooseFolder opens what the native dialog returns, and nothing when cancelled', async () => {
    const { table, fake, deps } = setup();
    expect((await table.chooseFolder())?.folder).toBe('/home/office/New bulletins');
    expect(fake.library.openFolder).toHaveBeenCalledWith('/home/office/New bulletins');
    deps.pickFolder.mockResolvedValueOnce(null);
    expect(await table.chooseFolder()).toBeNull();
    expect(fake.library.openFolder).toHaveBeenCalledOnce();
  });

  it('openFolder opens recent folders only', async () => {
    const { table, fake } = setup();
    expect((await table.openFolder('/home/office/Bulletins')).folder).toBe('/home/office/Bulletins');
    await expect(table.openFolder('/etc')).rejects.toBeInstanceOf(NotAllowedError);
    await expect(table.openFolder('/etc')).rejects.toThrow(/Choose Bulletin Folder/);
    expect(fake.library.openFolder).toHaveBeenCalledOnce();
  });

  it('showInFolder reveals the real path of a file inside the library', async () => {
    const { table, deps } = setup();
    await table.showInFolder('2024/2024-03-17.txt');
    expect(deps.showItemInFolder).toHaveBeenCalledWith(path.join(folder, '2024', '2024-03-17.txt'));
  });

  it.each(['../private.txt', 'escape.txt', '/etc/passwd', 'C:\\Windows', '2024', 'gone.txt'])(
    'showInFolder refuses %j and reveals nothing',
    async (file) => {
      const { table, deps } = setup();
      await expect(table.showInFolder(file)).rejects.toThrow();
      expect(deps.showItemInFolder).not.toHaveBeenCalled();
    },
  );

  it('keeps the view state', async () => {
    const { table } = setup();
    expect(await table.getViewState()).toEqual(DEFAULT_VIEW_STATE);
    const view: ViewState = { ...DEFAULT_VIEW_STATE, query: 'bonded labour', regions: ['South Asia'] };
    await table.setViewState(view);
    expect(await table.getViewState()).toEqual(view);
  });
});
