// "Copy as text": the sheet as a plain-text e-mail, in print order, numbered and dated as the sheet is,
// in the notice-board wording when that option is on; and the Word document's file name.
import { describe, expect, it } from 'vitest';
import { addEntries, createSheet, entryFromItem } from '../../shared/prayer-sheet';
import type { SheetDraft, SheetLayout } from '../../shared/prayer-sheet';
import {
  docxFileNameFromTitle,
  docxFileNameProblem,
  sheetAsText,
  sheetExportContent,
} from '../../shared/sheet-export';

const MARIA =
  'Pray for Maria*, 14, who gives evidence next week in a trial in Guatemala City against the man who ' +
  'sold her to a restaurant owner. Pray that she is treated with dignity, that the prosecutor presents the ' +
  'case clearly, and that her mother, who will sit with her in court, is given strength for the day.';
const KILN =
  'Give thanks for twelve workers freed from a brick kiln near Hosur, and pray that each family receives ' +
  'the release certificate and the rehabilitation money the law promises them before the monsoon begins.';

function sheet(layout: Partial<SheetLayout>): SheetDraft {
  const item = (text: string, region: 'Latin America & Caribbean' | 'South Asia') => ({
    region,
    heading: region,
    kind: 'prayer' as const,
    text,
    countries: [],
    pseudonyms: ['Maria'],
  });
  const entries = [
    entryFromItem(
      { file: 'a.txt', date: '2026-06-08', items: [item(MARIA, 'Latin America & Caribbean')] },
      0,
    )!,
    entryFromItem({ file: 'b.txt', date: null, items: [item(KILN, 'South Asia')] }, 0)!,
  ];
  return {
    ...addEntries(
      createSheet({ title: 'Prayer requests', paperSize: 'A4', churchName: 'St Aidan’s', layout }),
      entries,
    ),
    verse: { text: 'Seek justice.', reference: 'Isaiah 1:17' },
    introduction: '',
  };
}

describe('sheetAsText', () => {
  it('gives the head, then the requests numbered, dated where known, under region headings', () => {
    const text = sheetAsText(
      sheetExportContent(sheet({ grouping: 'region', numbered: true, showDates: true })),
      (date) => `on ${date}`,
    );
    expect(text).toBe(
      [
        'Prayer requests\nSt Aidan’s',
        'Seek justice.\n— Isaiah 1:17',
        // REGIONS order puts South Asia before Latin America & Caribbean.
        'SOUTH ASIA',
        `1. ${KILN}`,
        'LATIN AMERICA & CARIBBEAN',
        `2. ${MARIA}\n(on 2026-06-08)`,
      ].join('\n\n') + '\n',
    );
  });

  it('follows the sheet: no numbers, no dates, the chosen order, the notice-board wording', () => {
    const text = sheetAsText(
      sheetExportContent(sheet({ grouping: 'chosen', numbered: false, showDates: false, noticeBoard: true })),
      () => 'never',
    );
    expect(text).not.toContain('Maria');
    expect(text).not.toContain('never');
    expect(text).not.toMatch(/^1\. /m);
    expect(text.indexOf('Guatemala City')).toBeLessThan(text.indexOf('Hosur'));
  });
});

describe('docx file names', () => {
  it('uses the PDF’s rules with the Word extension', () => {
    expect(docxFileNameFromTitle('Prayer: week 3', new Date(2026, 10, 24))).toBe('Prayer week 3.docx');
    expect(docxFileNameProblem('Prayer sheet.docx')).toBeNull();
    expect(docxFileNameProblem('Prayer sheet.pdf')).not.toBeNull();
    expect(docxFileNameProblem('../evil.docx')).not.toBeNull();
  });
});
