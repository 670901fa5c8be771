import { describe, expect, it } from 'vitest';
import { textReader } from '../../../../electron/core/readers/text-reader';
import { extensionOf, readerFor, unsupportedReason } from '../../../../electron/core/readers/reader-registry';

describe('textReader', () => {
  it('returns one document and the encoding', async () => {
    const result = await textReader.read({ file: 'a.txt', bytes: Buffer.from('Pray for Kenya.\n') });
    expect(result).toEqual({ documents: [{ text: 'Pray for Kenya.\n' }], encoding: 'utf-8', warnings: [] });
  });

  it('drops Markdown heading marks and emphasis', async () => {
    const result = await textReader.read({
      file: 'a.md',
      bytes: Buffer.from('## South Asia\n\n**Pray** for Nepal.\n'),
    });
    expect(result.documents[0]?.text).toBe('South Asia\n\nPray for Nepal.\n');
  });

  it('calls an empty or blank file a problem', async () => {
    await expect(textReader.read({ file: 'e.txt', bytes: Buffer.from(' \n\n') })).rejects.toThrow(
      '"e.txt" is empty.',
    );
  });
});

describe('reader registry', () => {
  it.each([
    ['a/b/Week 12.TXT', '.txt'],
    ['notes.md', '.md'],
    ['.hidden', ''],
    ['dir.v2/README', ''],
    ['no-extension', ''],
  ])('extensionOf(%s) is %s', (file, ext) => {
    expect(extensionOf(file)).toBe(ext);
  });

  it('finds the text reader for .txt and .md, none for images', () => {
    expect(readerFor('x.txt')).toBe(textReader);
    expect(readerFor('x.MD')).toBe(textReader);
    expect(readerFor('x.jpg')).toBeUndefined();
  });

  it('names the formats it cannot read yet, and stays quiet about unrelated files', () => {
    expect(unsupportedReason('x.docx')).toMatch(/Word documents/);
    expect(unsupportedReason('x.jpg')).toBeUndefined();
  });
});
