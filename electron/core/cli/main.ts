// Entry point of `npm run cli` (through tsx) and of the built `prayer-desk-cli` (scripts/build-cli.mjs).
// Kept tiny so everything testable lives in run-cli.ts.
import { runCli } from './run-cli';

const io = {
  stdout: (text: string) => void process.stdout.write(text),
  stderr: (text: string) => void process.stderr.write(text),
  // npm runs scripts from the package folder; INIT_CWD is where the user actually typed the command.
  cwd: process.env.INIT_CWD ?? process.cwd(),
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
