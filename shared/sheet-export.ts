// A prayer sheet outside Prayer Desk: "Copy as text" (for an e-mail) and "Save as Word document…" (for the
// church newsletter). Both start from the same content, worked out here from the sheet as it prints: the
// title, church, verse and introduction, then the requests in print order (under region headings when the
// sheet is grouped by region), numbered when the sheet is, with the bulletin's date when the sheet shows
// dates, and in the notice-board wording when that option is on. A calendar sheet exports as its list.
import { z } from 'zod';
import { noticeBoardEntry } from './notice-board';
import type { SheetDraft } from './prayer-sheet';
import { groupEntries } from './prayer-sheet';
import { pdfFileNameFromTitle, pdfFileNameProblem } from './sheet-defaults';

export type ExportableSheet = Pick<
  SheetDraft,
  'title' | 'churchName' | 'verse' | 'introduction' | 'entries' | 'layout'
>;

export interface ExportEntry {
  /** 1, 2, 3… when the sheet is numbered; null when it is not. */
  number: number | null;
  text: string;
  /** The bulletin's date ('YYYY-MM-DD') when the sheet shows dates and the request has one; else null. */
  date: string | null;
}

export interface ExportSection {
  /** The region heading; null for a sheet in the user's own order. */
  heading: string | null;
  entries: ExportEntry[];
}

export interface SheetExportContent {
  title: string;
  churchName: string;
  verse: { text: string; reference: string } | null;
  introduction: string;
  sections: ExportSection[];
}

/** What a copied or exported sheet says, in print order. */
export function sheetExportContent(sheet: ExportableSheet): SheetExportContent {
  const { layout } = sheet;
  const sections = groupEntries(sheet).map((group) => ({
    heading: group.region,
    entries: group.entries.map(({ number, entry }) => ({
      number: layout.numbered ? number : null,
      text: (layout.noticeBoard ? noticeBoardEntry(entry).text : entry.text).trim(),
      date: layout.showDates ? entry.source.date : null,
    })),
  }));
  const verse =
    sheet.verse && (sheet.verse.text.trim() || sheet.verse.reference.trim())
      ? { text: sheet.verse.text.trim(), reference: sheet.verse.reference.trim() }
      : null;
  return {
    title: sheet.title.trim(),
    churchName: sheet.churchName.trim(),
    verse,
    introduction: sheet.introduction.trim(),
    sections,
  };
}

/**
 * The sheet as plain text, for pasting into an e-mail: the head, a blank line, then the requests, each a
 * paragraph of its own ("1. Pray for …"), region headings in capitals when grouped. `formatDate` turns a
 * 'YYYY-MM-DD' into words ("8 June 2025").
 */
export function sheetAsText(content: SheetExportContent, formatDate: (isoDate: string) => string): string {
  const blocks: string[] = [];
  const head = [content.title, content.churchName].filter((line) => line !== '');
  if (head.length > 0) blocks.push(head.join('\n'));
  if (content.verse) {
    blocks.push(
      [content.verse.text, content.verse.reference && `— ${content.verse.reference}`]
        .filter((line) => line)
        .join('\n'),
    );
  }
  if (content.introduction) blocks.push(content.introduction);
  for (const section of content.sections) {
    if (section.heading !== null) blocks.push(section.heading.toUpperCase());
    for (const entry of section.entries) {
      const text = entry.number === null ? entry.text : `${entry.number}. ${entry.text}`;
      blocks.push(entry.date === null ? text : `${text}\n(${formatDate(entry.date)})`);
    }
  }
  return `${blocks.join('\n\n')}\n`;
}

/** "Prayer requests — Sunday 29 November 2026.docx": the PDF's file name, as a Word document. */
export function docxFileNameFromTitle(title: string, now: Date): string {
  return pdfFileNameFromTitle(title, now).replace(/\.pdf$/i, '.docx');
}

/** Why `name` cannot be offered as the Word document's file name (the PDF's rules, ending in ".docx"). */
export function docxFileNameProblem(name: string): string | null {
  if (!/\.docx$/i.test(name)) return 'The file name must end in ".docx".';
  return pdfFileNameProblem(name.replace(/\.docx$/i, '.pdf'));
}

export interface SaveSheetDocxOptions {
  /** The file name the save dialog proposes (see docxFileNameFromTitle). */
  suggestedName: string;
}

export const saveDocxOptionsSchema = z.strictObject({
  suggestedName: z.string().superRefine((name, ctx) => {
    const problem = docxFileNameProblem(name);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
  }),
});
