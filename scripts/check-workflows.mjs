// `npm run check:workflows` (part of npm test): validates every GitHub Actions workflow offline, so a
// broken workflow fails here and not only once pushed. Each file goes through @action-validator/cli (the
// workflow schema from SchemaStore, plus job references such as `needs`), then through checks of this
// project's own:
//   - every `uses:` names a version (`actions/checkout@v4`), or is a local path;
//   - every `npm run <script>` (and `npm test`, `npm start`) names a script package.json has;
//   - every `node <file>` run from the repository names a file that exists.
// Usage: node scripts/check-workflows.mjs [workflow files or folders]   (default: .github/workflows)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const validatorCli = path.join(
  path.dirname(require.resolve('@action-validator/cli/package.json')),
  'cli.mjs',
);
const scripts = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).scripts ?? {};

function workflowFiles(targets) {
  const files = [];
  for (const target of targets) {
    const full = path.resolve(target);
    if (!existsSync(full)) {
      files.push({ file: full, missing: true });
    } else if (statSync(full).isDirectory()) {
      for (const name of readdirSync(full).sort()) {
        if (/\.ya?ml$/.test(name)) files.push({ file: path.join(full, name) });
      }
    } else {
      files.push({ file: full });
    }
  }
  return files;
}

/** The project's own rules, line by line (comments aside). */
function projectProblems(text) {
  const problems = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/(^|\s)#.*$/, '');
    const where = `line ${index + 1}`;
    const uses = /^\s*(?:-\s+)?uses:\s*['"]?([^'"\s]+)/.exec(line);
    if (
      uses?.[1] &&
      !uses[1].startsWith('./') &&
      !uses[1].startsWith('docker://') &&
      !/@[\w.-]+$/.test(uses[1])
    ) {
      problems.push(`${where}: "uses: ${uses[1]}" names no version (write ${uses[1]}@<tag or commit>)`);
    }
    for (const match of line.matchAll(/\bnpm\s+(?:run(?:-script)?\s+(?:-s\s+)?([\w:.-]+)|(test|start)\b)/g)) {
      const script = match[1] ?? match[2];
      if (script && !(script in scripts))
        problems.push(`${where}: "npm run ${script}": package.json has no such script`);
    }
    for (const match of line.matchAll(/\bnode\s+((?:scripts|node_modules|test)\/[\w./@-]+)/g)) {
      if (match[1] && !existsSync(path.join(root, match[1])))
        problems.push(`${where}: "node ${match[1]}": no such file`);
    }
  });
  return problems;
}

/**
 * action-validator's JSON report as one line per problem. Where the schema offers alternatives (a job is
 * either steps or a reusable workflow call), the alternative with the fewest problems is the one meant.
 */
function validatorProblems(output) {
  let report;
  try {
    report = JSON.parse(output.slice(output.indexOf('{')));
  } catch {
    return [`action-validator: ${output.trim() || 'failed without a message'}`];
  }
  const flatten = (errors) =>
    errors.flatMap((error) => {
      if (error.states?.length) {
        const closest = [...error.states].sort((a, b) => a.errors.length - b.errors.length)[0];
        return flatten(closest.errors);
      }
      const where = error.location ? `line ${error.location.line}` : error.path;
      return [`${where ? `${where}: ` : ''}${error.detail ?? error.title}`];
    });
  const lines = flatten(report.errors ?? []);
  return lines.length ? [...new Set(lines)] : [`action-validator: ${output.trim()}`];
}

const args = process.argv.slice(2);
const files = workflowFiles(args.length ? args : [path.join(root, '.github', 'workflows')]);
let failed = 0;
if (files.length === 0) {
  console.log('FAIL no workflow files found in .github/workflows');
  failed++;
}
for (const { file, missing } of files) {
  const name = path.relative(root, file) || file;
  if (missing) {
    console.log(`FAIL ${name}: no such file`);
    failed++;
    continue;
  }
  const validated = spawnSync(process.execPath, [validatorCli, file], {
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  const problems = [];
  if (validated.status !== 0) problems.push(...validatorProblems(validated.stderr || validated.stdout));
  problems.push(...projectProblems(readFileSync(file, 'utf8')));
  if (problems.length === 0) {
    console.log(`ok   ${name}`);
  } else {
    failed++;
    console.log(`FAIL ${name}`);
    for (const problem of problems) console.log(`     ${problem.split('\n').join('\n     ')}`);
  }
}
if (failed > 0) {
  console.log(`check-workflows: ${failed} of ${files.length} workflow file(s) failed`);
  process.exit(1);
}
console.log(`check-workflows: ${files.length} workflow file(s) valid`);
