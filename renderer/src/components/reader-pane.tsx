// The whole bulletin as it was written — title, date, verse, headings, requests — with the search words
// highlighted and a way to step from match to match. Every request can go on the prayer sheet.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { Bulletin, Item, MessageOrigin } from '../../../shared/model';
import type { MatchRange } from '../../../shared/search-types';
import { useApi } from '../api/api-context';
import { useBulletinCache } from '../api/bulletin-cache';
import { errorMessage } from '../api/error-message';
import { noteBulletinCommitted } from '../lib/perf-marks';
import { readerHighlighter } from '../lib/reader-highlight';
import { AddToSheetButton } from '../sheet/add-to-sheet-button';
import { SheetFromBulletinButton } from '../sheet/quick-start';
import { entryFromItem } from '../../../shared/prayer-sheet';
import { useItemStories } from '../hooks/use-item-stories';
import { shownStatus } from '../lib/story-marks';
import { CountryChip } from '../stories/country-chip';
import { ThreadButton } from '../stories/thread-button';
import { AnswerBadge } from '../stories/thread-status-badge';
import { BulletinDate, KindBadge, RegionChip } from './badges';
import { cleanRanges, HighlightedText } from './highlighted-text';

export interface ReaderPaneProps {
  file: string;
  /** What was typed in the search box; its words are highlighted. */
  query: string;
  /** Close spellings search used instead of the typed words. */
  alternatives: readonly string[];
  /** Exact match ranges from the search engine for items it returned, by item index. */
  engineRanges: ReadonlyMap<number, readonly MatchRange[]>;
  /** The request to bring into view first (the result card that was opened). */
  focusItem: number | null;
  /** Changes each time someone opens a bulletin, so focus moves here (not on a restored start). */
  openCount: number;
  onClose(): void;
  /** Label of the close button: where Escape goes back to. */
  backLabel: string;
  /** Changes when stories may have changed (the user linked or unlinked requests): marks are asked again. */
  storyVersion?: number;
}

type Loaded =
  | { file: string; status: 'loading' }
  | { file: string; status: 'ready'; bulletin: Bulletin }
  | { file: string; status: 'missing' }
  | { file: string; status: 'error'; message: string };

interface Section {
  heading: string | null;
  items: { item: Item; index: number }[];
}

function sectionsOf(bulletin: Bulletin): Section[] {
  const sections: Section[] = [];
  bulletin.items.forEach((item, index) => {
    const last = sections[sections.length - 1];
    if (last && last.heading === item.heading) last.items.push({ item, index });
    else sections.push({ heading: item.heading, items: [{ item, index }] });
  });
  return sections;
}

function fileName(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}

/** Where a bulletin read from a mailbox came from: the e-mail (subject, sender, when sent) and the mailbox. */
function MessageOriginLine({ origin }: { origin: MessageOrigin }) {
  const subject = origin.subject || '(no subject)';
  const sent = origin.sent ? `, sent ${origin.sent.replace(/\s+[+-]\d{4}(?:\s+\(\w+\))?$/, '')}` : '';
  return (
    <span
      className="file-name"
      title={`${origin.from}\nMessage ${origin.message.toLocaleString()} in ${origin.mailbox}`}
    >
      E-mail “{subject}”{sent} · in the mailbox {fileName(origin.mailbox)}
    </span>
  );
}

