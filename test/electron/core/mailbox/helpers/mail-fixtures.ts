// Messages for the mailbox tests, written for them: bulletins in the shapes missions send (IJM's weekly
// e-mail from the archive generator, a mission's monthly letter under country headings), and the mail
// around them that must be left out (a personal note that mentions prayer, a fundraising appeal from a
// mission, a receipt), plus the hostile cases.
import { bulletinMessage, mailDates, mboxEntry, rawMessage } from '../../../../bench/generate-mailbox';

export const DAY = 24 * 3600 * 1000;
export const T0 = Date.UTC(2024, 2, 3, 9, 12, 44);

export function ijmBulletin(index: number, ms = T0 + index * 7 * DAY, style = index): string {
  return mboxEntry(bulletinMessage(index, ms, style, `<ijm${index}@ijm.org>`), 'prayer@ijm.org', ms);
}

/** A mission's letter: no known sender, no prayer subject, no date in the text — but country headings. */
export const MISSION_LETTER = [
  'Dear praying friends,',
  '',
  'Thank you for standing with our partners this month. Here is where your prayers are needed most.',
  '',
  'Nigeria',
  '',
  'Three village churches in the north were attacked in the last weeks, and many families are sleeping in the open or with relatives in town. Ask the Lord to comfort those who lost husbands and sons, to give the pastors wisdom as they care for the scattered flock, and to move the local authorities to protect the villages before the planting season begins.',
  '',
  'India',
  '',
  'A group of believers in a small town were told by their landlord to leave because they meet for worship in their home. Pray that they find a new place to stay before the rains, that their neighbours would see the love of Christ in how they respond, and for the lawyer who is helping them understand their rights under the law.',
  '',
  'Vietnam',
  '',
  'Our partners held a training week for young church leaders in the highlands, the first in two years. Give thanks for safe travel for all forty who came, and pray that what they learned about caring for new believers would bear fruit in their home villages in the months ahead.',
  '',
  'With gratitude,',
  'The partner team',
].join('\n');

export function missionLetter(ms = T0): string {
  return mboxEntry(
    rawMessage(
      {
        From: 'Partner Team <team@partners-in-mission.example>',
        To: 'office@stmarks-church.org.uk',
        Subject: 'News from the field, March',
        Date: mailDates(ms).header,
        'Message-ID': '<letter@partners-in-mission.example>',
        'Content-Type': 'text/plain; charset=utf-8',
      },
      MISSION_LETTER,
    ),
    'team@partners-in-mission.example',
    ms,
  );
}

export function personalNote(ms = T0): string {
  return mboxEntry(
    rawMessage(
      {
        From: 'Ann Baker <ann.baker@example.net>',
        Subject: "Re: Mum's operation",
        Date: mailDates(ms).header,
        'Content-Type': 'text/plain; charset=utf-8',
      },
      [
        'Thank you all so much for praying for Mum last week. The operation went well and she is home again, a bit sore but already complaining about the hospital food, which we take as a good sign.',
        '',
        'Could someone take my place on the coffee rota on Sunday? I want to stay with her for the first few days.',
        '',
        'Love, Ann',
      ].join('\n'),
    ),
    'ann.baker@example.net',
    ms,
  );
}

export function missionAppeal(ms = T0): string {
  return mboxEntry(
    rawMessage(
      {
        From: 'International Justice Mission <donate@ijm.org>',
        Subject: 'Your gift goes twice as far this week',
        Date: mailDates(ms).header,
        'Content-Type': 'text/html; charset=utf-8',
      },
      '<html><body><p>Until Friday, every gift to our rescue fund will be matched by a generous group of supporters, up to a total of two hundred thousand dollars.</p><p>Your support means rescue, restoration and justice for families held in forced labour. We are grateful for every way you pray and give.</p><p>Give today at our website.</p></body></html>',
    ),
    'donate@ijm.org',
    ms,
  );
}

export function receipt(n: number, ms = T0): string {
  return mboxEntry(
    rawMessage(
      {
        From: 'Garden Centre <orders@gardencentre.example>',
        Subject: `Your order ${1000 + n} has shipped`,
        Date: mailDates(ms).header,
        'Content-Type': 'text/plain; charset=utf-8',
      },
      `Thank you for your order. Two bags of compost and one watering can are on their way.\n\nFrom the warehouse with care,\nThe Garden Centre team\n`,
    ),
    'orders@gardencentre.example',
    ms,
  );
}

/** A message that looks worth reading (its subject is about prayer) with `body` as it is. */
export function prayerSubjectMessage(subject: string, headers: Record<string, string>, body: string): string {
  return mboxEntry(
    rawMessage(
      {
        From: 'Prayer Chain <chain@church.example>',
        Subject: subject,
        Date: mailDates(T0).header,
        ...headers,
      },
      body,
    ),
    'chain@church.example',
    T0,
  );
}

export function manyParts(count: number): string {
  const b = 'p';
  const parts = Array.from(
    { length: count },
    (_, i) => `--${b}\nContent-Type: text/plain\n\nPart ${i}: pray\n`,
  );
  return prayerSubjectMessage(
    'Prayer points in many parts',
    { 'Content-Type': `multipart/mixed; boundary="${b}"` },
    `${parts.join('')}--${b}--\n`,
  );
}

export function deepNesting(depth: number): string {
  let body = 'Content-Type: text/plain\n\nPray for the innermost part.\n';
  for (let d = depth; d > 0; d--) {
    const b = `n${d}`;
    body = `Content-Type: multipart/mixed; boundary="${b}"\n\n--${b}\n${body}--${b}--\n`;
  }
  const split = body.indexOf('\n\n');
  return prayerSubjectMessage(
    'Prayer points, nested',
    { 'Content-Type': body.slice(14, split) },
    body.slice(split + 2),
  );
}

/** A text part whose base64 was damaged in transit: lines cut, characters swapped for others. */
export function brokenBase64(): string {
  const bytes = Buffer.alloc(3000);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 251;
  const lines = (bytes.toString('base64').match(/.{1,76}/g) ?? []).map((line, i) =>
    i % 3 === 0 ? line.slice(0, 30) + '%%' + line.slice(40) : line,
  );
  return prayerSubjectMessage(
    'Prayer requests this week',
    { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Transfer-Encoding': 'base64' },
    `${lines.join('\n')}\n`,
  );
}

export function fromLineStorm(count: number): string {
  return Array.from(
    { length: count },
    (_, i) => `From storm${i}@example.net Sun Mar  3 09:12:44 2024\n\n`,
  ).join('');
}
