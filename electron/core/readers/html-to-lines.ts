// HTML (web pages, HTML e-mails, Word's output via mammoth) to the plain layout the parser expects: one
// paragraph or heading per line, blank lines between paragraphs. Headings, paragraphs, list items and table
// cells each become a paragraph; <br> breaks a line inside one, two <br> in a row end it.
//
// Safety: this only reads the markup as it is tokenized. Nothing is executed, loaded or fetched; scripts,
// styles, frames, images, forms and anything hidden (the hidden attribute, aria-hidden, display:none,
// visibility:hidden, mso-hide:all) contribute no text at all.
//
// htmlparser2's Tokenizer is used rather than its Parser: the Parser keeps its element stack with
// Array.unshift, which makes deeply nested markup (100,000 unclosed tags) take minutes. Here the stack only
// grows and shrinks at its end, and a closing tag with nothing open to match is ignored at once, so the
// work stays linear in the size of the page.
import { Tokenizer } from 'htmlparser2';

export interface HtmlText {
  /** The visible text, laid out as the parser expects. */
  text: string;
  /** The page's <title>, if any. */
  title: string | null;
}

/** Elements whose content is never visible text: code, frames, media, forms and the document head. */
const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'picture',
  'img',
  'map',
  'input',
  'select',
  'textarea',
  'button',
  'datalist',
  'noembed',
  'noframes',
  'xml',
  'link',
  'meta',
  'base',
]);

/** Elements that start and end a paragraph of their own. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

const HIDING_STYLE = /(?:^|[;\s])(?:display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all)\b/i;

function hides(name: string, attribs: Record<string, string>): boolean {
  if (DROPPED.has(name) || name.startsWith('v:') || name.startsWith('o:shape')) return true;
  if ('hidden' in attribs) return true;
  if ((attribs['aria-hidden'] ?? '').trim().toLowerCase() === 'true') return true;
  return HIDING_STYLE.test(attribs.style ?? '');
}

/** Elements with no content and no closing tag. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/** Opening one of these closes an open element named in its set (a new <li> ends the previous one). */
const PARAGRAPH_CLOSERS = [
  'address article aside blockquote details div dl fieldset figcaption figure footer form',
  'h1 h2 h3 h4 h5 h6 header hgroup hr main nav ol p pre section table ul',
].join(' ');
const IMPLIED_CLOSE = new Map<string, Set<string>>([
  ...PARAGRAPH_CLOSERS.split(' ').map((name) => [name, new Set(['p'])] as const),
  ['li', new Set(['li', 'p'])],
  ['dt', new Set(['dt', 'dd', 'p'])],
  ['dd', new Set(['dt', 'dd', 'p'])],
  ['tr', new Set(['tr', 'td', 'th'])],
  ['td', new Set(['td', 'th'])],
  ['th', new Set(['td', 'th'])],
  ['tbody', new Set(['tbody', 'thead', 'tfoot', 'tr', 'td', 'th'])],
  ['thead', new Set(['tbody', 'thead', 'tfoot', 'tr', 'td', 'th'])],
  ['tfoot', new Set(['tbody', 'thead', 'tfoot', 'tr', 'td', 'th'])],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['option', 'optgroup'])],
]);

interface OpenElement {
  name: string;
  hides: boolean;
}

