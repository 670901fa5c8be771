import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { docxReader, MAX_DOCX_XML_BYTES } from '../../../../electron/core/readers/docx-reader';
import { ReadError } from '../../../../electron/core/readers/reader';
import { parseBulletin } from '../../../../electron/core/parse/parse-bulletin';
import { makeDocx, makeDocxBomb, weekParagraphs, WEEKS } from '../../../fixtures/formats/make-fixtures';

describe('docxReader', () => {
  it('reads headings and paragraphs in order, as one bulletin', async () => {
    const bytes = await makeDocx(weekParagraphs(WEEKS[1]!));
    const result = await docxReader.read({ file: 'w.docx', bytes });
    expect(result.encoding).toBe('utf-8');
    expect(result.documents).toHaveLength(1);
    const bulletin = parseBulletin(result.documents[0]!.text, { file: 'w.docx', mtimeMs: 0 });
    expect(bulletin).toMatchObject({
      title: 'IJM Prayer Requests',
      date: '2024-03-10',
      scripture: { reference: 'Psalm 82:3' },
    });
    expect(bulletin.items.map((i) => [i.region, i.heading])).toEqual([
      ['Africa', null],
      ['Southeast Asia & Pacific', 'Southeast Asia'],
      ['Latin America & Caribbean', 'Latin America'],
    ]);
  });

  it('makes each table cell a paragraph', async () => {
    const bytes = await makeDocx(
      [{ text: 'IJM Prayer Requests' }, { text: 'July 7, 2024' }],
      [['Pray for the courts in Kenya this week.', 'Pray for the shelter in Moldova.']],
    );
    const result = await docxReader.read({ file: 't.docx', bytes });
    expect(result.documents[0]?.text).toBe(
      'IJM Prayer Requests\n\nJuly 7, 2024\n\nPray for the courts in Kenya this week.\n\nPray for the shelter in Moldova.',
    );
  });

  it('gives a document per week when one Word file holds several', async () => {
    const bytes = await makeDocx(WEEKS.flatMap(weekParagraphs));
    const result = await docxReader.read({ file: 'year.docx', bytes });
    const dates = result.documents.map((d) => parseBulletin(d.text, { file: 'y.docx', mtimeMs: 0 }).date);
    expect(dates).toEqual(['2024-03-03', '2024-03-10', '2024-03-17']);
  });

  it('refuses a zip bomb by the sizes its directory declares', async () => {
    const bytes = await makeDocxBomb(MAX_DOCX_XML_BYTES / 1048576 + 4);
    expect(bytes.length).toBeLessThan(100_000);
    await expect(docxReader.read({ file: 'bomb.docx', bytes })).rejects.toThrow(/unpacks to far more text/);
  });

  it('refuses a zip bomb that lies about its sizes, by unpacking as a stream and counting', async () => {
    const bytes = await makeDocxBomb(MAX_DOCX_XML_BYTES / 1048576 + 4, true);
    const zip = await JSZip.loadAsync(bytes);
    const declared = (zip.files['word/document.xml'] as unknown as { _data: { uncompressedSize: number } })
      ._data.uncompressedSize;
    expect(declared).toBe(1000);
    await expect(docxReader.read({ file: 'liar.docx', bytes })).rejects.toThrow(/unpacks to far more text/);
  });

  it('calls a corrupt, empty, or non-Word file a problem that mentions Word documents', async () => {
    const notWord = new JSZip();
    notWord.file('xl/workbook.xml', '<workbook/>');
    const good = await makeDocx(weekParagraphs(WEEKS[0]!));
    const cases: Array<[string, Uint8Array, RegExp]> = [
      ['empty.docx', new Uint8Array(0), /"empty.docx" is empty/],
      ['text.docx', Buffer.from('PK\u0003\u0004 pretend Word file'), /Word documents/],
      ['cut.docx', good.subarray(0, Math.floor(good.length / 2)), /Word documents/],
      ['sheet.docx', await notWord.generateAsync({ type: 'nodebuffer' }), /Word documents/],
      [
        'broken-xml.docx',
        await (async () => {
          const zip = await JSZip.loadAsync(good);
          zip.file('word/document.xml', '<w:document><w:body><w:p>unclosed');
          return zip.generateAsync({ type: 'nodebuffer' });
        })(),
        /Word documents/,
      ],
    ];
    for (const [file, bytes, message] of cases) {
      await expect(docxReader.read({ file, bytes }), file).rejects.toThrow(ReadError);
      await expect(docxReader.read({ file, bytes }), file).rejects.toThrow(message);
    }
  });
});
