// Lexical checks on a library-relative path coming from the renderer (a bulletin's `file`), before any
// lookup. The renderer is untrusted, so anything shaped like an escape is refused — on every OS alike:
// a path that would climb out on Windows ('..\x', 'C:\x', '\\server\share') is refused on Linux too,
// so tests on one OS cover the others. Names that are merely odd (a ':' or a trailing dot, legal on
// macOS and Linux) pass here; the main process adds the disk-level checks (realpath, symlinks, Windows
// device names) before it touches a file.

/** Longest relative path accepted; far beyond any real bulletin path, short enough to bound the work. */
export const MAX_RELATIVE_PATH_LENGTH = 1024;

/** Why `file` is not a safe library-relative path, in plain words; null when it is. */
export function relativePathProblem(file: string): string | null {
  if (file.length === 0) return 'The file name is empty.';
  if (file.length > MAX_RELATIVE_PATH_LENGTH) return 'The file name is too long.';
  // eslint-disable-next-line no-control-regex -- control characters (NUL first) are exactly what is refused
  if (/[\u0000-\u001f\u007f]/.test(file)) return 'The file name contains control characters.';
  if (file.includes('\\')) return 'The file name must use "/" between folders.';
  if (file.startsWith('/')) return 'The file name must be relative to the library folder.';
  if (/^[a-zA-Z]:/.test(file)) return 'The file name must not name a drive.';
  for (const segment of file.split('/')) {
    if (segment === '') return 'The file name has an empty folder name.';
    // '.', '..' and what Windows turns into them by dropping trailing dots and spaces ('...', '.. ').
    if (/^[.\s]+$/.test(segment)) return 'The file name must not climb out of the library folder.';
  }
  return null;
}

export function isSafeRelativePath(file: string): boolean {
  return relativePathProblem(file) === null;
}
