// The scripture index: every verse the bulletins printed, in Bible order under small book headings, each
// with its words (once) and the weeks that used it; a search field narrows it to a reference ("Micah 6:8",
// "Psalm 89"), a book ("Psalms") or a word. References that could not be read come last, as written.
// Virtualised: an archive of ten years has well over a thousand different references.
import { memo, useDeferredValue, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { searchScriptureIndex } from '../../../shared/scripture-search';
import type { ScriptureEntry, ScriptureIndex, VerseUse } from '../../../shared/story-types';
import { useApi } from '../api/api-context';
import { formatDate } from '../lib/dates';
import { plural } from '../lib/plural';
import { StoryError } from './story-error';
import { StoryFilter } from './story-filter';
import { useStoryNav } from './story-nav';
import { useStoryData } from './use-story-data';

export interface VersesViewProps {
  query: string;
  onQueryChange(query: string): void;
  /** The library's generation: a new one (the folder changed) asks for the index again. */
  generation: number;
}

/** Weeks shown under a verse before "Show all …". */
export const WEEKS_SHOWN = 4;

type Row =
  | { type: 'book'; key: string; book: string; count: number }
  | { type: 'entry'; key: string; entry: ScriptureEntry }
  | { type: 'unrecognised-head'; key: string; count: number }
  | { type: 'unrecognised'; key: string; use: VerseUse };

const ROW_ESTIMATES: Record<Row['type'], number> = {
  book: 48,
  entry: 170,
  'unrecognised-head': 80,
  unrecognised: 120,
};

/** Verses whose reference could not be read, matched by plain words when there is a query. */
function matchingUnrecognised(index: ScriptureIndex, query: string): VerseUse[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return index.unrecognised;
  return index.unrecognised.filter((use) => {
    const text = `${use.written} ${use.text}`.toLowerCase();
    return words.every((word) => text.includes(word));
  });
}

export function buildVerseRows(entries: readonly ScriptureEntry[], unrecognised: readonly VerseUse[]): Row[] {
  const rows: Row[] = [];
  let bookRow: Extract<Row, { type: 'book' }> | null = null;
  for (const entry of entries) {
    if (bookRow === null || bookRow.book !== entry.book) {
      bookRow = { type: 'book', key: `book:${entry.book}`, book: entry.book, count: 0 };
      rows.push(bookRow);
    }
    bookRow.count += 1;
    rows.push({ type: 'entry', key: `verse:${entry.reference}`, entry });
  }
  if (unrecognised.length > 0) {
    rows.push({ type: 'unrecognised-head', key: 'unrecognised', count: unrecognised.length });
    unrecognised.forEach((use, i) =>
      rows.push({ type: 'unrecognised', key: `unrecognised:${use.file}:${i}`, use }),
    );
  }
  return rows;
}

export function VersesView({ query, onQueryChange, generation }: VersesViewProps) {
  const api = useApi();
  const id = useId();
  const index = useStoryData(() => api.getScriptureIndex(), 'verses', generation);
  const deferredQuery = useDeferredValue(query);
  const trimmed = deferredQuery.trim();

  const filtered = useMemo(() => {
    if (!index.data) return null;
    const entries = trimmed === '' ? index.data.entries : searchScriptureIndex(index.data, trimmed);
    const unrecognised = matchingUnrecognised(index.data, trimmed);
    return { entries, unrecognised, rows: buildVerseRows(entries, unrecognised) };
  }, [index.data, trimmed]);

  const total = index.data ? index.data.entries.length : 0;
  const weeks = useMemo(() => {
    if (!index.data) return 0;
    const files = new Set<string>();
    for (const entry of index.data.entries) for (const use of entry.uses) files.add(use.file);
    for (const use of index.data.unrecognised) files.add(use.file);
    return files.size;
  }, [index.data]);

  let count = '';
  if (index.data && filtered) {
    const shown = filtered.entries.length;
    count =
      trimmed === ''
        ? `${plural(total, 'verse', 'verses')} from ${plural(weeks, 'week', 'weeks')}`
        : `${plural(shown, 'verse', 'verses')} for “${trimmed}”`;
  } else if (index.loading) {
    count = 'Gathering the verses…';
  }

  return (
    <div className="story-view verses-view">
      <div className="story-head">
        <h2 id={`${id}-heading`} tabIndex={-1}>
          Verses
        </h2>
        <p className="story-count" aria-live="polite">
          {count}
        </p>
      </div>
      <StoryFilter
        id={`${id}-search`}
        label="Find a verse"
        placeholder="Find a verse: Micah 6:8, Psalm 89, Romans, justice…"
        value={query}
        onChange={onQueryChange}
      />
      {index.error && (
        <StoryError onRetry={index.retry}>The verses could not be gathered: {index.error}</StoryError>
      )}
      {filtered === null ? (
        !index.error && <p className="list-message">Gathering the verses the bulletins used…</p>
      ) : total === 0 && filtered.unrecognised.length === 0 && trimmed === '' ? (
        <div className="story-empty">
          <p className="story-empty-title">No verses yet</p>
          <p>
            When your bulletins print a verse (“Micah 6:8”, “Psalm 89:1–2”), it is listed here in Bible order,
            with the weeks that used it.
          </p>
        </div>
      ) : filtered.rows.length === 0 ? (
        <div className="story-empty">
          <p className="story-empty-title">No verse matches “{trimmed}”</p>
          <p>
            Try a book (“Psalms”), a chapter (“Isaiah 58”) or a word from the verse. The verse may not have
            been used by any bulletin in this folder yet.
          </p>
          <button type="button" className="button" onClick={() => onQueryChange('')}>
            Show all verses
          </button>
        </div>
      ) : (
        <VerseList rows={filtered.rows} listKey={`${generation}:${trimmed}`} />
      )}
    </div>
  );
}

function VerseList({ rows, listKey }: { rows: Row[]; listKey: string }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => ROW_ESTIMATES[rows[i]!.type],
    overscan: 6,
    getItemKey: (i) => rows[i]!.key,
  });

  // A new search starts at the top.
  useLayoutEffect(() => {
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
  }, [listKey]);

  const toggle = (reference: string) =>
    setExpanded((previous) => {
      const next = new Set(previous);
      if (next.has(reference)) next.delete(reference);
      else next.add(reference);
      return next;
    });

  const items = virtualizer.getVirtualItems();
  return (
    <div
      ref={scrollRef}
      className="list-scroll story-scroll"
      role="region"
      aria-label="Verses, in Bible order"
    >
      <div className="virtual-space" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const row = rows[item.index]!;
          return (
            <div
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className={`virtual-row verse-row-${row.type}`}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              {row.type === 'book' && (
                <h3 className="verse-book">
                  {row.book}
                  <span className="verse-book-count">{plural(row.count, 'verse', 'verses')}</span>
                </h3>
              )}
              {row.type === 'entry' && (
                <VerseEntry
                  entry={row.entry}
                  expanded={expanded.has(row.entry.reference)}
                  onToggle={toggle}
                />
              )}
              {row.type === 'unrecognised-head' && (
                <div className="verse-unrecognised-head">
                  <h3 className="verse-book">
                    Other references
                    <span className="verse-book-count">{plural(row.count, 'verse', 'verses')}</span>
                  </h3>
                  <p className="story-hint">
                    Prayer Desk could not read these as Bible references, so they are listed as the bulletins
                    wrote them.
                  </p>
                </div>
              )}
              {row.type === 'unrecognised' && <UnrecognisedVerse use={row.use} />}
            </div>
          );
        })}
      </div>
    </div>
  );
}

