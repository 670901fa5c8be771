// Every file's bytes and times under a folder, to prove the app never writes into the user's library.
import { createHash } from 'node:crypto';
import { lstat, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export async function snapshotFolder(root: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  async function visit(dir: string): Promise<void> {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const abs = path.join(dir, entry.name);
      const info = await lstat(abs);
      const rel = path.relative(root, abs);
      if (entry.isDirectory()) {
        out[`${rel}/`] = `dir mtime=${info.mtimeMs}`;
        await visit(abs);
      } else if (entry.isFile()) {
        const hash = createHash('sha256')
          .update(await readFile(abs))
          .digest('hex');
        out[rel] = `${hash} size=${info.size} mtime=${info.mtimeMs}`;
      } else {
        out[rel] = `other mtime=${info.mtimeMs}`;
      }
    }
  }
  await visit(root);
  return out;
}
