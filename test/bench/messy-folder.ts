// Bench (issue 12): a messy folder — ordinary weekly bulletins with both killer files (a Word document
// whose main part unpacks to ~400 MB, a PDF page of ~300 MB of operators) and other bad input among them —
// read by `prayer-desk parse`, its parse pool included. Prints the wall time and the peak resident memory
// summed over the CLI and every child process (sampled from /proc every 50 ms; Linux only).
//   tsx test/bench/messy-folder.ts [good files, default 2000]
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { docxBomb, pdfBomb, wordDocument } from '../fixtures/formats/make-killer-files';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const COUNTRIES = ['Kenya', 'Uganda', 'Philippines', 'Guatemala', 'India', 'Ghana', 'Cambodia', 'Bolivia'];

function week(i: number): string {
  const date = new Date(Date.UTC(2011, 0, 2 + 7 * i)).toISOString().slice(0, 10);
  const lines = ['IJM Prayer Requests', date, ''];
  for (let n = 0; n < 6; n++) {
    const country = COUNTRIES[(i + n) % COUNTRIES.length]!;
    lines.push(
      country,
      `Pray for the family of a young survivor in ${country} who returned home this week after a long case in the district court. Pray that the social workers who walk with them find the words and the patience they need, and that the neighbours who once looked away now welcome them back with kindness.`,
      '',
    );
  }
  return lines.join('\n');
}

/** Resident memory of `pid` and all its descendants, in bytes. */
function treeRss(pid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      rss.set(Number(name), Number(fields[21]) * 4096);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended meanwhile.
    }
  }
  let total = 0;
  const walk = (p: number) => {
    total += rss.get(p) ?? 0;
    for (const c of children.get(p) ?? []) walk(c);
  };
  walk(pid);
  return total;
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 2000);
  const dir = await mkdtemp(path.join(tmpdir(), 'pd-messy-'));
  const library = path.join(dir, 'library');
  try {
    for (let i = 0; i < count; i++) {
      const rel = path.join(library, String(2011 + Math.floor(i / 52)), `week-${i}.txt`);
      await mkdir(path.dirname(rel), { recursive: true });
      await writeFile(rel, week(i));
    }
    await mkdir(path.join(library, 'odd'), { recursive: true });
    await writeFile(path.join(library, 'odd/main-part-not-xml.docx'), await docxBomb());
    await writeFile(path.join(library, 'odd/page-of-300-mb.pdf'), await pdfBomb());
    await writeFile(path.join(library, 'odd/renamed.docx'), wordDocument([week(1)], 'word/body.xml'));
    await writeFile(path.join(library, 'odd/empty.txt'), '');
    await writeFile(path.join(library, 'odd/binary.txt'), Buffer.alloc(4096, 0));
    await writeFile(path.join(library, 'odd/long-line.txt'), 'x'.repeat(3_000_000));

    const started = performance.now();
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(ROOT, 'electron/core/cli/main.ts'), 'parse', library],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
        env: { ...process.env, XDG_CACHE_HOME: path.join(dir, 'cache') },
      },
    );
    let peak = 0;
    const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 50);
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    clearInterval(timer);
    const seconds = (performance.now() - started) / 1000;
    const parsed = JSON.parse(out) as { bulletins: unknown[]; problems: { file: string; error: string }[] };
    console.log(
      `messy folder (${count} bulletins + 6 bad files): ${seconds.toFixed(1)} s, peak RSS ${(peak / 1048576).toFixed(0)} MB across all processes, exit ${code}, ${parsed.bulletins.length} bulletins, ${parsed.problems.length} problems`,
    );
    for (const p of parsed.problems) console.log(`  ${p.file}: ${p.error.slice(0, 100)}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
