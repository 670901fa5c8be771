import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { linesToText, pageLines } from '../../../../electron/core/readers/pdf-lines';
import type { PlacedText } from '../../../../electron/core/readers/pdf-lines';
import { pdfReader } from '../../../../electron/core/readers/pdf-reader';
import { ReadError } from '../../../../electron/core/readers/reader';
import { parseBulletin } from '../../../../electron/core/parse/parse-bulletin';
import { makePdf, weekPdfLines, WEEKS } from '../../../fixtures/formats/make-fixtures';

const piece = (str: string, x: number, y: number, size = 11): PlacedText => ({
  str,
  x,
  y,
  width: str.length * size * 0.5,
  size,
});

describe('pdf lines', () => {
  it('joins pieces on one baseline, with a space only where they do not touch', () => {
    const lines = pageLines([piece('Pray for', 50, 700), piece('Kenya', 100, 700.4), piece('.', 127.5, 700)]);
    expect(lines.map((l) => l.text)).toEqual(['Pray for Kenya.']);
  });

  it('keeps lines of a paragraph together and starts a new one at a wide gap or a new font size', () => {
    const pages = [
      pageLines([
        piece('IJM Prayer Requests', 50, 740, 18),
        piece('Pray for the courts in Kenya as', 50, 700),
        piece('they hear the case this week.', 50, 686),
        piece('Latin America', 50, 650, 14),
        piece('Pray for Peru.', 50, 620),
      ]),
      pageLines([piece('Second page.', 50, 740)]),
    ];
    expect(linesToText(pages)).toBe(
      'IJM Prayer Requests\n\nPray for the courts in Kenya as\nthey hear the case this week.\n\nLatin America\n\nPray for Peru.\n\nSecond page.',
    );
  });

  it('starts a new paragraph when the text jumps back up (a second column)', () => {
    const lines = pageLines([piece('Left column.', 50, 700), piece('Right column.', 320, 740)]);
    expect(linesToText([lines])).toBe('Left column.\n\nRight column.');
  });

  it('ignores empty pieces and nonsense positions', () => {
    const lines = pageLines([piece('', 0, 0), { ...piece('x', 0, 0), y: Number.NaN }, piece('ok', 1, 1)]);
    expect(lines.map((l) => l.text)).toEqual(['ok']);
  });
});

describe('pdfReader', () => {
  it('reads a PDF bulletin with its paragraphs in order', async () => {
    const bytes = await makePdf([weekPdfLines(WEEKS[2]!)]);
    const result = await pdfReader.read({ file: 'b.pdf', bytes });
    expect(result.encoding).toBe('pdf');
    expect(result.documents).toHaveLength(1);
    const bulletin = parseBulletin(result.documents[0]!.text, { file: 'b.pdf', mtimeMs: 0 });
    expect(bulletin).toMatchObject({
      title: 'IJM Prayer Requests',
      date: '2024-03-17',
      scripture: { reference: 'Isaiah 1:17' },
    });
    expect(bulletin.items.map((i) => i.text)).toEqual(WEEKS[2]!.items.map(([, text]) => text));
  });

  it('gives a document per week when a PDF holds several, one per page', async () => {
    const bytes = await makePdf(WEEKS.map(weekPdfLines));
    const result = await pdfReader.read({ file: 'all.pdf', bytes });
    const dates = result.documents.map((d) => parseBulletin(d.text, { file: 'a.pdf', mtimeMs: 0 }).date);
    expect(dates).toEqual(['2024-03-03', '2024-03-10', '2024-03-17']);
  });

  it('does not leave the buffer it was given unusable', async () => {
    const bytes = await makePdf([weekPdfLines(WEEKS[0]!)]);
    const copy = Buffer.from(bytes);
    await pdfReader.read({ file: 'b.pdf', bytes });
    expect(Buffer.compare(bytes, copy)).toBe(0);
  });

  it('calls an empty, corrupt, cut-off or text-less PDF a problem, naming the file', async () => {
    const good = await makePdf([weekPdfLines(WEEKS[0]!)]);
    const blank = await PDFDocument.create();
    blank.addPage();
    const cases: Array<[string, Uint8Array, RegExp]> = [
      ['empty.pdf', new Uint8Array(0), /"empty.pdf" is empty/],
      ['text.pdf', Buffer.from('%PDF-1.4\nthis is not really a PDF'), /damaged PDF/],
      ['noise.pdf', Uint8Array.from({ length: 2000 }, (_, i) => (i * 131) % 251), /damaged PDF/],
      ['cut.pdf', good.subarray(0, 300), /damaged PDF|without any text/],
      ['scan.pdf', await blank.save(), /without any text.*scanned/],
    ];
    for (const [file, bytes, message] of cases) {
      await expect(pdfReader.read({ file, bytes }), file).rejects.toThrow(ReadError);
      await expect(pdfReader.read({ file, bytes }), file).rejects.toThrow(message);
    }
  });
});

describe('pdf.js in a process without drawing support', () => {
  it('loads where DOMMatrix and friends do not exist (the packaged app) and leaves no stand-ins behind', async () => {
    const scope = globalThis as Record<string, unknown>;
    const before = ['DOMMatrix', 'ImageData', 'Path2D'].map((name) => scope[name]);
    const bytes = await makePdf([weekPdfLines(WEEKS[1]!)]);
    const result = await pdfReader.read({ file: 'b.pdf', bytes });
    expect(result.documents[0]?.text).toContain('March 10, 2024');
    expect(['DOMMatrix', 'ImageData', 'Path2D'].map((name) => scope[name])).toEqual(before);
  });
});
