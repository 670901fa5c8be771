import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../../electron/core/readers/decode-text';
import { ReadError } from '../../../../electron/core/readers/reader';

const sample = 'God’s “justice” – now… for €5 — café';

describe('decodeText', () => {
  it.each([
    ['utf-8', Buffer.from(sample, 'utf-8')],
    ['utf-8-bom', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sample, 'utf-8')])],
    ['utf-16le', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sample, 'utf16le')])],
    ['utf-16be', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(sample, 'utf16le').swap16()])],
    ['windows-1252', iconv.encode(sample, 'windows-1252')],
  ])('reads %s and says so', (encoding, bytes) => {
    expect(decodeText(bytes, 'x.txt')).toEqual({ text: sample, encoding });
  });

  it('maps the 0x80–0x9F bytes of Windows-1252 to curly quotes, dashes, ellipsis and euro', () => {
    const bytes = Uint8Array.from([0x93, 0x94, 0x91, 0x92, 0x96, 0x97, 0x85, 0x80]);
    expect(decodeText(bytes, 'x.txt').text).toBe('“”‘’–—…€');
  });

  it('refuses binary data with a message naming the file', () => {
    expect(() => decodeText(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), 'a/b.txt')).toThrow(
      ReadError,
    );
    expect(() => decodeText(Uint8Array.from([0x00, 0x01]), 'a/b.txt')).toThrow(
      /"a\/b.txt" does not look like a text file/,
    );
  });
});
