// The reference point for a cold `prayer-desk-cli search`: what plain Lunr 2.3.9 needs, in a fresh Node
// process, to read the same files, index them and answer one query. Plain JavaScript (nothing to compile),
// Lunr's defaults, one document per paragraph (split at blank lines: lighter than the app's parser), the
// file read as UTF-8. Prints {"total": n} like the CLI's first line of work. Run by test/bench/cli-bench.ts.
// Usage: node test/bench/plain-lunr-search.mjs <folder> <query>
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import lunr from 'lunr';

async function listFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(full)));
    else out.push(full);
  }
  return out.sort();
}

const [folder, query] = process.argv.slice(2);
if (!folder || !query) throw new Error('usage: plain-lunr-search <folder> <query>');
const docs = [];
for (const file of await listFiles(folder)) {
  const text = await readFile(file, 'utf8');
  text.split(/\r?\n[ \t]*\r?\n/).forEach((paragraph, i) => {
    if (paragraph.trim()) docs.push({ id: `${file}#${i}`, text: paragraph });
  });
}
const index = lunr(function () {
  this.ref('id');
  this.field('text');
  for (const doc of docs) this.add(doc);
});
process.stdout.write(`${JSON.stringify({ total: index.search(query).length })}\n`);
