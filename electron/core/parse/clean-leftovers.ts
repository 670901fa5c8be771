// Leftovers of the bulletin's journey through e-mail and web pages: picture file names where images were,
// table borders and pipes from HTML tables, and link labels ("Read the full story .") whose link is gone.
// They are not prayer requests, so they are removed before paragraphs become items.

const IMAGE_EXTENSION = /\.(?:jpe?g|png|gif|bmp|webp|tiff?|heic|svg)(?:@[\w.]{0,80})?[\])>]?$/i;
const IMAGE_PLACEHOLDER = /^[[(<]?image:[^\]]{0,300}[\])>]?$/i;
const INLINE_IMAGE = /\[image:[^\]]{0,300}\]/gi;
// A line of only table borders or a horizontal rule: |---|---|, +-----+, -----, ____, ****, =====.
const RULE_LINE = /^[|+:=_*~\-–—\s]+$/;
const BARE_URL = /^<?(?:https?:\/\/|www\.)\S{1,2000}>?$/i;

/** A line that is only a picture's file name or placeholder: 'unnamed (3).jpg', 'image001.png', '[image: x]'. */
export function isImageLine(line: string): boolean {
  if (line.length > 200) return false;
  if (IMAGE_PLACEHOLDER.test(line)) return true;
  return IMAGE_EXTENSION.test(line) && line.split(' ').length <= 8;
}

/** A line of table borders, a horizontal rule or a lone '|'. */
export function isRuleLine(line: string): boolean {
  return line !== '' && RULE_LINE.test(line);
}

/** A table row's cells as plain text: '| Kenya | Praise God |' → 'Kenya Praise God'. */
export function cleanTablePipes(line: string): string {
  if (!line.includes('|')) return line;
  return line
    .split('|')
    .map((cell) => cell.trim())
    .filter((cell) => cell !== '')
    .join(' ');
}

/** Removes '[image: …]' placeholders that e-mail clients leave inside a line. */
export function stripInlineImages(line: string): string {
  return line.includes('[') ? line.replace(INLINE_IMAGE, ' ') : line;
}

/** A paragraph that is only a web address: the link survived, its label did not. */
export function isBareUrl(text: string): boolean {
  return BARE_URL.test(text);
}

// Link labels left at the end of a paragraph once the link itself was lost. Only removed when they follow the
// end of a sentence (or are the whole paragraph): "…that they would learn more." keeps its last words.
const LINK_LABEL =
  '(?:read (?:the |her |his |their |our |this |that )?(?:full |whole |complete |entire )?(?:story|article|post|blog|update|report|news)' +
  '|read more|click here(?: to (?:read|learn|watch|see|give|donate|find out)(?: more)?)?|learn more|find out more|more info(?:rmation)?' +
  '|watch (?:the |this |our |her |his |their )?(?:full )?(?:video|story|film|interview)' +
  '|see (?:the )?(?:full )?(?:story|photos?|pictures?|video|more))';
const LINK_LEFTOVER = new RegExp(
  `(^|[.!?…"”')\\]] ?)[(\\[]?${LINK_LABEL}(?: here| below| online)?(?: ?[.!:>»)\\]])*$`,
  'i',
);

// The words a link label can end with (before " here", " below" or " online" and closing punctuation).
const LABEL_LAST_WORDS = new Set(
  (
    'story article post blog update report news more here read learn watch see give donate out info ' +
    'information video film interview photo photos picture pictures below online'
  ).split(' '),
);
// What may follow it: closing punctuation, and spaces (trimmed between the removals below).
const LABEL_TRAILER = /[\s.!:>»)\]]/;

/**
 * Whether the text could end in a link label: its last word (before closing punctuation) is one a label
 * ends with. Most paragraphs cannot, and LINK_LEFTOVER would try every position of them to find that out.
 */
