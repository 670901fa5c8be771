import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SplitMessage } from '../../../../electron/core/mailbox/mbox-splitter';
import { isEnvelopeLine, MboxSplitter } from '../../../../electron/core/mailbox/mbox-splitter';

function split(text: string, chunkSizes: number[] = [], max = 1 << 20) {
  const bytes = Buffer.from(text, 'latin1');
  const splitter = new MboxSplitter({ maxMessageBytes: max });
  const messages: SplitMessage[] = [];
  let at = 0;
  let k = 0;
  while (at < bytes.length) {
    const size = chunkSizes.length > 0 ? Math.max(1, chunkSizes[k++ % chunkSizes.length]!) : bytes.length;
    messages.push(...splitter.push(bytes.subarray(at, at + size)));
    at += size;
  }
  const end = splitter.end();
  messages.push(...end.messages);
  return { messages, endsInsideLine: end.endsInsideLine, preamble: splitter.preamble };
}

const bodies = (messages: SplitMessage[]) => messages.map((m) => m.bytes.toString('latin1'));

const MBOXRD = [
  'From prayer@ijm.org Sun Mar  3 09:12:44 2024',
  'From: IJM <prayer@ijm.org>',
  'Subject: IJM Prayer Requests',
  '',
  'Pray for the survivors.',
  '>From the field office: more news soon.',
  '>>From an escaped line that was escaped already.',
  'From here on, a line that starts with From but follows text.',
  '',
  'From the director: this paragraph starts with From after a blank line.',
  '',
  'From - Mon Mar 04 10:00:00 2024',
  'From: Ann <ann@example.net>',
  'Subject: Lunch',
  '',
  'See you at one.',
  '',
].join('\n');

describe('MboxSplitter', () => {
  it('cuts at "From " lines of the separator shape after a blank line, and unescapes >From', () => {
    const { messages } = split(MBOXRD);
    expect(messages).toHaveLength(2);
    expect(messages.map((m) => m.number)).toEqual([1, 2]);
    expect(messages[0]!.envelope).toBe('From prayer@ijm.org Sun Mar  3 09:12:44 2024');
    const first = bodies(messages)[0]!;
    expect(first).toContain('\nFrom the field office: more news soon.\n');
    expect(first).toContain('\n>From an escaped line that was escaped already.\n');
    expect(first).toContain('\nFrom here on, a line');
    expect(first).toContain('\nFrom the director: this paragraph');
    expect(bodies(messages)[1]).toMatch(/^From: Ann/);
    expect(messages[1]!.start).toBe(MBOXRD.indexOf('From - Mon'));
    expect(messages[1]!.end).toBe(MBOXRD.length);
  });

  it('gives the same messages whatever the chunk sizes', () => {
    const whole = bodies(split(MBOXRD).messages);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 12 }), (sizes) => {
        expect(bodies(split(MBOXRD, sizes).messages)).toEqual(whole);
      }),
    );
  });

  it('reads CRLF mailboxes', () => {
    const { messages } = split(MBOXRD.replace(/\n/g, '\r\n'), [7]);
    expect(messages).toHaveLength(2);
    expect(bodies(messages)[1]).toMatch(/^From: Ann/);
  });

  it('knows the separators mail programs write', () => {
    for (const line of [
      'From 1787412345678901234@xxx Thu Apr 04 14:21:34 +0000 2024', // Google Takeout
      'From - Thu Apr  4 14:21:34 2024', // Thunderbird
      'From ann@example.net Thu Apr  4 14:21:34 2024', // Apple Mail, mutt
      'From ???@??? Thu Apr 04 14:21:34 2024', // Eudora
    ]) {
      expect(isEnvelopeLine(line), line).toBe(true);
    }
    for (const line of [
      'From the field office, Nairobi',
      'From Monday on we meet at 7:30 in 2024 too',
      'From:',
    ]) {
      expect(isEnvelopeLine(line), line).toBe(false);
    }
  });

  it('keeps only the head of a message larger than the limit, and goes on', () => {
    const big = `From a@b.c Sun Mar  3 09:12:44 2024\nSubject: Photos\n\n${'x'.repeat(5000)}\n\n`;
    const small = 'From a@b.c Sun Mar  3 09:12:45 2024\nSubject: Hello\n\nHi\n';
    const { messages } = split(big + small, [100], 1000);
    expect(messages.map((m) => m.tooLarge)).toEqual([true, false]);
    expect(messages[0]!.bytes.length).toBe(0);
    expect(messages[0]!.head.toString('latin1')).toMatch(/^Subject: Photos/);
    expect(bodies(messages)[1]).toBe('Subject: Hello\n\nHi\n');
  });

  it('tells a file that ends inside a line, and counts what comes before the first separator', () => {
    const cut = split('junk before\n\nFrom a@b.c Sun Mar  3 09:12:44 2024\nSubject: x\n\nhalf a line');
    expect(cut.endsInsideLine).toBe(true);
    expect(cut.preamble).toBeGreaterThan(0);
    expect(split(MBOXRD).endsInsideLine).toBe(false);
  });
});
