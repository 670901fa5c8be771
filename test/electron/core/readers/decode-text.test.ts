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

describe('decodeText, harder cases', () => {
  const text = 'Pray for Kenya — and for the team’s work.\n';

  it.each([
    ['utf-16le', Buffer.from(text, 'utf16le')],
    ['utf-16be', Buffer.from(text, 'utf16le').swap16()],
  ])('recognises %s without a byte-order mark by its zero bytes', (encoding, bytes) => {
    expect(decodeText(bytes, 'x.txt')).toEqual({ text, encoding });
  });

  it('recognises UTF-16 without a mark in a non-Latin script too', () => {
    const russian = 'Молитвенные просьбы\n\nМолитесь за Кению.\n';
    expect(decodeText(Buffer.from(russian, 'utf16le'), 'x.txt')).toEqual({
      text: russian,
      encoding: 'utf-16le',
    });
  });

  it('keeps the Latin-1 meaning of the five bytes Windows-1252 leaves undefined', () => {
    // 0x81 and 0x9D: undefined in Windows-1252; iconv-lite alone would give '�'.
    const bytes = Uint8Array.from([0x93, 0x61, 0x94, 0x81, 0xe9, 0x9d]);
    expect(decodeText(bytes, 'x.txt')).toEqual({ text: '“a”\u0081é\u009d', encoding: 'windows-1252' });
  });

  it('uses the fallback a caller names when the bytes are not UTF-8', () => {
    const bytes = iconv.encode('Żółć', 'iso-8859-2');
    expect(decodeText(bytes, 'x.html', 'iso-8859-2')).toEqual({ text: 'Żółć', encoding: 'iso-8859-2' });
  });

  it('calls control-character noise binary even without a NUL byte', () => {
    const noise = Uint8Array.from({ length: 400 }, (_, i) => [0x01, 0x02, 0x41, 0x1f][i % 4]!);
    expect(() => decodeText(noise, 'noise.txt')).toThrow(/does not look like a text file/);
  });

  it('accepts the odd form feed and DOS end-of-file mark of old text files', () => {
    const bytes = Buffer.concat([Buffer.from('Pray for Peru.\f\r\n'), Buffer.from([0x1a])]);
    expect(decodeText(bytes, 'old.txt').encoding).toBe('utf-8');
  });
});
