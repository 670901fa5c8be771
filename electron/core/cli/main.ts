// Entry point of `npm run cli` (through tsx) and of the built `prayer-desk-cli` (scripts/build-cli.mjs).
// Kept tiny so everything testable lives in run-cli.ts.
import { fileURLToPath } from 'node:url';
import { runCli } from './run-cli';

// The parse child beside the running entry: parse-child.mjs next to the built bundle (dist-cli/), or the
// TypeScript source (run through tsx) when this file runs as source.
const self = fileURLToPath(import.meta.url);
const parseChild = self.endsWith('.ts')
  ? fileURLToPath(new URL('../library/parse-child.ts', import.meta.url))
  : fileURLToPath(new URL('./parse-child.mjs', import.meta.url));

const io = {
  stdout: (text: string) => void process.stdout.write(text),
  stderr: (text: string) => void process.stderr.write(text),
  // npm runs scripts from the package folder; INIT_CWD is where the user actually typed the command.
  cwd: process.env.INIT_CWD ?? process.cwd(),
  parseChild,
};

runCli(process.argv.slice(2), io, { direct: true }).then(
  (code) => {
    // exitCode, not exit(): let a large JSON finish flushing to a pipe.
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `prayer-desk: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
