import { describe, expect, it } from 'vitest';
import { emlReader } from '../../../../electron/core/readers/eml-reader';
import { ReadError } from '../../../../electron/core/readers/reader';
import { parseBulletin } from '../../../../electron/core/parse/parse-bulletin';
import { readFixture, weekText, WEEKS } from '../../../fixtures/formats/make-fixtures';

const parse = (text: string, hints: { titleHint?: string; dateHint?: string } = {}) =>
  parseBulletin(text, { file: 'mail.eml', mtimeMs: 0, ...hints });

const mail = (headers: string, body: string) => Buffer.from(`${headers.trim()}\r\n\r\n${body}`);

describe('emlReader', () => {
  it('prefers the HTML part of multipart/alternative, decoded from base64', async () => {
    const result = await emlReader.read({
      file: 'm.eml',
      bytes: await readFixture('multipart-alternative.eml'),
    });
    expect(result.encoding).toBe('utf-8');
    expect(result.documents).toHaveLength(1);
    const doc = result.documents[0]!;
    expect(doc.text).not.toContain('PLAIN PART');
    expect(doc.text).not.toMatch(/tracking pixel|mail-tracker/);
    expect(doc.titleHint).toBe('IJM Prayer Requests – this week');
    expect(doc.dateHint).toBe('Sun, 28 Apr 2024 08:15:00 -0500');
    const bulletin = parse(doc.text, doc);
    expect(bulletin).toMatchObject({ title: 'IJM Prayer Requests', date: '2024-04-28', dateSource: 'text' });
    expect(bulletin.items.map((i) => i.region)).toEqual([
      'Africa',
      'Latin America & Caribbean',
      'South Asia',
    ]);
  });

  it('falls back to the plain part, undoing quoted-printable Windows-1252 (curly quotes, dash, euro)', async () => {
    const result = await emlReader.read({
      file: 'q.eml',
      bytes: await readFixture('quoted-printable-1252.eml'),
    });
    expect(result.encoding).toBe('windows-1252');
    const doc = result.documents[0]!;
    expect(doc.text).toContain('“Mercy triumphs over judgment.” – James 2:13');
    expect(doc.text).toContain('from a farm… he’s safe now');
    expect(doc.text).toContain('the €1,000 fine');
  });

  it('uses the Date header only when the body has no date, and takes the sender’s calendar day', async () => {
    const result = await emlReader.read({
      file: 'q.eml',
      bytes: await readFixture('quoted-printable-1252.eml'),
    });
    const doc = result.documents[0]!;
    // Sent at 21:40 on Saturday in California: already Sunday in UTC, but the bulletin is Saturday's.
    expect(doc.dateHint).toBe('Sat, 11 May 2024 21:40:00 -0700');
    const bulletin = parse(doc.text, doc);
    expect(bulletin).toMatchObject({ date: '2024-05-11', dateSource: 'text' });
    expect(bulletin.warnings).toContain(
      'No date in the text or the file name; used the date the e-mail was sent.',
    );
    // A subject starting with "Fwd:" is a title without it.
    expect(parse('Pray for Chile this week, for the courts.', { titleHint: doc.titleHint }).title).toBe(
      'IJM Prayer Requests',
    );
  });

  it('gives each bulletin of a forwarded thread, and each attached e-mail, a document of its own', async () => {
    const result = await emlReader.read({ file: 't.eml', bytes: await readFixture('forwarded-thread.eml') });
    const dates = result.documents.map((d) => parse(d.text, d).date);
    expect(dates).toEqual(['2024-06-09', '2024-06-16', '2024-06-02']);
    // The attached e-mail carries its own subject and date.
    expect(result.documents[2]).toMatchObject({
      titleHint: 'IJM Prayer Requests',
      dateHint: 'Sun, 2 Jun 2024 07:00:00 -0400',
    });
  });

  it('skips a short covering note above an attached bulletin', async () => {
    const inner = `From: a@example.org\r\nSubject: IJM Prayer Requests\r\nDate: Sun, 3 Mar 2024 07:00:00 +0000\r\n\r\n${weekText(WEEKS[0]!)}`;
    const bytes = mail(
      'From: b@example.org\nSubject: Fwd: prayer\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b"',
      `--b\r\nContent-Type: text/plain\r\n\r\nSee attached, thanks!\r\n--b\r\nContent-Type: message/rfc822\r\n\r\n${inner}\r\n--b--\r\n`,
    );
    const result = await emlReader.read({ file: 'f.eml', bytes });
    expect(result.documents).toHaveLength(1);
    expect(result.documents[0]?.text).toContain('Praise God for a court in Ghana');
  });

  it('calls a corrupt, empty or header-less file a problem, naming the file', async () => {
    const cases: Array<[string, Uint8Array, RegExp]> = [
      ['empty.eml', Buffer.from(''), /"empty.eml" is empty/],
      [
        'binary.eml',
        Uint8Array.from([0xff, 0x00, 0x13, 0x88, 0x99, 0x00, 0x42]),
        /does not look like a saved e-mail/,
      ],
      ['notes.eml', Buffer.from('Shopping list\n\neggs, milk\n'), /does not look like a saved e-mail/],
      ['cut.eml', Buffer.from('From: a@example.org\r\nSubject: IJM Pray'), /e-mail with no text/],
      [
        'garbled.eml',
        mail(
          'From: a@example.org\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64',
          Buffer.from(Uint8Array.from({ length: 300 }, (_, i) => (i * 37) % 256)).toString('base64'),
        ),
        /damaged e-mail/,
      ],
    ];
    for (const [file, bytes, message] of cases) {
      const read = emlReader.read({ file, bytes });
      await expect(read, file).rejects.toThrow(ReadError);
      await expect(emlReader.read({ file, bytes }), file).rejects.toThrow(message);
    }
  });
});
