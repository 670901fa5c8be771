// Reads the bulletin fixtures (test/fixtures/bulletins/*.txt, one quirk each) and parses them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Bulletin } from '../../../../shared/model';
import type { ParseMeta } from '../../../../electron/core/parse/parse-bulletin';
import { parseBulletin } from '../../../../electron/core/parse/parse-bulletin';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../fixtures/bulletins');

/** A fixed modification time (2020-01-02 UTC) so file-time dates are predictable. */
export const FIXED_MTIME = Date.UTC(2020, 0, 2, 12);

export function readFixture(name: string): string {
  return readFileSync(path.join(dir, name), 'utf8');
}

/** Parses a fixture with its own name as the file name and FIXED_MTIME, unless meta says otherwise. */
export function parseFixture(name: string, meta: Partial<ParseMeta> = {}): Bulletin {
  return parseBulletin(readFixture(name), { file: name, mtimeMs: FIXED_MTIME, ...meta });
}

/** Parses an inline text, as if it were a file named 'inline.txt'. */
export function parseText(text: string, meta: Partial<ParseMeta> = {}): Bulletin {
  return parseBulletin(text, { file: 'inline.txt', mtimeMs: FIXED_MTIME, ...meta });
}