function mayEndInLinkLabel(text: string): boolean {
  let end = text.length;
  while (end > 0 && isLabelTrailer(text, end - 1)) end--;
  let start = end;
  while (start > 0 && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  // The words are 3 ("out") to 11 ("information") letters long.
  return end - start >= 3 && end - start <= 11 && LABEL_LAST_WORDS.has(text.slice(start, end).toLowerCase());
}

/** LABEL_TRAILER at `i`, without a regular expression for the usual ASCII character. */
function isLabelTrailer(text: string, i: number): boolean {
  const unit = text.charCodeAt(i);
  if (unit >= 0x80) return LABEL_TRAILER.test(text[i]!);
  return (
    unit === 0x20 ||
    (unit >= 0x09 && unit <= 0x0d) ||
    unit === 0x2e ||
    unit === 0x21 ||
    unit === 0x3a ||
    unit === 0x3e ||
    unit === 0x29 ||
    unit === 0x5d
  );
}

function isAsciiLetter(unit: number): boolean {
  return (unit >= 0x41 && unit <= 0x5a) || (unit >= 0x61 && unit <= 0x7a);
}

/** Removes link labels ("Read the full story .", "Click here", "Watch the video") from a paragraph's end. */
export function stripLinkLeftovers(text: string): string {
  if (!mayEndInLinkLabel(text)) return text.trim();
  let out = text;
  // A paragraph can end in two of them ("Read more. Watch the video.").
  for (let i = 0; i < 3; i++) {
    const next = out.replace(LINK_LEFTOVER, '$1').trim();
    if (next === out) break;
    out = next;
  }
  return out;
}

// Without these, tidySpacing has nothing to do: white space other than plain spaces, a space before another
// or before punctuation, or a space at either end (checked apart: cheaper than in the expression).
const MAYBE_UNTIDY = /[^\S ]| [ .,;:!?]/;

/** One space between words and none before closing punctuation ("industry ." → "industry."). */
export function tidySpacing(text: string): string {
  const untidy =
    MAYBE_UNTIDY.test(text) || text.charCodeAt(0) === 0x20 || text.charCodeAt(text.length - 1) === 0x20;
  if (!untidy) return text;
  return text
    .replace(/\s{2,}|[^\S ]/g, ' ')
    .replace(/ ([.,;:!?])(?= |$)/g, '$1')
    .trim();
}

// ---------------------------------------------------------------------------------------------------------
// Leftovers of a web page saved or copied as text: its navigation, buttons, photo credits, a calendar grid's
// weekday row, statistics boxes and bylines. Looked at line by line, before table pipes are removed (a
// navigation bar is "Home | About | Pray").

// Buttons and links that stand alone on a line.
const PAGE_BUTTON =
  /^(?:skip to (?:main )?content|skip navigation|jump to (?:main )?content|read more|continue reading|read the rest|printable (?:pdf|version|prayer (?:guide|calendar|diary|journal))|print(?: this)?(?: page| pdf| version)?|download(?: the)?(?: free)?(?: printable)?(?: pdf| prayer (?:guide|calendar|diary|journal))?(?: now| here)?|view (?:pdf|map|online|in browser)|(?:view |see )?(?:the )?map|share(?: this)?(?: post| page| article)?|tweet|pin it|email|facebook|twitter|instagram|linkedin|menu|search|home|back to top|top|next|previous|next post|previous post|older posts|newer posts|subscribe|sign up|donate|give now|give|log ?in|leave a (?:comment|reply)|comments?|\d+ comments?|no comments|like this:?|loading\.*)[\s.…»›>:!]*$/i;
// "Photo by TEAM", "Photo: Open Doors", "Photo courtesy of …", "Image credit: …", "(Photo: …)".
const PHOTO_CREDIT =
  /^[([]?(?:photo|photograph|image|picture|pic|credit|photo credit|image credit)s?(?: by| courtesy of| credit)?\s*[:\-–—]?\s+\S/i;
// A byline: "By Jane Smith", "Posted by admin on May 4, 2020", "Written by …", "Posted on May 4, 2020".
const BYLINE = /^(?:by|posted by|written by|posted on|published on|published by|author:?)\s+\S/i;
const WEEKDAY_NAME =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|mo|tu|we|th|fr|sa|su|m|t|w|f|s)$/i;
// "Teams: 25", "Team members: 126", "Population: 4.5 million", "Christians: 2%".
const STATISTIC = /^[\p{L}][\p{L} '’()-]{0,40}:\s*[~≈]?[\d][\d,. %]*(?:million|billion|thousand|m|k)?\+?$/iu;

// Cheap first looks, so that the ordinary line (a request) is passed over without the patterns above.
const CREDIT_OR_BYLINE_START = /^[([]?(?:photo|image|picture|pic|credit|by|posted|written|published|author)/i;
const WEEKDAY_START = /^(?:mon|tue|wed|thu|fri|sat|sun|mo|tu|we|th|fr|sa|su|m|t|w|f|s)\b/i;
const CELL_SEPARATORS = /[|»›>•·]|\s{2}/;

/** Whether a line (before table pipes are taken out) is a leftover of a web page, not part of the bulletin. */
export function isPageLeftover(line: string): boolean {
  if (line.length > 160) return false;
  if (line.length <= 60 && PAGE_BUTTON.test(line)) return true;
  if (line.length <= 120 && CREDIT_OR_BYLINE_START.test(line)) {
    if (PHOTO_CREDIT.test(line) || (BYLINE.test(line) && line.split(' ').length <= 12)) {
      // A byline is short and names someone; "By God's grace the court ruled …" is a sentence.
      const opening = line.split(' ').slice(0, 3).join(' ');
      if (!/[.!?]\s+\S/.test(line) && !/\b(?:god|lord|grace|faith|prayer)\b/i.test(opening)) return true;
    }
  }
  // A calendar grid's header row: every cell a weekday name (at least five of them).
  if (line.length <= 100 && WEEKDAY_START.test(line)) {
    const words = line.split(/[\s|,]+/).filter((w) => w !== '');
    if (words.length >= 5 && words.every((w) => WEEKDAY_NAME.test(w))) return true;
  }
  if (CELL_SEPARATORS.test(line)) {
    const cells = line.split(/\s*[|»›>•·]\s*|\s{2,}/).filter((c) => c !== '');
    if (cells.length >= 2) {
      // A statistics box: "Teams: 25 | Team members: 126".
      if (cells.every((c) => STATISTIC.test(c))) return true;
      // A navigation bar or breadcrumb: three or more short links and nothing that reads as a sentence.
      return (
        cells.length >= 3 &&
        /[|»›>]/.test(line) &&
        cells.every((c) => c.split(' ').length <= 3 && !/[.!?,:;]$/.test(c) && !/\d/.test(c))
      );
    }
  }
  // "Population: 4.5 million" alone on its line.
  return line.length <= 50 && line.includes(':') && STATISTIC.test(line) && line.split(' ').length <= 4;
}

/** A trailing photo credit on a line: "… 1 John 5:14, NIV | Photo by TEAM" → "… 1 John 5:14, NIV". */
export function stripTrailingCredit(line: string): string {
  if (!line.includes('hoto') && !line.includes('HOTO') && !line.includes('mage')) return line;
  return line.replace(
    /\s*[|–—]\s*(?:photo|image|picture)(?: by| courtesy of| credit)?\s*:?\s+[^|.]{1,60}$/i,
    '',
  );
}