const VerseEntry = memo(function VerseEntry({
  entry,
  expanded,
  onToggle,
}: {
  entry: ScriptureEntry;
  expanded: boolean;
  onToggle(reference: string): void;
}) {
  const nav = useStoryNav();
  const headingId = useId();
  const newest = entry.uses[0];
  const hidden = entry.uses.length - WEEKS_SHOWN;
  const uses = expanded || hidden <= 1 ? entry.uses : entry.uses.slice(0, WEEKS_SHOWN);
  return (
    <article className="verse-entry" aria-labelledby={headingId}>
      <div className="verse-entry-head">
        <h4 className="verse-reference" id={headingId}>
          {entry.reference}
        </h4>
        <span className="verse-uses">{plural(entry.uses.length, 'week', 'weeks')}</span>
      </div>
      {newest && newest.text.trim() !== '' && <p className="verse-text">{newest.text}</p>}
      <ul className="verse-weeks" aria-label={`Weeks that used ${entry.reference}`}>
        {uses.map((use, i) => (
          <li key={`${use.file}:${i}`}>
            <button
              type="button"
              className="verse-week"
              title={`Read the bulletin of ${formatDate(use.date)}`}
              onClick={() => nav.openBulletin(use.file)}
            >
              <span className="verse-week-date">{formatDate(use.date)}</span>
              <span className="verse-week-title">{use.title ?? fileName(use.file)}</span>
              {writtenOtherwise(use.written, entry.reference) && (
                <span className="verse-written">as “{use.written.trim()}”</span>
              )}
            </button>
          </li>
        ))}
      </ul>
      {hidden > 1 && (
        <button
          type="button"
          className="link-button verse-more"
          aria-expanded={expanded}
          onClick={() => onToggle(entry.reference)}
        >
          {expanded ? 'Show fewer weeks' : `Show all ${entry.uses.length} weeks`}
        </button>
      )}
    </article>
  );
});

function UnrecognisedVerse({ use }: { use: VerseUse }) {
  const nav = useStoryNav();
  return (
    <article className="verse-entry is-unrecognised">
      <div className="verse-entry-head">
        <h4 className="verse-reference">{use.written.trim() || 'No reference'}</h4>
      </div>
      {use.text.trim() !== '' && <p className="verse-text">{use.text}</p>}
      <ul className="verse-weeks">
        <li>
          <button type="button" className="verse-week" onClick={() => nav.openBulletin(use.file)}>
            <span className="verse-week-date">{formatDate(use.date)}</span>
            <span className="verse-week-title">{use.title ?? fileName(use.file)}</span>
          </button>
        </li>
      </ul>
    </article>
  );
}

/** Whether the bulletin wrote the reference in another way than the index ('Ps 89:1-2'), dashes aside. */
export function writtenOtherwise(written: string, reference: string): boolean {
  const plain = (text: string) => text.trim().replace(/[–—]/g, '-').replace(/\s+/g, ' ').toLowerCase();
  return plain(written) !== '' && plain(written) !== plain(reference);
}

function fileName(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}
