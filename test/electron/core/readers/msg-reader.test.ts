import { describe, expect, it } from 'vitest';
import { checkCompoundFile, CompoundFileError } from '../../../../electron/core/readers/check-compound-file';
import { msgReader } from '../../../../electron/core/readers/msg-reader';
import { ReadError } from '../../../../electron/core/readers/reader';
import { parseBulletin } from '../../../../electron/core/parse/parse-bulletin';
import { makeMsg, weekHtml, weekText, WEEKS } from '../../../fixtures/formats/make-fixtures';

const crlf = (text: string) => text.replace(/\n/g, '\r\n');

describe('msgReader', () => {
  it('reads the subject and plain body of an Outlook message saved in UTF-16', async () => {
    const bytes = makeMsg({ subject: 'IJM Prayer Requests', body: crlf(weekText(WEEKS[0]!)) });
    const result = await msgReader.read({ file: 'a.msg', bytes });
    expect(result.encoding).toBe('utf-16le');
    expect(result.documents).toHaveLength(1);
    const doc = result.documents[0]!;
    expect(doc.titleHint).toBe('IJM Prayer Requests');
    const bulletin = parseBulletin(doc.text, { file: 'a.msg', mtimeMs: 0, ...doc });
    expect(bulletin).toMatchObject({ title: 'IJM Prayer Requests', date: '2024-03-03' });
    expect(bulletin.items).toHaveLength(3);
  });

  it('reads an older Outlook message whose strings are Windows-1252', async () => {
    const bytes = makeMsg({
      subject: 'Prayer – “this week”',
      body: 'Pray for God’s people in Peru… and give thanks.',
      unicode: false,
    });
    const result = await msgReader.read({ file: 'old.msg', bytes });
    expect(result.encoding).toBe('windows-1252');
    expect(result.documents[0]).toMatchObject({
      text: 'Pray for God’s people in Peru… and give thanks.',
      titleHint: 'Prayer – “this week”',
    });
  });

  it('prefers the HTML body, and takes the date it was sent when the body has none', async () => {
    const week = { ...WEEKS[1]!, date: '' };
    const bytes = makeMsg({
      subject: 'IJM Prayer Requests',
      body: 'PLAIN BODY',
      html: `<html><body>${weekHtml(week)}<img src="https://x.example/t.gif" alt="PIXEL"></body></html>`,
      sent: new Date(Date.UTC(2024, 2, 10, 12, 0)),
    });
    const result = await msgReader.read({ file: 'h.msg', bytes });
    const doc = result.documents[0]!;
    expect(doc.text).not.toMatch(/PLAIN BODY|PIXEL/);
    expect(doc.text).toContain('Pray for the team in Cebu');
    const bulletin = parseBulletin(doc.text, { file: 'h.msg', mtimeMs: 0, ...doc });
    expect(bulletin).toMatchObject({ date: '2024-03-10', dateSource: 'text' });
  });

  it('calls a file that is not a .msg, an empty one or a damaged one a problem, naming the file', async () => {
    const good = makeMsg({ subject: 'IJM Prayer Requests', body: 'Pray for Peru.' });
    const cases: Array<[string, Uint8Array, RegExp]> = [
      ['empty.msg', new Uint8Array(0), /"empty.msg" is empty/],
      ['text.msg', Buffer.from('From: someone\nPray for Peru.'), /not an Outlook message/],
      ['cut.msg', good.subarray(0, 700), /damaged Outlook message/],
      ['zeros.msg', Buffer.concat([good.subarray(0, 8), Buffer.alloc(4096)]), /damaged Outlook message/],
    ];
    for (const [file, bytes, message] of cases) {
      await expect(msgReader.read({ file, bytes }), file).rejects.toThrow(ReadError);
      await expect(msgReader.read({ file, bytes }), file).rejects.toThrow(message);
    }
  });
});

describe('checkCompoundFile', () => {
  const good = makeMsg({ subject: 'IJM Prayer Requests', body: 'Pray for Peru, for the courts there.' });

  it('accepts a well-formed message', () => {
    expect(() => checkCompoundFile(good)).not.toThrow();
  });

  it('refuses a sector chain that loops back on itself', () => {
    const bytes = Buffer.from(good);
    const sectorSize = 512;
    const directoryStart = bytes.readInt32LE(0x30);
    const fatSector = bytes.readInt32LE(0x4c);
    // Make the directory's chain point back to its own first sector.
    bytes.writeInt32LE(directoryStart, (fatSector + 1) * sectorSize + 4 * directoryStart);
    expect(() => checkCompoundFile(bytes)).toThrow(CompoundFileError);
  });

  it('refuses a directory tree that loops', () => {
    const bytes = Buffer.from(good);
    const directory = (bytes.readInt32LE(0x30) + 1) * 512;
    // Entry 1 (a stream under the root) names the root's first child, itself, as its right sibling.
    const child = bytes.readInt32LE(directory + 0x4c);
    bytes.writeInt32LE(child, directory + 128 * child + 0x48);
    expect(() => checkCompoundFile(bytes)).toThrow(CompoundFileError);
  });

  it('refuses a stream that claims to be larger than the file', () => {
    const bytes = Buffer.from(good);
    const directory = (bytes.readInt32LE(0x30) + 1) * 512;
    bytes.writeInt32LE(0x7fffffff, directory + 128 + 0x78);
    expect(() => checkCompoundFile(bytes)).toThrow(CompoundFileError);
  });

  it('refuses table counts larger than the file', () => {
    const bytes = Buffer.from(good);
    bytes.writeInt32LE(0x7fffffff, 0x48);
    expect(() => checkCompoundFile(bytes)).toThrow(CompoundFileError);
  });
});
