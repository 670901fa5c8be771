// "Save as Word document…": the prayer sheet as a .docx for the church newsletter, made with the `docx`
// library from the same content as "Copy as text" (shared/sheet-export.ts). Plain Word styles (Title,
// Heading 2, normal paragraphs) so whoever pastes it into a newsletter gets the newsletter's own look; the
// numbers are written into the text, so they survive a copy and paste.
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { SheetExportContent } from '../../../shared/sheet-export';

const dayFormat = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** '8 June 2025' in the computer's own order (bulletin dates are calendar days, read in UTC). */
export function formatExportDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  return dayFormat.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))));
}

export function sheetDocument(
  content: SheetExportContent,
  formatDate: (isoDate: string) => string = formatExportDate,
): Document {
  const children: Paragraph[] = [];
  if (content.title) children.push(new Paragraph({ text: content.title, heading: HeadingLevel.TITLE }));
  if (content.churchName) {
    children.push(
      new Paragraph({ children: [new TextRun({ text: content.churchName, smallCaps: true, bold: true })] }),
    );
  }
  if (content.verse) {
    children.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 240 },
        children: [new TextRun({ text: content.verse.text, italics: true })],
      }),
    );
    if (content.verse.reference) {
      children.push(
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ text: content.verse.reference, smallCaps: true })],
        }),
      );
    }
  }
  if (content.introduction) {
    children.push(new Paragraph({ text: content.introduction, spacing: { before: 240 } }));
  }
  for (const section of content.sections) {
    if (section.heading !== null) {
      children.push(new Paragraph({ text: section.heading, heading: HeadingLevel.HEADING_2 }));
    }
    for (const entry of section.entries) {
      const runs = [
        ...(entry.number === null ? [] : [new TextRun({ text: `${entry.number}. `, bold: true })]),
        new TextRun(entry.text),
        ...(entry.date === null
          ? []
          : [new TextRun({ text: formatDate(entry.date), italics: true, size: 18, break: 1 })]),
      ];
      children.push(new Paragraph({ children: runs, spacing: { before: 160, after: 80 } }));
    }
  }
  return new Document({
    creator: 'Prayer Desk',
    title: content.title || 'Prayer sheet',
    sections: [{ children }],
  });
}

/** The .docx file's bytes. */
export async function sheetToDocx(
  content: SheetExportContent,
  formatDate?: (isoDate: string) => string,
): Promise<Uint8Array> {
  return Packer.toBuffer(sheetDocument(content, formatDate));
}