/** The visible text of an HTML document, one paragraph per line with blank lines between. */
export function htmlToLines(html: string): HtmlText {
  const paragraphs: string[] = [];
  // The current paragraph: pieces of text, with '\n' for each <br>.
  let current = '';
  const stack: OpenElement[] = [];
  const openCount = new Map<string, number>();
  let hiddenDepth = 0;
  let preDepth = 0;
  let title: string | null = null;
  let titleText: string | null = null;

  // The tag being read.
  let tagName = '';
  let attribs: Record<string, string> = {};
  let attribName = '';
  let attribValue = '';

  const isOpen = (name: string) => (openCount.get(name) ?? 0) > 0;

  const flush = () => {
    // Runs of lines split at empty lines (two <br> in a row) are separate paragraphs.
    let lines: string[] = [];
    const push = () => {
      if (lines.length > 0) paragraphs.push(lines.join('\n'));
      lines = [];
    };
    for (const raw of current.split('\n')) {
      const line = preDepth > 0 ? raw.trimEnd() : raw.replace(/\s+/g, ' ').trim();
      if (line.trim() === '') push();
      else lines.push(line);
    }
    push();
    current = '';
  };

  const text = (data: string) => {
    if (titleText !== null) {
      titleText += data;
      return;
    }
    if (hiddenDepth > 0) return;
    current += preDepth > 0 ? data.replace(/\r\n?/g, '\n') : data.replace(/\s+/g, ' ');
  };

  const pop = () => {
    const element = stack.pop()!;
    openCount.set(element.name, openCount.get(element.name)! - 1);
    if (element.hides) {
      hiddenDepth--;
      return;
    }
    if (hiddenDepth > 0) return;
    if (BLOCKS.has(element.name)) flush();
    if (element.name === 'pre') preDepth--;
  };

  const open = (name: string, attrs: Record<string, string>) => {
    if (name === 'title') {
      // Its text is the page's title, never part of the page; only the first, outside SVG and MathML.
      if (title === null && !isOpen('svg') && !isOpen('math')) titleText = '';
      return;
    }
    const closes = IMPLIED_CLOSE.get(name);
    while (closes && stack.length > 0 && closes.has(stack[stack.length - 1]!.name)) pop();
    const hiding = hides(name, attrs);
    if (VOID.has(name)) {
      if (hiding || hiddenDepth > 0) return;
      if (name === 'br') current += '\n';
      if (BLOCKS.has(name)) flush();
      return;
    }
    stack.push({ name, hides: hiding });
    openCount.set(name, (openCount.get(name) ?? 0) + 1);
    if (hiding) {
      hiddenDepth++;
      return;
    }
    if (hiddenDepth > 0) return;
    if (BLOCKS.has(name)) flush();
    if (name === 'pre') preDepth++;
  };

  const close = (name: string) => {
    if (name === 'title') {
      if (titleText !== null) title = titleText.replace(/\s+/g, ' ').trim() || null;
      titleText = null;
      return;
    }
    if (name === 'br' && hiddenDepth === 0) current += '\n'; // browsers read </br> as <br>
    if (VOID.has(name) || !isOpen(name)) return; // nothing open to close: ignored, as browsers do
    while (stack[stack.length - 1]!.name !== name) pop();
    pop();
  };

  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      onopentagname(start, end) {
        tagName = html.slice(start, end).toLowerCase();
        attribs = {};
      },
      onattribname(start, end) {
        attribName = html.slice(start, end).toLowerCase();
        attribValue = '';
      },
      onattribdata(start, end) {
        attribValue += html.slice(start, end);
      },
      onattribentity(codepoint) {
        attribValue += String.fromCodePoint(codepoint);
      },
      onattribend() {
        if (!(attribName in attribs)) attribs[attribName] = attribValue;
      },
      onopentagend() {
        open(tagName, attribs);
      },
      // HTML has no self-closing tags (<div/> opens a div); only void elements stand alone.
      onselfclosingtag() {
        open(tagName, attribs);
      },
      onclosetag(start, end) {
        close(html.slice(start, end).toLowerCase());
      },
      ontext(start, end) {
        text(html.slice(start, end));
      },
      ontextentity(codepoint) {
        text(String.fromCodePoint(codepoint));
      },
      oncdata() {},
      oncomment() {},
      ondeclaration() {},
      onprocessinginstruction() {},
      onend() {},
      isInForeignContext: () => isOpen('svg') || isOpen('math'),
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  flush();
  return { text: paragraphs.join('\n\n'), title };
}
