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
