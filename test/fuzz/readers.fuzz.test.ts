// Fuzzing every reader: mutated copies of the format fixtures (bytes flipped, cut, inserted, deleted,
// repeated), random bytes, and well-formed containers (Word, Outlook, PDF, e-mail, web page) around random
// text. Every reader must either give documents the parser can take, or refuse with a ReadError (a plain-
// words problem) — never another exception, never a hang. Bounded numbers of runs, no timing; set
// FUZZ_SEED to replay a failure fast-check reports.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBulletinFile } from '../../electron/core/library/scan-folder';
import { parseBulletin } from '../../electron/core/parse/parse-bulletin';
import { ReadError } from '../../electron/core/readers/reader';
import type { BulletinReader } from '../../electron/core/readers/reader';
import { readers } from '../../electron/core/readers/reader-registry';
import {
  encodeUtf16,
  encodeWindows1252,
  makeDocx,
  makeMsg,
  makePdf,
  makeDocxBomb,
  readFixture,
  weekHtml,
  weekParagraphs,
  weekPdfLines,
  weekText,
  WEEKS,
} from '../fixtures/formats/make-fixtures';

const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
// FUZZ_SCALE=20 runs twenty times as many cases, for a longer hunt on a developer's machine.
const scale = Math.max(1, Number(process.env.FUZZ_SCALE) || 1);
const params = (numRuns: number) => ({ numRuns: numRuns * scale, ...(seed === undefined ? {} : { seed }) });

let seeds: Uint8Array[] = [];
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'pd-fuzz-'));
  const [a, b, c] = WEEKS as [(typeof WEEKS)[0], (typeof WEEKS)[0], (typeof WEEKS)[0]];
  seeds = [
    Buffer.from(weekText(a)),
    encodeUtf16(weekText(b), 'le', true),
    encodeUtf16(weekText(c), 'be', false),
    encodeWindows1252(weekText(a)),
    await readFixture('mojibake.txt'),
    await readFixture('bulletin.md'),
    await readFixture('bulletin.html'),
    await readFixture('church-page.htm'),
    await readFixture('hostile.html'),
    await readFixture('multipart-alternative.eml'),
    await readFixture('quoted-printable-1252.eml'),
    await readFixture('forwarded-thread.eml'),
    makeMsg({ subject: 'IJM Prayer Requests', body: weekText(b), sent: new Date(Date.UTC(2024, 2, 10)) }),
    makeMsg({ subject: 'Old Outlook', body: weekText(c), unicode: false }),
    await makeDocx(weekParagraphs(a), [['Pray for Peru.', 'Pray for Chile.']]),
    await makePdf([weekPdfLines(b), weekPdfLines(c)]),
    await makeDocxBomb(1),
  ];
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Reads with one reader: documents the parser then takes, or a ReadError. Anything else fails the test. */
async function readSafely(reader: BulletinReader, bytes: Uint8Array, file: string): Promise<void> {
  let result;
  try {
    result = await reader.read({ file, bytes });
  } catch (error) {
    if (error instanceof ReadError) {
      expect(error.message.length).toBeGreaterThan(0);
      return;
    }
    throw new Error(`${reader.extensions[0]} reader threw ${String(error)} (not a ReadError)`);
  }
  expect(typeof result.encoding).toBe('string');
  expect(result.documents.length).toBeGreaterThan(0);
  for (const doc of result.documents) {
    expect(typeof doc.text).toBe('string');
    const bulletin = parseBulletin(doc.text, {
      file,
      mtimeMs: 0,
      titleHint: doc.titleHint,
      dateHint: doc.dateHint,
    });
    expect(bulletin.warnings.some((w) => w.startsWith('Prayer Desk could not understand'))).toBe(false);
  }
}

async function throughEveryReader(bytes: Uint8Array): Promise<void> {
  for (const reader of readers) await readSafely(reader, bytes, `fuzz${reader.extensions[0]}`);
}

// eslint-disable-next-line no-control-regex -- the characters XML forbids are exactly what is removed
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/g;

type Mutation =
  | { kind: 'flip'; at: number; value: number }
  | { kind: 'cut'; at: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'repeat'; at: number; length: number; times: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ maxLength: 64 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.nat({ max: 256 }) }),
  fc.record({
    kind: fc.constant('repeat' as const),
    at: fc.nat(),
    length: fc.nat({ max: 512 }),
    times: fc.integer({ min: 2, max: 40 }),
  }),
);

