// `npm run check:workflows` (scripts/check-workflows.mjs): the project's workflow passes, and copies of it
// broken on purpose (a typo in a key, bad YAML, a job that does not exist, a value of the wrong type, an
// action without a version, a script package.json does not have) are each rejected with the reason.
// Also checks that the workflow still does what issue 18 asks of it.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const script = path.join(root, 'scripts/check-workflows.mjs');
const workflowFile = path.join(root, '.github/workflows/release.yml');
const workflow = readFileSync(workflowFile, 'utf8');

let work: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'pd-workflows-'));
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function check(...files: string[]) {
  return promisify(execFile)(process.execPath, [script, ...files], { cwd: root }).then(
    ({ stdout }) => ({ code: 0, stdout }),
    (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
  );
}

/** The real workflow with one change, written to a file of its own. */
async function broken(name: string, from: string | RegExp, to: string): Promise<string> {
  const text = workflow.replace(from, to);
  expect(text, `the change for ${name} applies`).not.toBe(workflow);
  const file = path.join(work, `${name}.yml`);
  await writeFile(file, text);
  return file;
}

describe('check:workflows', () => {
  it('passes the project’s workflows', async () => {
    const { code, stdout } = await check();
    expect(stdout).toMatch(/^ok {3}\.github\/workflows\/release\.yml$/m);
    expect(code).toBe(0);
  }, 60_000);

  it.each([
    ['a misspelt key', /^ {4}steps:$/m, '    step:', /Additional property 'step' is not allowed/],
    ['broken YAML', 'runs-on: ${{ matrix.os }}', 'runs-on: [${{ matrix.os }}', /line \d+: did not find/],
    ['a job that does not exist', 'needs: build', 'needs: biuld', /unresolved job biuld/],
    ['a value of the wrong type', 'timeout-minutes: 75', 'timeout-minutes: soon', /must be number/],
    ['a missing runner', /^ {4}runs-on: \$\{\{ matrix\.os \}\}$/m, '', /runs-on: This property is required/],
    ['an action with no version', 'uses: actions/checkout@v4', 'uses: actions/checkout', /names no version/],
    [
      'a script package.json does not have',
      'npm run dist --',
      'npm run distribute --',
      /"npm run distribute": package\.json has no such script/,
    ],
    [
      'a file that does not exist',
      'node node_modules/electron/install.js',
      'node node_modules/electron/instal.js',
      /no such file/,
    ],
  ] as const)(
    'rejects a workflow with %s',
    async (name, from, to, reason) => {
      const file = await broken(name.replace(/\W+/g, '-'), from, to);
      const { code, stdout } = await check(file);
      expect(code).toBe(1);
      expect(stdout).toMatch(/^FAIL /m);
      expect(stdout).toMatch(reason);
    },
    60_000,
  );

  it('fails when there is no workflow to check', async () => {
    const { code, stdout } = await check(path.join(work, 'nothing-here.yml'));
    expect(code).toBe(1);
    expect(stdout).toMatch(/no such file/);
  }, 60_000);
});

describe('the release workflow', () => {
  it('tests and packs on Windows, macOS and Linux on every push and pull request', () => {
    expect(workflow).toMatch(/^on:\n {2}push:[\s\S]*?^ {2}pull_request:/m);
    for (const os of ['ubuntu-latest', 'windows-latest', 'macos-latest']) {
      expect(workflow).toContain(`- os: ${os}`);
    }
    const order = [
      'run: npm ci',
      'run: xvfb-run -a npm test',
      'run: npm run dist',
      'npx vitest run test/smoke',
    ];
    const at = order.map((step) => workflow.indexOf(step));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('smoke-tests the packed and the installed app, and requires them there', () => {
    expect(workflow).toContain('-c.electronFuses.enableNodeCliInspectArguments=true');
    expect(workflow).toContain('PRAYER_DESK_SMOKE_REQUIRE: development,packed,shipped');
    expect(workflow).toMatch(/PRAYER_DESK_SHIPPED_APP=/);
  });

  it('keeps the installers, and drafts a release on a tag', () => {
    expect(workflow).toContain('uses: actions/upload-artifact@v4');
    expect(workflow).toMatch(/if: startsWith\(github\.ref, 'refs\/tags\/v'\)\n\s+needs: build/);
    expect(workflow).toMatch(/gh release create [^\n]*--draft/);
  });

  it('signs from secrets when set, and says so when it skips', () => {
    for (const secret of ['WIN_CSC_LINK', 'MAC_CSC_LINK', 'APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD']) {
      expect(workflow).toContain(`\${{ secrets.${secret} }}`);
    }
    expect(workflow).toMatch(/::notice title=Unsigned[^\n]*Signing skipped/);
    expect(workflow).toMatch(/::notice title=Not notarised::Notarisation skipped/);
  });
});
