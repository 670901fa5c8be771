// A PDF has no paragraphs, only pieces of text placed on a page. These pieces are put back together:
// pieces at the same height form a line, and lines form a paragraph until the gap to the next line is
// clearly wider than the line spacing, the font size changes (a heading), the text jumps back up (a new
// column) or the page ends. Pure: pdf-reader feeds it pdf.js's text items.

export interface PlacedText {
  str: string;
  /** Left edge and baseline, in page units (y grows upwards). */
  x: number;
  y: number;
  width: number;
  /** Font size, roughly. */
  size: number;
}

export interface PdfLine {
  text: string;
  y: number;
  size: number;
  end: number;
}

/** Pieces on one baseline (within half a font size) joined, a space wherever they do not touch. */
export function pageLines(items: readonly PlacedText[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let line: PdfLine | null = null;
  for (const item of items) {
    if (item.str === '' || !Number.isFinite(item.x) || !Number.isFinite(item.y)) continue;
    const size = Number.isFinite(item.size) && item.size > 0 ? item.size : 10;
    if (line && Math.abs(item.y - line.y) <= Math.max(line.size, size) * 0.5) {
      const gap = item.x - line.end;
      const touching = gap < size * 0.15 && gap > -size;
      const spaced = /\s$/.test(line.text) || /^\s/.test(item.str);
      line.text += touching || spaced ? item.str : ` ${item.str}`;
      line.end = item.x + (Number.isFinite(item.width) ? item.width : 0);
      line.size = Math.max(line.size, size);
    } else {
      line = {
        text: item.str,
        y: item.y,
        size,
        end: item.x + (Number.isFinite(item.width) ? item.width : 0),
      };
      lines.push(line);
    }
  }
  return lines.filter((l) => l.text.trim() !== '');
}

/** Pages of lines as text: lines of a paragraph on consecutive lines, paragraphs separated by a blank line. */
export function linesToText(pages: readonly (readonly PdfLine[])[]): string {
  const paragraphs: string[] = [];
  for (const lines of pages) {
    let current: string[] = [];
    let previous: PdfLine | null = null;
    for (const line of lines) {
      if (previous && startsParagraph(previous, line)) {
        paragraphs.push(current.join('\n'));
        current = [];
      }
      current.push(line.text.replace(/\s+/g, ' ').trim());
      previous = line;
    }
    if (current.length > 0) paragraphs.push(current.join('\n'));
  }
  return paragraphs.join('\n\n');
}

function startsParagraph(previous: PdfLine, line: PdfLine): boolean {
  const gap = previous.y - line.y;
  const size = Math.max(previous.size, line.size);
  if (gap <= 0 || gap > size * 1.5) return true;
  if (Math.abs(previous.size - line.size) > size * 0.2) return true;
  return /^\s*[•·▪●◦‣]/.test(line.text);
}
