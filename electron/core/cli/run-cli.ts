// The core without a window: parse a folder or search it, JSON out. Exit codes: 0 done (even when some
// files were problems: they are listed), 2 bad arguments or no such folder.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { loadFolder } from '../library/scan-folder';
import { createSearchEngine } from '../search/lunr-engine';
import { CliUsageError, parseCliArgs, USAGE } from './parse-cli-args';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Where relative folders are resolved from (npm run changes the working directory). */
  cwd: string;
}

/**
 * `direct`: read the folder without Node's thread pool (see scan-folder's FolderAccessOptions). The
 * built CLI (main.ts) does: it has nothing else to answer while it reads, and the pool's hand-overs cost
 * more than small reads themselves.
 */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  options: { direct?: boolean } = {},
): Promise<number> {
  let command;
  try {
    command = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof CliUsageError)) throw error;
    io.stderr(`prayer-desk: ${error.message} (try --help)\n`);
    return 2;
  }
  if (command.command === 'help') {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  const folder = path.resolve(io.cwd, command.folder);
  const info = await stat(folder).catch(() => null);
  if (!info?.isDirectory()) {
    io.stderr(`prayer-desk: ${info ? 'not a folder' : 'no such folder'}: ${folder}\n`);
    return 2;
  }
  const loaded = await loadFolder(folder, { direct: options.direct });
  if (command.command === 'parse') {
    io.stdout(`${JSON.stringify(loaded, null, 2)}\n`);
    return 0;
  }
  const result = createSearchEngine(loaded.bulletins).search(command.query);
  const hits = result.hits.map(({ file, date, region, kind, score, snippet, text }) => ({
    file,
    date,
    region,
    kind,
    // Three decimals are plenty to compare hits; raw floats only add noise.
    score: Math.round(score * 1000) / 1000,
    snippet,
    text,
  }));
  io.stdout(`${JSON.stringify({ total: result.total, hits }, null, 2)}\n`);
  return 0;
}
