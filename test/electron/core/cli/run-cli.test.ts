import { execFile } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/core/cli/run-cli';
import { snapshotFolder } from '../../../helpers/folder-snapshot';

const root = path.resolve(__dirname, '../../../..');
const library = path.join(root, 'test/fixtures/cli-library');
const dataDir = path.join(tmpdir(), `pd-cli-data-${process.pid}`);

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    cwd: root,
    dataDir,
  });
  return { code, stdout, stderr };
}

describe('runCli parse', { timeout: 60_000 }, () => {
  it('prints bulletins sorted by date and a problem for every unreadable file, exit 0', async () => {
    const { code, stdout, stderr } = await run(['parse', 'test/fixtures/cli-library']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual(['bulletins', 'problems']);
    expect(out.bulletins.map((b: { file: string; date: string }) => [b.file, b.date])).toEqual([
      ['2019/2019-03-10 prayer requests.txt', '2019-03-10'],
      ['2019/2019-03-17 prayer requests.txt', '2019-03-17'],
    ]);
    expect(out.problems).toEqual([
      { file: 'notes/binary-disguised.txt', error: expect.stringMatching(/does not look like a text file/) },
      { file: 'notes/empty.txt', error: expect.stringMatching(/is empty/) },
      { file: 'notes/minutes.docx', error: expect.stringMatching(/Word documents/) },
    ]);
  });

  it('never writes into the folder', async () => {
    const before = await snapshotFolder(library);
    await run(['parse', library]);
    await run(['search', library, 'pray']);
    expect(await snapshotFolder(library)).toEqual(before);
  });
});

describe('runCli on a folder of several missions’ letters', { timeout: 60_000 }, () => {
  const missions = 'test/fixtures/missions';

  it('gives every bulletin its organisation, and --org keeps one sender’s', async () => {
    const all = JSON.parse((await run(['parse', missions])).stdout);
    expect(
      Object.fromEntries(
        all.bulletins.map((b: { file: string; organisation: string }) => [b.file, b.organisation]),
      ),
    ).toEqual({
      'church-prayer-page.txt': 'Unknown',
      'open-doors-diary.txt': 'Open Doors',
      'team-prayer-journal.txt': 'TEAM',
      'vom-calendar.txt': 'Voice of the Martyrs',
      'wycliffe-update.txt': 'Wycliffe',
    });
    const { code, stdout } = await run(['parse', missions, '--org', 'voice-of-the-martyrs', '--org', 'team']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).bulletins.map((b: { file: string }) => b.file)).toEqual([
      'team-prayer-journal.txt',
      'vom-calendar.txt',
    ]);
  });

  it('searches one sender’s requests, each hit naming its organisation', async () => {
    const { code, stdout } = await run([
      'search',
      missions,
      'pray',
      '--org',
      'Open Doors',
      '--region',
      'mena',
    ]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.total).toBeGreaterThan(0);
    for (const hit of out.hits) {
      expect(hit).toMatchObject({ file: 'open-doors-diary.txt', organisation: 'Open Doors' });
      expect(hit.region).toBe('Middle East & North Africa');
    }
  });

  it('names the senders there are when --org names none of them', async () => {
    const { code, stderr } = await run(['search', missions, 'pray', '--org', 'IJM']);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /No bulletin here is from "IJM"\. Organisations in this folder: Open Doors, TEAM, Unknown/,
    );
  });
});

describe('runCli search', { timeout: 60_000 }, () => {
  it('prints total and hits with file, date, region, kind, score, snippet and text', async () => {
    // Words are alternatives ranked by how many match, as in Lunr: the item with both comes first.
    const { code, stdout } = await run(['search', library, 'bonded labor', '--region', 'South Asia']);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.total).toBe(2);
    expect(out.hits[1]).toMatchObject({ file: '2019/2019-03-17 prayer requests.txt', region: 'South Asia' });
    expect(Object.keys(out.hits[0])).toEqual([
      'file',
      'date',
      'region',
      'organisation',
      'kind',
      'score',
      'snippet',
      'text',
    ]);
    expect(out.hits[0]).toMatchObject({
      file: '2019/2019-03-10 prayer requests.txt',
      date: '2019-03-10',
      region: 'South Asia',
      kind: 'praise',
    });
  });

  it('filters by kind, date range and limit', async () => {
    const { stdout } = await run([
      'search',
      library,
      '',
      '--kind',
      'prayer',
      '--from',
      '2019-03-11',
      '--limit',
      '1',
    ]);
    const out = JSON.parse(stdout);
    expect(out.total).toBe(2);
    expect(out.hits).toHaveLength(1);
    expect(out.hits[0]).toMatchObject({ date: '2019-03-17', kind: 'prayer' });
  });
});

describe('runCli errors', () => {
  it('a missing folder is one clear line on stderr and exit 2', async () => {
    const { code, stdout, stderr } = await run(['parse', 'no/such/folder']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^prayer-desk: no such folder: .*no\/such\/folder\n$/);
  });

  it('a file given as the folder is refused', async () => {
    const { code, stderr } = await run(['parse', 'package.json']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/not a folder/);
  });

  it('a bad argument is one line and exit 2', async () => {
    const { code, stderr } = await run(['search', library, 'x', '--kind', 'lament']);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('npm run -s cli (the documented command)', { timeout: 60_000 }, () => {
  it('runs from another working directory and prints JSON', async () => {
    const { stdout } = await promisify(execFile)('npm', ['run', '-s', 'cli', '--', 'parse', 'cli-library'], {
      cwd: path.join(root, 'test/fixtures'),
      env: { ...process.env, INIT_CWD: path.join(root, 'test/fixtures'), XDG_CACHE_HOME: dataDir },
    });
    expect(JSON.parse(stdout).bulletins).toHaveLength(2);
    // npm, then tsx compiling the sources: seconds on a busy 2-core machine.
  }, 60_000);

  it('exits 2 on a missing folder', async () => {
    const failure = await promisify(execFile)('npm', ['run', '-s', 'cli', '--', 'parse', '/no/such/dir'], {
      cwd: root,
    }).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 2, stderr: expect.stringMatching(/no such folder/) });
  }, 60_000);
});