function mutate(input: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  let bytes = Buffer.from(input);
  for (const m of mutations) {
    const at = bytes.length === 0 ? 0 : m.at % bytes.length;
    if (m.kind === 'flip' && bytes.length > 0) bytes[at] = m.value;
    else if (m.kind === 'cut') bytes = bytes.subarray(0, at);
    else if (m.kind === 'insert') bytes = Buffer.concat([bytes.subarray(0, at), m.bytes, bytes.subarray(at)]);
    else if (m.kind === 'delete')
      bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + m.length)]);
    else if (m.kind === 'repeat') {
      const slice = bytes.subarray(at, at + m.length);
      bytes = Buffer.concat([
        bytes.subarray(0, at),
        ...Array.from({ length: m.times }, () => slice),
        bytes.subarray(at),
      ]);
    }
  }
  return bytes;
}

/** Text with the characters that trouble readers: controls, mojibake, markup, surrogates, long runs. */
const nastyText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc
    .array(
      fc.constantFrom(
        'IJM Prayer Requests',
        'March 3, 2024',
        'Pray for Kenya.',
        '\n',
        '\n\n',
        'â€™',
        'Ã©',
        '<p>',
        '</div>',
        '&amp;',
        '<script>x</script>',
        '\u0000',
        '\u0092',
        '\ud800',
        'From: a@b.c',
        '---------- Forwarded message ---------',
        '•',
        ' ',
      ),
      { maxLength: 60 },
    )
    .map((parts) => parts.join('')),
);

describe('readers under fuzzing', () => {
  it('every reader takes mutated fixtures of every format without an exception that is not a ReadError', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        async (pick, mutations) => {
          await throughEveryReader(mutate(seeds[pick % seeds.length]!, mutations));
        },
      ),
      params(300),
    );
  }, 120_000);

  it('every reader takes random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (bytes) => {
        await throughEveryReader(bytes);
      }),
      params(120),
    );
  }, 120_000);

  it('every reader takes random text in any encoding', async () => {
    await fc.assert(
      fc.asyncProperty(nastyText, fc.constantFrom('utf8', 'utf16le', 'latin1'), async (text, encoding) => {
        await throughEveryReader(Buffer.from(text, encoding as BufferEncoding));
      }),
      params(150),
    );
  }, 120_000);

  it('well-formed Word, Outlook, e-mail and web-page containers around random text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(nastyText, { maxLength: 6 }), async (texts) => {
        const joined = texts.join('\n');
        // XML cannot hold control characters or lone surrogates: Word never writes them.
        const docx = await makeDocx(texts.map((text) => ({ text: text.replace(NOT_XML, '') })));
        await readSafely(
          readers.find((r) => r.extensions.includes('.docx'))!,
          docx,
          'f.docx',
        );
        const msg = makeMsg({
          subject: texts[0] ?? '',
          body: joined,
          html: texts[1] ? `<p>${texts[1]}</p>` : undefined,
        });
        await readSafely(
          readers.find((r) => r.extensions.includes('.msg'))!,
          msg,
          'f.msg',
        );
        const eml = Buffer.from(
          `From: a@example.org\r\nSubject: ${texts[0] ?? ''}\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${joined}`,
        );
        await readSafely(
          readers.find((r) => r.extensions.includes('.eml'))!,
          eml,
          'f.eml',
        );
        await readSafely(
          readers.find((r) => r.extensions.includes('.html'))!,
          Buffer.from(weekHtml(WEEKS[0]!) + joined),
          'f.html',
        );
      }),
      params(60),
    );
  }, 120_000);

  it('PDFs around random printable text', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.array(
            fc.string({
              unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
              maxLength: 90,
            }),
            { maxLength: 12 },
          ),
          {
            minLength: 1,
            maxLength: 3,
          },
        ),
        async (pages) => {
          const pdf = await makePdf(pages.map((lines) => lines.map((text) => ({ text }))));
          await readSafely(
            readers.find((r) => r.extensions.includes('.pdf'))!,
            pdf,
            'f.pdf',
          );
        },
      ),
      params(20),
    );
  }, 120_000);

  it('scan-folder turns whatever a reader meets into bulletins or plain problems, never an odd failure', async () => {
    const extensions = readers.flatMap((r) => r.extensions);
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        fc.array(mutation, { maxLength: 3 }),
        fc.constantFrom(...extensions),
        async (pick, mutations, ext) => {
          const bytes = mutate(seeds[pick % seeds.length]!, mutations);
          const file = `fuzz${ext}`;
          await writeFile(path.join(dir, file), bytes);
          const read = await readBulletinFile(dir, { file, size: bytes.length, mtimeMs: 0 });
          expect(read.bulletins.length + read.problems.length).toBeGreaterThan(0);
          for (const problem of read.problems) {
            expect(problem.file).toBe(file);
            // This wording is scan-folder's safety net for exceptions that are not ReadErrors.
            expect(problem.error).not.toMatch(/could not be understood/);
          }
          for (const bulletin of read.bulletins) expect(bulletin.file.startsWith(file)).toBe(true);
        },
      ),
      params(40),
    );
  }, 120_000);
});
