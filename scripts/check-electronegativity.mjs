// CI security gate: runs @doyensec/electronegativity over electron/ and fails on any finding that is not
// justified in electronegativity.json (and on justifications that no longer match a finding).
// Electronegativity always exits 0, so the gate reads its SARIF output instead. To prove the tool really
// analysed something, the scan runs on a copy of electron/ plus one canary file that must be reported.
// Usage: node scripts/check-electronegativity.mjs
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const config = JSON.parse(await readFile(path.join(root, 'electronegativity.json'), 'utf8'));
const electronVersion = JSON.parse(
  await readFile(path.join(root, 'node_modules/electron/package.json'), 'utf8'),
).version;
const reportDir = path.join(root, '.electronegativity');
const report = path.join(reportDir, 'electronegativity.sarif');
const CANARY = '__canary__/canary-window.js';

const work = await mkdtemp(path.join(tmpdir(), 'prayer-desk-electronegativity-'));
let results;
try {
  const input = path.join(work, 'electron');
  await cp(path.join(root, 'electron'), input, { recursive: true });
  await mkdir(path.join(input, path.dirname(CANARY)), { recursive: true });
  await writeFile(
    path.join(input, CANARY),
    "const { BrowserWindow } = require('electron');\nnew BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });\n",
  );
  await mkdir(reportDir, { recursive: true });
  await rm(report, { force: true });
  const run = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules/@doyensec/electronegativity/dist/index.js'),
      '--input',
      input,
      '--output',
      report,
      '--relative',
      '--verbose',
      'false',
      '--electron-version',
      electronVersion,
    ],
    { cwd: root, encoding: 'utf8' },
  );
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr);
    throw new Error(`electronegativity exited with ${run.status ?? run.signal}`);
  }
  results = JSON.parse(await readFile(report, 'utf8')).runs[0].results;
} finally {
  await rm(work, { recursive: true, force: true });
}

const findings = results.map((result) => {
  const uri = result.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? 'N/A';
  const region = result.locations?.[0]?.physicalLocation?.region;
  return {
    check: result.ruleId,
    // Global checks report no file (uri 'file:///'); the config calls that 'N/A'.
    file: uri === 'file:///' ? 'N/A' : uri.split(path.sep).join('/'),
    line: region?.startLine ?? 0,
    message: result.message?.text ?? '',
  };
});

const canaryFound = findings.some((f) => f.file === CANARY && f.check === 'CONTEXT_ISOLATION_JS_CHECK');
const real = findings.filter((f) => !f.file.startsWith('__canary__/'));
const isJustified = (f) => config.justified.some((j) => j.check === f.check && j.file === f.file);
const unjustified = real.filter((f) => !isJustified(f));
const stale = config.justified.filter((j) => !real.some((f) => f.check === j.check && f.file === j.file));

for (const f of real) {
  console.log(`${isJustified(f) ? 'justified ' : 'FINDING   '} ${f.check} ${f.file}:${f.line} ${f.message}`);
}
let failed = false;
for (const j of config.justified) {
  if (!j.reason || !j.verifiedBy || !existsSync(path.join(root, j.verifiedBy))) {
    console.error(
      `check-electronegativity: justification ${j.check} ${j.file} needs a reason and an existing verifiedBy test`,
    );
    failed = true;
  }
}
if (!canaryFound) {
  console.error('check-electronegativity: the canary window was not reported; the scan did not really run.');
  failed = true;
}
if (unjustified.length > 0) {
  console.error(
    `check-electronegativity: ${unjustified.length} finding(s) not justified in electronegativity.json. ` +
      'Fix them, or add a reviewed justification (check, file, reason, verifiedBy).',
  );
  failed = true;
}
for (const j of stale) {
  console.error(`check-electronegativity: justification no longer needed, remove it: ${j.check} ${j.file}`);
  failed = true;
}
console.log(`check-electronegativity: report in ${path.relative(root, report)}`);
if (failed) process.exit(1);
console.log(`check-electronegativity: ${real.length} finding(s), all justified`);
