// The core without a window: parse a folder or search it, JSON out. Exit codes: 0 done (even when some
// files were problems: they are listed), 2 bad arguments or no such folder.
import { stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createParsePool, forkChild } from '../library/parse-pool';
import type { ReadLimits } from '../library/read-limits';
import type { LoadFolderOptions } from '../library/scan-folder';
import type { Bulletin } from '../../../shared/model';
import { organisationOf, UNKNOWN_ORGANISATION } from '../../../shared/model';
import { loadFolder } from '../library/scan-folder';
import { createSearchEngine } from '../search/lunr-engine';
import { CliUsageError, parseCliArgs, USAGE } from './parse-cli-args';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Where relative folders are resolved from (npm run changes the working directory). */
  cwd: string;
  /**
   * Where the CLI remembers files whose reading had to be stopped, so the next run skips them until they
   * change (stopped-files.ts). Default: $XDG_CACHE_HOME/prayer-desk-cli, or ~/.cache/prayer-desk-cli.
   */
  dataDir?: string;
  /** The parse child's entry; default parse-child.ts beside this file's library folder (run via tsx). */
  parseChild?: string;
  /** The parse pool's limits per file; default read-limits.ts' readLimitsFor (tests shorten them). */
  readLimits?: (file: string, size: number) => ReadLimits;
  /** Reads files in this process instead of a parse pool: for tests that fake the file system. */
  reader?: LoadFolderOptions['reader'];
}

/** The CLI's own data folder (see CliIo.dataDir). */
export function defaultCliDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const cache = env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : null;
  return path.join(cache ?? path.join(homedir(), '.cache'), 'prayer-desk-cli');
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
  // Every file is parsed in a child process that can be stopped (parse-pool.ts): a file built to hang or
  // fill memory is named as a problem, and the others are read.
  const pool = io.reader
    ? null
    : createParsePool({
        spawn: forkChild(
          io.parseChild ?? fileURLToPath(new URL('../library/parse-child.ts', import.meta.url)),
        ),
        ...(io.readLimits ? { limitsFor: io.readLimits } : {}),
      });
  let loaded;
  try {
    loaded = await loadFolder(folder, {
      direct: options.direct,
      reader: io.reader ?? pool ?? undefined,
      userDataDir: io.dataDir ?? defaultCliDataDir(),
    });
  } finally {
    pool?.close();
  }
  const asked = command.command === 'parse' ? command.organisations : command.query.organisations;
  let organisations: string[] | undefined;
  try {
    organisations = asked && matchOrganisations(asked, loaded.bulletins);
  } catch (error) {
    if (!(error instanceof CliUsageError)) throw error;
    io.stderr(`prayer-desk: ${error.message}\n`);
    return 2;
  }
  if (command.command === 'parse') {
    const bulletins = organisations
      ? loaded.bulletins.filter((b) => organisations.includes(organisationOf(b)))
      : loaded.bulletins;
    io.stdout(`${JSON.stringify({ ...loaded, bulletins }, null, 2)}\n`);
    return 0;
  }
  const query = organisations ? { ...command.query, organisations } : command.query;
  const result = createSearchEngine(loaded.bulletins).search(query);
  const senderOf = new Map(loaded.bulletins.map((b) => [b.file, organisationOf(b)]));
  const hits = result.hits.map(({ file, date, region, kind, score, snippet, text }) => ({
    file,
    date,
    region,
    organisation: senderOf.get(file) ?? UNKNOWN_ORGANISATION,
    kind,
    // Three decimals are plenty to compare hits; raw floats only add noise.
    score: Math.round(score * 1000) / 1000,
    snippet,
    text,
  }));
  io.stdout(`${JSON.stringify({ total: result.total, hits }, null, 2)}\n`);
  return 0;
}

/**
 * The folder's sender names for what was typed after --org, case, spaces and punctuation aside ('open-doors',
 * 'ijm', 'voice of the martyrs'); a name no bulletin has is a usage error listing those that are there.
 */
function matchOrganisations(typed: readonly string[], bulletins: readonly Bulletin[]): string[] {
  const present = [...new Set(bulletins.map(organisationOf))].sort();
  const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return typed.map((name) => {
    const found = present.find((p) => key(p) === key(name));
    if (!found) {
      throw new CliUsageError(
        `No bulletin here is from "${name}". Organisations in this folder: ${present.join(', ') || 'none'}.`,
      );
    }
    return found;
  });
}
