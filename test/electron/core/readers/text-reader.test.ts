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

  it('repairs mojibake and says so in a warning', async () => {
    const result = await textReader.read({ file: 'm.txt', bytes: Buffer.from('Godâ€™s people â€“ Pray.\n') });
    expect(result.documents[0]?.text).toBe('God’s people – Pray.\n');
    expect(result.warnings).toEqual([expect.stringMatching(/Repaired 2 garbled characters/)]);
  });

  it('gives one document per week of a saved thread', async () => {
    const week = (date: string, country: string) =>
      `IJM Prayer Requests\n\n${date}\n\nPray for the courts in ${country} as they hear new cases this week.\n\n`;
    const bytes = Buffer.from(week('May 5, 2024', 'Kenya') + week('May 12, 2024', 'Peru'));
    const result = await textReader.read({ file: 't.txt', bytes });
    expect(result.documents.map((d) => d.text.split('\n')[2])).toEqual(['May 5, 2024', 'May 12, 2024']);
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

  it('names the formats it cannot read yet, says what to do, and stays quiet about unrelated files', () => {
    expect(unsupportedReason('x.doc')).toMatch(/older Word documents \(\.doc\).*save it as a Word Document/);
    expect(unsupportedReason('x.rtf')).toMatch(/RTF documents/);
    expect(unsupportedReason('x.docx')).toBeUndefined();
    expect(unsupportedReason('x.jpg')).toBeUndefined();
  });

  it.each([
    ['a.html', '.html'],
    ['a.HTM', '.htm'],
    ['a.eml', '.eml'],
    ['a.msg', '.msg'],
    ['a.docx', '.docx'],
    ['a.pdf', '.pdf'],
  ])('has a reader for %s', (file, ext) => {
    expect(readerFor(file)?.extensions).toContain(ext);
  });
});
