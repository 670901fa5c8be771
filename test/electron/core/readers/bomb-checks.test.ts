// The size checks the readers make before their libraries see the bytes (issue 12): a Word document is
// measured by the parts its relationships name, whatever they are called; a PDF by what its compressed
// streams unpack to. The killer files at full size are in test/electron/core/library/hostile-files.test.ts.
import { describe, expect, it } from 'vitest';
import { docxReader, MAX_DOCX_XML_BYTES } from '../../../../electron/core/readers/docx-reader';
import { MAX_PDF_STREAM_BYTES, pdfReader } from '../../../../electron/core/readers/pdf-reader';
import { docxBomb, pdfBomb, pdfDocument, wordDocument } from '../../../fixtures/formats/make-killer-files';

const WEEK = [
  'IJM Prayer Requests',
  'March 3, 2024',
  'Philippines',
  'Pray for the survivors in Manila who begin aftercare this week, and for the social workers who sit with them through every hearing, every question from the court and every long wait in the corridor.',
];

describe('the Word check', { timeout: 60_000 }, () => {
  it('refuses a main part that is not called *.xml once it unpacks past the limit', async () => {
    const bytes = await docxBomb(MAX_DOCX_XML_BYTES + 4 * 1024 * 1024);
    await expect(docxReader.read({ file: 'bomb.docx', bytes })).rejects.toThrow(
      /unpacks to far more text than any bulletin/,
    );
  });

  it('reads a document whose main part has another name, as mammoth does', async () => {
    const read = await docxReader.read({ file: 'ok.docx', bytes: wordDocument(WEEK, 'word/main.xml') });
    expect(read.documents[0]?.text).toContain('Pray for the survivors in Manila');
  });

  it('still refuses a zip with no Word document in it', async () => {
    const bytes = wordDocument(WEEK, 'word/document.xml');
    const broken = Buffer.from(
      bytes.toString('latin1').replaceAll('word/document.xml', 'word/missing.xml'),
      'latin1',
    );
    await expect(docxReader.read({ file: 'broken.docx', bytes: broken })).rejects.toThrow(
      /could not be opened/,
    );
  });
});

describe('the PDF check', { timeout: 60_000 }, () => {
  it('refuses a page whose content stream unpacks past the limit, before pdf.js reads it', async () => {
    const bytes = await pdfBomb(MAX_PDF_STREAM_BYTES + 4 * 1024 * 1024);
    await expect(pdfReader.read({ file: 'bomb.pdf', bytes })).rejects.toThrow(
      /holds a page that unpacks to far more than any bulletin/,
    );
  });

  it('reads an ordinary compressed page', async () => {
    const read = await pdfReader.read({ file: 'ok.pdf', bytes: pdfDocument(WEEK) });
    expect(read.documents[0]?.text).toContain('Philippines');
    expect(read.documents[0]?.text.replace(/\s+/g, ' ')).toContain('social workers who sit with them');
  });
});
