// The CLI's argument grammar, validated up front so a typo is one clear line, not a stack trace.
import { parseArgs } from 'node:util';
import { KINDS, REGIONS, regionFromName } from '../../../shared/model';
import type { Kind, Region } from '../../../shared/model';
import type { SearchQuery } from '../../../shared/search-types';

export const USAGE = [
  'Usage:',
  '  prayer-desk parse <folder> [--org O]...',
  '  prayer-desk search <folder> <query> [--region R]... [--kind K]... [--org O]... [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--limit N] [--sort relevance|date|date-asc]',
  `Regions: ${REGIONS.join(', ')}. Kinds: ${KINDS.join(', ')}.`,
  'Organisations: the senders of the folder’s bulletins (IJM, Open Doors, Voice of the Martyrs …, Unknown).',
].join('\n');

export type CliCommand =
  | { command: 'parse'; folder: string; organisations?: string[] }
  | { command: 'search'; folder: string; query: SearchQuery }
  | { command: 'help' };

export class CliUsageError extends Error {
  override name = 'CliUsageError';
}

export function parseCliArgs(argv: readonly string[]): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        region: { type: 'string', multiple: true },
        kind: { type: 'string', multiple: true },
        from: { type: 'string' },
        to: { type: 'string' },
        limit: { type: 'string' },
        sort: { type: 'string' },
        org: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new CliUsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const [command, folder, ...rest] = positionals;
  if (values.help || command === 'help') return { command: 'help' };
  if (command !== 'parse' && command !== 'search') {
    throw new CliUsageError(
      command ? `Unknown command "${command}": use parse or search.` : 'No command given.',
    );
  }
  if (!folder) throw new CliUsageError(`"${command}" needs a folder.`);
  if (command === 'parse') {
    if (rest.length > 0) throw new CliUsageError(`"parse" takes one folder, not "${rest.join(' ')}".`);
    const searchOnly = (['region', 'kind', 'from', 'to', 'limit', 'sort'] as const).find(
      (k) => values[k] !== undefined,
    );
    if (searchOnly) throw new CliUsageError(`--${searchOnly} goes with "search", not "parse".`);
    return values.org ? { command, folder, organisations: values.org } : { command, folder };
  }
  if (rest.length === 0) throw new CliUsageError('"search" needs a query after the folder (use "" for all).');
  const query: SearchQuery = { text: rest.join(' ') };
  if (values.region) query.regions = values.region.map(toRegion);
  if (values.kind) query.kinds = values.kind.map(toKind);
  // Checked against the senders in the folder once it is read (see runCli).
  if (values.org) query.organisations = values.org;
  if (values.from !== undefined) query.from = toDate('--from', values.from);
  if (values.to !== undefined) query.to = toDate('--to', values.to);
  if (values.limit !== undefined) query.limit = toLimit(values.limit);
  if (values.sort !== undefined) {
    if (values.sort !== 'relevance' && values.sort !== 'date' && values.sort !== 'date-asc') {
      throw new CliUsageError(`--sort must be relevance, date or date-asc, not "${values.sort}".`);
    }
    query.sort = values.sort;
  }
  return { command, folder, query };
}

/** Case-insensitive, and forgiving about spaces, hyphens and '&': "east-asia", "mena", "latin-america". */
function toRegion(value: string): Region {
  const region = regionFromName(value);
  if (!region) throw new CliUsageError(`Unknown region "${value}". Regions: ${REGIONS.join(', ')}.`);
  return region;
}

function toKind(value: string): Kind {
  const kind = KINDS.find((k) => k === value.toLowerCase());
  if (!kind) throw new CliUsageError(`Unknown kind "${value}". Kinds: ${KINDS.join(', ')}.`);
  return kind;
}

function toDate(flag: string, value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== value) {
    throw new CliUsageError(`${flag} needs a date like 2019-04-27, not "${value}".`);
  }
  return value;
}

function toLimit(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 100_000) {
    throw new CliUsageError(`--limit needs a whole number from 1 to 100000, not "${value}".`);
  }
  return Number(value);
}
