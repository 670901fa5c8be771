import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { htmlReader } from '../../../../electron/core/readers/html-reader';
import { htmlToLines } from '../../../../electron/core/readers/html-to-lines';
import { ReadError } from '../../../../electron/core/readers/reader';
import { parseBulletin } from '../../../../electron/core/parse/parse-bulletin';
import { readFixture } from '../../../fixtures/formats/make-fixtures';

describe('htmlToLines', () => {
  it('makes headings, paragraphs, list items and table cells paragraphs of their own', () => {
    const html =
      '<h1>Title</h1><p>First <b>para</b>graph.</p><ul><li>One</li><li>Two</li></ul>' +
      '<table><tr><td>Cell A</td><td>Cell B</td></tr></table><div>Last</div>';
    expect(htmlToLines(html).text).toBe(
      'Title\n\nFirst paragraph.\n\nOne\n\nTwo\n\nCell A\n\nCell B\n\nLast',
    );
  });

  it('breaks a line at <br> and a paragraph at two of them', () => {
    expect(htmlToLines('<p>one<br>two<br><br>three</p>').text).toBe('one\ntwo\n\nthree');
  });

  it('collapses source whitespace and decodes entities', () => {
    expect(htmlToLines('<p>  God&rsquo;s\n   &ldquo;justice&rdquo;&nbsp;&amp; mercy </p>').text).toBe(
      'God’s “justice” & mercy',
    );
  });

  it('keeps the line breaks of <pre>', () => {
    expect(htmlToLines('<pre>line one\nline two\n\nnext</pre>').text).toBe('line one\nline two\n\nnext');
  });

  it('drops scripts, styles, frames, images, forms, templates and everything hidden', () => {
    const html = [
      '<script>var SCRIPT = 1</script><style>.STYLE{}</style><noscript>NOSCRIPT</noscript>',
      '<template>TEMPLATE</template><iframe src="https://x.example/">IFRAME</iframe>',
      '<img src="https://x.example/p.gif" alt="ALT"><object>OBJECT</object><svg><text>SVG</text></svg>',
      '<form><input value="INPUT"><button>BUTTON</button><select><option>OPTION</option></select></form>',
      '<p hidden>HIDDEN</p><div aria-hidden="true">ARIA</div><span style="display: none">NONE</span>',
      '<div style="color:red;visibility:hidden">INVISIBLE</div><p style="mso-hide:all">MSO</p>',
      '<p>Visible <span hidden>HIDDEN-SPAN</span>text</p>',
    ].join('');
    expect(htmlToLines(html).text).toBe('Visible text');
  });

  it('gives the <title> of the head, not of an SVG', () => {
    expect(
      htmlToLines('<html><head><title> Week  12 </title></head><body><p>x</p></body></html>').title,
    ).toBe('Week 12');
    expect(htmlToLines('<p>x</p><svg><title>icon</title></svg>').title).toBeNull();
  });

  it('copes with broken markup: unclosed tags, stray closing tags, deep nesting', () => {
    expect(htmlToLines('<p>one<p>two</div></span><li>three').text).toBe('one\n\ntwo\n\nthree');
    const deep = '<div>'.repeat(100_000) + 'deep' + '</div>'.repeat(100_000);
    expect(htmlToLines(deep).text).toBe('deep');
  });
});

describe('htmlReader', () => {
  it('reads a saved bulletin page into one bulletin, with no hidden or scripted text', async () => {
    const bytes = await readFixture('bulletin.html');
    const result = await htmlReader.read({ file: 'bulletin.html', bytes });
    expect(result.encoding).toBe('utf-8');
    expect(result.documents).toHaveLength(1);
    const doc = result.documents[0]!;
    expect(doc.titleHint).toBe('Prayer Requests | Riverside Fellowship');
    expect(doc.text).not.toMatch(/MUST NOT SHOW|must not show|Preheader|Home \| Sermons|tracker/);
    const bulletin = parseBulletin(doc.text, { file: 'bulletin.html', mtimeMs: 0 });
    expect(bulletin).toMatchObject({
      title: 'IJM Prayer Requests',
      date: '2024-04-21',
      scripture: { reference: 'Proverbs 3:27' },
    });
    expect(bulletin.items.map((i) => [i.region, i.countries])).toEqual([
      ['Africa', ['Rwanda']],
      ['Latin America & Caribbean', ['Honduras']],
      ['Latin America & Caribbean', ['Guatemala']],
      ['Southeast Asia & Pacific', ['Thailand']],
      ['Southeast Asia & Pacific', ['Philippines']],
    ]);
    expect(bulletin.items[2]?.text).toBe(
      'Pray for a teenage survivor in Guatemala as she starts school again.',
    );
  });

  it('reads a church page with three weeks as three documents, the page title on the first', async () => {
    const bytes = await readFixture('church-page.htm');
    const result = await htmlReader.read({ file: 'church-page.htm', bytes });
    expect(result.documents).toHaveLength(3);
    expect(result.documents[0]?.titleHint).toBe("Weekly prayer - St. Anne's");
    expect(result.documents[1]?.titleHint).toBeUndefined();
    const dates = result.documents.map((d) => parseBulletin(d.text, { file: 'p.htm', mtimeMs: 0 }).date);
    expect(dates).toEqual(['2024-05-05', '2024-05-12', '2024-05-19']);
  });

  it('reads the charset the page declares when its bytes are not UTF-8', async () => {
    const html = '<meta charset="iso-8859-2"><p>Modlitwa za Łódź i Gdańsk, pełna nadziei.</p>';
    const result = await htmlReader.read({ file: 'pl.html', bytes: iconv.encode(html, 'iso-8859-2') });
    expect(result.encoding).toBe('iso-8859-2');
    expect(result.documents[0]?.text).toBe('Modlitwa za Łódź i Gdańsk, pełna nadziei.');
  });

  it('reads a page that declares Latin-1 as Windows-1252, curly quotes included', async () => {
    const html =
      '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>God’s “work” – now…</p>';
    const result = await htmlReader.read({ file: 'old.htm', bytes: iconv.encode(html, 'windows-1252') });
    expect(result).toMatchObject({ encoding: 'windows-1252', documents: [{ text: 'God’s “work” – now…' }] });
  });

  it('prefers valid UTF-8 over a stale declaration', async () => {
    const html = '<meta charset="windows-1252"><p>Café – “ok”</p>';
    const result = await htmlReader.read({ file: 'saved.html', bytes: Buffer.from(html) });
    expect(result).toMatchObject({ encoding: 'utf-8', documents: [{ text: 'Café – “ok”' }] });
  });

  it('calls an empty page or one with nothing visible a problem, in plain words', async () => {
    await expect(htmlReader.read({ file: 'e.html', bytes: Buffer.from('  \n') })).rejects.toThrow(
      '"e.html" is empty.',
    );
    const hiddenOnly = Buffer.from('<html><body><img src="a.png"><script>x()</script></body></html>');
    await expect(htmlReader.read({ file: 'pic.html', bytes: hiddenOnly })).rejects.toThrow(ReadError);
    await expect(htmlReader.read({ file: 'pic.html', bytes: hiddenOnly })).rejects.toThrow(/no text to read/);
  });
});
