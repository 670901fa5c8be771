// Turns a renderer-given, library-relative path into an absolute path that is certainly inside the
// library folder, or refuses. The renderer is untrusted; these paths reach the disk (show in folder,
// serving files), so: lexical checks first (no '..', no drive, no UNC, no NUL — see shared/relative-path),
// then both the folder and the target are resolved with realpath and compared with path.relative, which
// catches symlinks (and Windows junctions) that lead out of the folder. Plain Node: no Electron here.
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { relativePathProblem } from '../../../shared/relative-path';

export class PathConfinementError extends Error {
  override name = 'PathConfinementError';
}

export interface ConfineOptions {
  /** What the target must be; default 'file'. */
  kind?: 'file' | 'any';
}

/** True when `child` (absolute, real) is `root` itself or inside it. */
export function isInside(root: string, child: string): boolean {
  const rel = path.relative(root, child);
  // A different drive on Windows gives an absolute `rel`; '..' or '../x' climbs out.
  return !path.isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${path.sep}`);
}

/**
 * Resolves `file` (relative to `root`, '/'-separated) to a real absolute path inside the real `root`.
 * Throws PathConfinementError with a plain-words reason for anything else, including missing files.
 */
export async function confinePath(
  root: string,
  file: unknown,
  options: ConfineOptions = {},
): Promise<string> {
  if (typeof file !== 'string') throw new PathConfinementError('The file name is not text.');
  const problem = relativePathProblem(file) ?? windowsNameProblem(file);
  if (problem !== null) throw new PathConfinementError(problem);

  const realRoot = await realpathOrRefuse(root, 'The library folder cannot be found.');
  const target = path.resolve(realRoot, ...file.split('/'));
  // Lexically inside first: cheap, and keeps realpath from probing anything outside the folder.
  if (!isInside(realRoot, target) || target === realRoot) {
    throw new PathConfinementError('The file is outside the library folder.');
  }
  const realTarget = await realpathOrRefuse(target, 'The file cannot be found in the library folder.');
  if (!isInside(realRoot, realTarget) || realTarget === realRoot) {
    throw new PathConfinementError(
      'The file is outside the library folder (it is a link to somewhere else).',
    );
  }
  if ((options.kind ?? 'file') === 'file' && !(await stat(realTarget)).isFile()) {
    throw new PathConfinementError('That is a folder, not a bulletin file.');
  }
  return realTarget;
}

// Windows device names: 'NUL', 'con.txt' and the like open a device, not a file.
const WINDOWS_DEVICE = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/**
 * Names Windows would read differently from how they are written: 'x.txt:stream' (an alternate data
 * stream), 'x.txt.' or 'x.txt ' (trailing dots and spaces are dropped), device names. Refused on every
 * OS before touching the disk, so the same request behaves the same everywhere.
 */
export function windowsNameProblem(file: string): string | null {
  if (file.includes(':')) return 'The file name must not contain ":".';
  for (const segment of file.split('/')) {
    if (/[.\s]$/.test(segment)) return 'A file or folder name must not end with a dot or a space.';
    if (WINDOWS_DEVICE.test(segment)) return 'The file name names a device, not a file.';
  }
  return null;
}

async function realpathOrRefuse(p: string, message: string): Promise<string> {
  try {
    return await realpath(p);
  } catch (error) {
    // ENOENT, ELOOP (a symlink loop), EACCES…: all mean "not a file we may use"; the code helps a log reader.
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown';
    throw new PathConfinementError(`${message} (${code})`);
  }
}
