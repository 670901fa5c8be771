// The words around the requests: the sheet's title, the church's name, a verse (one of the verses of the
// bulletins the requests came from, or typed) and a short introduction.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Scripture } from '../../../shared/model';
import type { SheetVerse } from '../../../shared/prayer-sheet';
import {
  MAX_CHURCH_NAME_LENGTH,
  MAX_INTRODUCTION_LENGTH,
  MAX_TITLE_LENGTH,
  MAX_VERSE_REFERENCE_LENGTH,
  MAX_VERSE_TEXT_LENGTH,
} from '../../../shared/prayer-sheet';
import { useSheet, useSheetApi } from './sheet-context';
import { shortText } from './sheet-format';

/** Bulletins asked for their verse at most; a sheet from many bulletins offers the first ones'. */
const MAX_VERSE_SOURCES = 12;

export function SheetDetails() {
  const sheet = useSheet();
  const { title, churchName, introduction, verse } = sheet.sheet;
  const id = useId();
  const extras = [
    churchName.trim(),
    verse && (verse.reference.trim() || (verse.text.trim() ? 'a verse' : '')),
    introduction.trim() ? 'an introduction' : '',
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <div className="sheet-details">
      <div className="field">
        <label htmlFor={`${id}-title`}>Title</label>
        <input
          id={`${id}-title`}
          type="text"
          value={title}
          maxLength={MAX_TITLE_LENGTH}
          onChange={(event) => sheet.updateDetails({ title: event.target.value })}
        />
      </div>
      {/* Less often changed: folded away, with what is set shown on the fold. */}
      <details className="sheet-more">
        <summary>
          <span className="sheet-more-label">Church, verse and introduction</span>
          {extras && <span className="sheet-more-set">{extras}</span>}
        </summary>
        <div className="sheet-more-fields">
          <div className="field">
            <label htmlFor={`${id}-church`}>Church name</label>
            <input
              id={`${id}-church`}
              type="text"
              value={churchName}
              maxLength={MAX_CHURCH_NAME_LENGTH}
              placeholder="Printed above the title"
              onChange={(event) => sheet.updateDetails({ churchName: event.target.value })}
            />
          </div>
          <VersePicker />
          <div className="field">
            <label htmlFor={`${id}-intro`}>Introduction</label>
            <textarea
              id={`${id}-intro`}
              value={introduction}
              rows={2}
              maxLength={MAX_INTRODUCTION_LENGTH}
              placeholder="A sentence or two before the requests (optional)"
              onChange={(event) => sheet.updateDetails({ introduction: event.target.value })}
            />
          </div>
        </div>
      </details>
    </div>
  );
}

function verseKey(verse: Pick<SheetVerse, 'text' | 'reference'>): string {
  return `${verse.reference}\u0000${verse.text}`;
}

/** The verses of the bulletins the sheet's requests came from, each once, in the sheet's order. */
function useBulletinVerses(files: readonly string[]): SheetVerse[] {
  const api = useSheetApi();
  const [found, setFound] = useState<ReadonlyMap<string, Scripture | null>>(new Map());
  const requested = useRef(new Set<string>());
  const wanted = useMemo(() => [...new Set(files)].slice(0, MAX_VERSE_SOURCES), [files]);

  useEffect(() => {
    if (!api) return;
    for (const file of wanted) {
      if (requested.current.has(file)) continue;
      requested.current.add(file);
      api.getBulletin(file).then(
        (bulletin) => setFound((map) => new Map(map).set(file, bulletin?.scripture ?? null)),
        // A bulletin that has gone (or fails to load) simply offers no verse.
        () => setFound((map) => new Map(map).set(file, null)),
      );
    }
  }, [api, wanted]);

  return useMemo(() => {
    const verses = new Map<string, SheetVerse>();
    for (const file of wanted) {
      const scripture = found.get(file);
      if (scripture && scripture.text.trim()) {
        const verse = { text: scripture.text.trim(), reference: scripture.reference.trim() };
        verses.set(verseKey(verse), verse);
      }
    }
    return [...verses.values()];
  }, [wanted, found]);
}

export function VersePicker() {
  const sheet = useSheet();
  const id = useId();
  const { verse, entries } = sheet.sheet;
  const files = useMemo(() => entries.map((entry) => entry.source.file), [entries]);
  const verses = useBulletinVerses(files);
  const [typing, setTyping] = useState(false);

  const chosen = verse === null ? -1 : verses.findIndex((v) => verseKey(v) === verseKey(verse));
  const mode = typing || (verse !== null && chosen < 0) ? 'custom' : verse === null ? 'none' : `v${chosen}`;
  // The sheet's own verse stays on offer even when its bulletin is gone or not among the sources.

  return (
    <div className="field verse-picker">
      <label htmlFor={`${id}-verse`}>Verse</label>
      <select
        id={`${id}-verse`}
        value={mode}
        onChange={(event) => {
          const value = event.target.value;
          if (value === 'none') {
            setTyping(false);
            sheet.updateDetails({ verse: null });
          } else if (value === 'custom') {
            setTyping(true);
            // Start from the verse there is, to adjust it; or from nothing.
            sheet.updateDetails({ verse: verse ?? { text: '', reference: '' } });
          } else {
            setTyping(false);
            const picked = verses[Number(value.slice(1))];
            if (picked) sheet.updateDetails({ verse: picked });
          }
        }}
      >
        <option value="none">No verse</option>
        {verses.length > 0 && (
          <optgroup label="From the bulletins">
            {verses.map((v, index) => (
              <option key={verseKey(v)} value={`v${index}`}>
                {v.reference ? `${v.reference} — ` : ''}
                {shortText(v.text, 50)}
              </option>
            ))}
          </optgroup>
        )}
        <option value="custom">{verse !== null && chosen < 0 ? 'Typed verse' : 'Type a verse…'}</option>
      </select>
      {mode === 'custom' && verse !== null && (
        <div className="verse-typed">
          <label className="visually-hidden" htmlFor={`${id}-verse-text`}>
            Verse text
          </label>
          <textarea
            id={`${id}-verse-text`}
            rows={2}
            value={verse.text}
            maxLength={MAX_VERSE_TEXT_LENGTH}
            placeholder="The verse"
            onChange={(event) => sheet.updateDetails({ verse: { ...verse, text: event.target.value } })}
          />
          <label className="visually-hidden" htmlFor={`${id}-verse-ref`}>
            Verse reference
          </label>
          <input
            id={`${id}-verse-ref`}
            type="text"
            value={verse.reference}
            maxLength={MAX_VERSE_REFERENCE_LENGTH}
            placeholder="Reference, e.g. Micah 6:8"
            onChange={(event) => sheet.updateDetails({ verse: { ...verse, reference: event.target.value } })}
          />
        </div>
      )}
    </div>
  );
}