export function ReaderPane({
  file,
  query,
  alternatives,
  engineRanges,
  focusItem,
  openCount,
  onClose,
  backLabel,
  storyVersion = 0,
}: ReaderPaneProps) {
  const api = useApi();
  const cache = useBulletinCache();
  // A bulletin fetched ahead (the card was pointed at) draws in the first frame, without "Opening…".
  const [loaded, setLoaded] = useState<Loaded>(() => {
    const known = cache?.peek(file);
    if (known === undefined) return { file, status: 'loading' };
    return known === null ? { file, status: 'missing' } : { file, status: 'ready', bulletin: known };
  });
  const articleRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [folderError, setFolderError] = useState<string | null>(null);

  useEffect(() => {
    // The parent gives each file its own pane (key={file}), so there is no old bulletin to clear here. The
    // cache is new whenever the library changes: then the bulletin is fetched again, in case it changed.
    let live = true;
    if (cache?.peek(file) !== undefined) return;
    (cache ? cache.get(file) : api.getBulletin(file)).then(
      (bulletin) => {
        if (live)
          setLoaded(bulletin === null ? { file, status: 'missing' } : { file, status: 'ready', bulletin });
      },
      (cause: unknown) => {
        if (live) setLoaded({ file, status: 'error', message: errorMessage(cause) });
      },
    );
    return () => {
      live = false;
    };
  }, [api, cache, file]);

  const highlight = useMemo(() => readerHighlighter(query, alternatives), [query, alternatives]);
  const bulletin = loaded.status === 'ready' && loaded.file === file ? loaded.bulletin : null;
  const stories = useItemStories(bulletin, storyVersion);

  // Every highlight of the page worked out while rendering, numbered in reading order, so "match 2 of 7"
  // and the stronger current mark are plain derived state.
  const highlights = useMemo(() => {
    if (bulletin === null) return null;
    let count = 0;
    const verse = bulletin.scripture
      ? cleanRanges(bulletin.scripture.text, highlight(bulletin.scripture.text))
      : [];
    const verseFirst = count;
    count += verse.length;
    let focusFirst = -1;
    const items = bulletin.items.map((item, index) => {
      const ranges = cleanRanges(item.text, engineRanges.get(index) ?? highlight(item.text));
      const first = count;
      if (index === focusItem && ranges.length > 0) focusFirst = first;
      count += ranges.length;
      return { ranges, first };
    });
    return { verse, verseFirst, items, count, start: Math.max(0, focusFirst) };
  }, [bulletin, highlight, engineRanges, focusItem]);

  // The user's step through the matches, for these highlights only: new words start again.
  const [stepped, setStepped] = useState<{ for: typeof highlights; index: number } | null>(null);
  const total = highlights?.count ?? 0;
  const userStepped = stepped !== null && stepped.for === highlights;
  const current = total === 0 ? -1 : userStepped ? stepped.index : highlights!.start;

  const goTo = useCallback(
    (index: number) => {
      if (total === 0) return;
      setStepped({ for: highlights, index: ((index % total) + total) % total });
    },
    [highlights, total],
  );

  // The opened request goes to the top of the pane (its region heading just above it when it starts a
  // section), and stays there while late content — story marks, fonts, a resized pane — changes the
  // layout, until the user scrolls or steps through the matches. A match further down a long request is
  // then brought into view too. Stepping puts the match in the middle, easy to find.
  const scrollRef = useRef<HTMLDivElement>(null);
  const tailRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (bulletin === null) return;
    const scroller = scrollRef.current;
    const article = articleRef.current;
    if (!scroller || !article) return;
    const mark = current >= 0 ? article.querySelector(`mark[data-mark="${current}"]`) : null;
    const item = focusItem !== null ? article.querySelector<HTMLElement>(`[data-item="${focusItem}"]`) : null;
    if (userStepped || item === null) {
      mark?.scrollIntoView({ block: userStepped ? 'center' : 'nearest' });
      return;
    }
    const heading = item.previousElementSibling;
    const anchor = heading instanceof HTMLHeadingElement ? heading : item;
    const place = () => {
      // A narrow window scrolls the page itself, not the pane.
      if (getComputedStyle(scroller).overflowY === 'visible') {
        anchor.scrollIntoView({ block: 'start' });
        return;
      }
      const paneTop = scroller.getBoundingClientRect().top;
      const gap = parseFloat(getComputedStyle(scroller).paddingTop) / 2;
      // Room after the bulletin, so even its last request can come up to the top.
      const tail = tailRef.current;
      if (tail) {
        const below = article.getBoundingClientRect().bottom - anchor.getBoundingClientRect().top;
        tail.style.height = `${Math.max(0, scroller.clientHeight - below - gap)}px`;
      }
      scroller.scrollTop += anchor.getBoundingClientRect().top - paneTop - gap;
      if (mark && mark.getBoundingClientRect().bottom > scroller.getBoundingClientRect().bottom) {
        mark.scrollIntoView({ block: 'nearest' });
      }
    };
    place();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(place);
    observer.observe(article);
    observer.observe(scroller);
    // The user takes over: the request is left where they put it.
    const release = () => observer.disconnect();
    const events = ['wheel', 'pointerdown', 'touchstart', 'keydown'] as const;
    for (const type of events) scroller.addEventListener(type, release, { passive: true });
    return () => {
      observer.disconnect();
      for (const type of events) scroller.removeEventListener(type, release);
    };
  }, [bulletin, current, focusItem, userStepped]);

  // The opened request is marked briefly (a fading background), each time it is opened.
  useLayoutEffect(() => {
    if (bulletin === null || focusItem === null) return;
    const item = articleRef.current?.querySelector<HTMLElement>(`[data-item="${focusItem}"]`);
    if (!item) return;
    item.removeAttribute('data-arriving');
    void item.offsetWidth; // restart the animation
    item.setAttribute('data-arriving', '');
    const done = () => item.removeAttribute('data-arriving');
    item.addEventListener('animationend', done, { once: true });
    return () => item.removeEventListener('animationend', done);
  }, [bulletin, focusItem, openCount]);

  useLayoutEffect(() => {
    if (bulletin !== null) noteBulletinCommitted(bulletin.file);
  }, [bulletin]);

  // Focus moves to the title once per opening (once the title exists), never when the same bulletin is
  // refreshed because the folder changed underneath it: that would pull focus from wherever the user is.
  const focusedFor = useRef(0);
  useEffect(() => {
    if (openCount > 0 && openCount !== focusedFor.current && headingRef.current) {
      focusedFor.current = openCount;
      headingRef.current.focus({ preventScroll: true });
    }
  }, [openCount, bulletin]);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    } else if (event.key === 'F3' || ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'g')) {
      event.preventDefault();
      goTo(current + (event.shiftKey ? -1 : 1));
    }
  };

  return (
    <section className="reader" aria-label="Reading pane" onKeyDown={onKeyDown}>
      <div className="reader-toolbar">
        <button type="button" className="button ghost" onClick={onClose}>
          <span aria-hidden="true">← </span>
          {backLabel}
        </button>
        {total > 0 && (
          <div className="match-nav" role="group" aria-label="Matches in this bulletin">
            <button
              type="button"
              className="icon-button"
              onClick={() => goTo(current - 1)}
              aria-label="Previous match"
              title="Previous match (Shift+F3)"
            >
              <span aria-hidden="true">↑</span>
            </button>
            <span className="match-count" aria-live="polite">
              Match {current + 1} of {total}
            </span>
            <button
              type="button"
              className="icon-button"
              onClick={() => goTo(current + 1)}
              aria-label="Next match"
              title="Next match (F3)"
            >
              <span aria-hidden="true">↓</span>
            </button>
          </div>
        )}
      </div>
      <div className="reader-scroll" ref={scrollRef}>
        {loaded.status === 'loading' && <p className="reader-message">Opening the bulletin…</p>}
        {loaded.status === 'missing' && (
          <p className="reader-message">
            This bulletin is no longer in the folder. It may have been moved or deleted.
          </p>
        )}
        {loaded.status === 'error' && (
          <p className="reader-message" role="alert">
            The bulletin could not be opened: {loaded.message}
          </p>
        )}
        {bulletin !== null && (
          <article className="bulletin" ref={articleRef} aria-labelledby="reader-title">
            <header className="bulletin-head">
              <p className="bulletin-kicker">
                <BulletinDate bulletin={bulletin} />
              </p>
              <h2 id="reader-title" ref={headingRef} tabIndex={-1}>
                {bulletin.title ?? 'Prayer requests'}
              </h2>
              <div className="bulletin-file">
                {bulletin.origin ? (
                  <MessageOriginLine origin={bulletin.origin} />
                ) : (
                  <span className="file-name" title={bulletin.file}>
                    {fileName(bulletin.file)}
                  </span>
                )}
                <button
                  type="button"
                  className="link-button"
                  onClick={() =>
                    api
                      .showInFolder(bulletin.file)
                      .catch((cause: unknown) => setFolderError(errorMessage(cause)))
                  }
                >
                  Show in folder
                </button>
                <SheetFromBulletinButton bulletin={bulletin} className="link-button" />
              </div>
              {folderError && (
                <p className="inline-error" role="alert">
                  {folderError}
                </p>
              )}
            </header>
            {bulletin.scripture && (
              <figure className="verse">
                <blockquote>
                  <p>
                    <HighlightedText
                      text={bulletin.scripture.text}
                      ranges={highlights!.verse}
                      firstMark={highlights!.verseFirst}
                      currentMark={current}
                    />
                  </p>
                </blockquote>
                <figcaption>— {bulletin.scripture.reference}</figcaption>
              </figure>
            )}
            {bulletin.items.length === 0 && <p className="reader-message">This bulletin has no requests.</p>}
            {sectionsOf(bulletin).map((section, sectionIndex) => (
              <section
                key={sectionIndex}
                className="bulletin-section"
                aria-label={section.heading ?? undefined}
              >
                {section.heading !== null && <h3>{section.heading}</h3>}
                {section.items.map(({ item, index }) => {
                  if (item.boilerplate === true) {
                    // Standing text (an office footer, a church's standing introduction): readable, muted,
                    // and without the chips and buttons of a request.
                    return (
                      <div key={index} className="bulletin-item is-standing" data-item={index}>
                        <p className="item-text">
                          <HighlightedText
                            text={item.text}
                            ranges={highlights!.items[index]!.ranges}
                            firstMark={highlights!.items[index]!.first}
                            currentMark={current}
                          />
                        </p>
                        <div className="item-meta">
                          <span
                            className="standing-label"
                            title="Repeated nearly unchanged in many bulletins of this sender: not counted as a request"
                          >
                            Standing text
                          </span>
                        </div>
                      </div>
                    );
                  }
                  const story = stories.get(index);
                  const status = shownStatus(story);
                  return (
                    <div
                      key={index}
                      className={`bulletin-item${index === focusItem ? ' is-focus' : ''}`}
                      data-item={index}
                    >
                      <p className="item-text">
                        <HighlightedText
                          text={item.text}
                          ranges={highlights!.items[index]!.ranges}
                          firstMark={highlights!.items[index]!.first}
                          currentMark={current}
                        />
                      </p>
                      <div className="item-meta">
                        <KindBadge kind={item.kind} />
                        {status && <AnswerBadge status={status} />}
                        {(section.heading === null || section.heading !== item.region) && (
                          <RegionChip region={item.region} />
                        )}
                        {item.countries.map((country) => (
                          <CountryChip key={country} country={country} />
                        ))}
                        <ThreadButton itemId={`${bulletin.file}#${index}`} mark={story} />
                        <AddToSheetButton compact entry={entryFromItem(bulletin, index)!} />
                      </div>
                    </div>
                  );
                })}
              </section>
            ))}
            {bulletin.warnings.length > 0 && (
              <details className="bulletin-notes">
                <summary>
                  How this file was read ({bulletin.warnings.length}{' '}
                  {bulletin.warnings.length === 1 ? 'note' : 'notes'})
                </summary>
                <ul>
                  {bulletin.warnings.map((warning, index) => (
                    <li key={index}>{warning}</li>
                  ))}
                </ul>
              </details>
            )}
          </article>
        )}
        <div className="reader-tail" ref={tailRef} aria-hidden="true" />
      </div>
    </section>
  );
}
