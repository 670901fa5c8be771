// What goes on paper, worked out from the sheet: the head, and the blocks in print order — region headings
// (when grouped by region) and requests, numbered, with the wording to print. For a notice board the
// wording is the one with survivors' names and ages left out; the sheet's own text is never changed.
import type { Region } from '../../../shared/model';
import type { SheetDraft, SheetEntry, SheetLayout, SheetVerse } from '../../../shared/prayer-sheet';
import { groupEntries } from '../../../shared/prayer-sheet';
import { noticeBoardEntry } from '../../../shared/notice-board';
import type { NoticeBoardText } from '../../../shared/notice-board';
import type { CalendarContent } from './calendar-content';
import { calendarContent } from './calendar-content';

export type PaperBlock =
  | { kind: 'region'; key: string; region: Region }
  | {
      kind: 'entry';
      key: string;
      number: number;
      text: string;
      /** The bulletin's date, 'YYYY-MM-DD'; null when it had none. */
      date: string | null;
    };

export interface PaperContent {
  title: string;
  churchName: string;
  verse: SheetVerse | null;
  introduction: string;
  layout: SheetLayout;
  blocks: PaperBlock[];
  /** The calendar page, when the sheet is printed as a prayer calendar (layout.calendar); else null. */
  calendar: CalendarContent | null;
}

export type PrintableSheet = Pick<
  SheetDraft,
  'title' | 'churchName' | 'verse' | 'introduction' | 'entries' | 'layout'
>;

// The notice-board rewrite runs a dozen regular expressions; entries are immutable, so once each is enough.
const noticeBoardCache = new WeakMap<SheetEntry, NoticeBoardText>();

/** The notice-board version of an entry (cached per entry object). */
export function noticeBoardFor(entry: SheetEntry): NoticeBoardText {
  let result = noticeBoardCache.get(entry);
  if (!result) {
    result = noticeBoardEntry(entry);
    noticeBoardCache.set(entry, result);
  }
  return result;
}

/** The wording that is printed for an entry. */
export function printedText(entry: SheetEntry, noticeBoard: boolean): string {
  return noticeBoard ? noticeBoardFor(entry).text : entry.text;
}

export function paperContent(sheet: PrintableSheet): PaperContent {
  const blocks: PaperBlock[] = [];
  for (const group of groupEntries(sheet)) {
    if (group.region !== null)
      blocks.push({ kind: 'region', key: `region:${group.region}`, region: group.region });
    for (const { number, entry } of group.entries) {
      blocks.push({
        kind: 'entry',
        key: entry.id,
        number,
        text: printedText(entry, sheet.layout.noticeBoard).trim(),
        date: entry.source.date,
      });
    }
  }
  const verse =
    sheet.verse && (sheet.verse.text.trim() || sheet.verse.reference.trim())
      ? { text: sheet.verse.text.trim(), reference: sheet.verse.reference.trim() }
      : null;
  return {
    title: sheet.title.trim(),
    churchName: sheet.churchName.trim(),
    verse,
    introduction: sheet.introduction.trim(),
    layout: sheet.layout,
    blocks,
    calendar:
      sheet.layout.calendar === null
        ? null
        : calendarContent(sheet, sheet.layout.calendar, (entry) =>
            printedText(entry, sheet.layout.noticeBoard),
          ),
  };
}
