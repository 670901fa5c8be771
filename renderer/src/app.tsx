// The reader: search at the top, filters under it, on the left one place at a time — the timeline or the
// matching requests, the verses, the countries — the bulletin being read on the right, the prayer sheet or
// a request's story beside, and a quiet status line at the bottom.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { BulletinSummary } from '../../shared/library-types';
import type { Region } from '../../shared/model';
import type { PrayerDeskApi } from '../../shared/prayer-desk-api';
import type { MatchRange, SearchHit } from '../../shared/search-types';
import { ApiProvider, useApi } from './api/api-context';
import { BulletinCache, BulletinCacheProvider } from './api/bulletin-cache';
import { DismissibleNotice } from './components/dismissible-notice';
import { FilterBar } from './components/filter-bar';
import { LoadingBar } from './components/loading-bar';
import { NoResults } from './components/no-results';
import { ReaderPane } from './components/reader-pane';
import { CHART_ID, ChartToggle } from './components/chart-fold';
import { RequestChart } from './components/request-chart';
import { PaneSplitter } from './components/pane-splitter';
import type { ListHandle } from './components/results-list';
import { ResultsList } from './components/results-list';
import { SampleBanner } from './components/sample-banner';
import { SearchBox } from './components/search-box';
import type { SectionType } from './components/section-tabs';
import { SectionTabs } from './components/section-tabs';
import { SortControl } from './components/sort-control';
import { StatusBar } from './components/status-bar';
import { TimelineList } from './components/timeline-list';
import { VerseHint } from './components/verse-hint';
import { useFacets } from './hooks/use-facets';
import { useFolderSwitch } from './hooks/use-folder-switch';
import { useLibrary } from './hooks/use-library';
import { usePagedHits } from './hooks/use-paged-hits';
import { useSearch } from './hooks/use-search';
import { LIST_WIDTH, useViewState } from './hooks/use-view-state';
import {
  discardPendingKeystrokes,
  noteKeystroke,
  noteOpenRequested,
  noteResultsCommitted,
} from './lib/perf-marks';
import { formatDate } from './lib/dates';
import { plural } from './lib/plural';
import { buildTimeline, libraryYears } from './lib/timeline-rows';
import { hasFilters, hasQueryText, queryKey, showsResults, toSearchQuery } from './lib/view-query';
import { quotedQuery } from './lib/view-query';
import { SheetFromResultsButton } from './sheet/quick-start';
import { SheetProvider, useSheet, useSheetActions } from './sheet/sheet-context';
import { SheetPanel } from './sheet/sheet-panel';
import { CountriesView } from './stories/countries-view';
import { CountryView } from './stories/country-view';
import type { Section, StoryNav } from './stories/story-nav';
import { StoryNavProvider } from './stories/story-nav';
import { ThreadPanel } from './stories/thread-panel';
import { VersesView } from './stories/verses-view';

export function App({ api }: { api: PrayerDeskApi }) {
  return (
    <ApiProvider api={api}>
      <SheetProvider>
        <Reader />
      </SheetProvider>
    </ApiProvider>
  );
}

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** The layout that shows one pane at a time (layout.css): the reader then replaces the list. */
const ONE_PANE_MEDIA = '(max-width: 900px), (max-height: 560px)';

function shortcutLabel(): string {
  return /Mac|iPhone|iPad/.test(navigator.userAgent) ? '⌘F' : 'Ctrl+F';
}

function Reader() {
  const api = useApi();
  const sheet = useSheet();
  const sheetActions = useSheetActions();
  const library = useLibrary();
  const { view, dispatch } = useViewState();
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<ListHandle>(null);
  const sheetButtonRef = useRef<HTMLButtonElement>(null);
  const [sheetPanel, setSheetPanel] = useState<{ open: boolean; focusPrint: boolean }>({
    open: false,
    focusPrint: false,
  });
  const [opened, setOpened] = useState<{
    count: number;
    hit: SearchHit | null;
    answerKey: string | null;
    /** The request to bring into view when opened from elsewhere (a story, a verse, a country). */
    item: { file: string; index: number } | null;
  }>({ count: 0, hit: null, answerKey: null, item: null });
  const [dismissedNotice, setDismissedNotice] = useState<string | null>(null);
  // Where the list side is: not remembered between starts, the app always opens on the bulletins.
  const [section, setSection] = useState<Section>({ type: 'bulletins' });
  const [threadItem, setThreadItem] = useState<string | null>(null);
  // Changes when the user links, unlinks or confirms: story marks on screen are asked for again.
  // What opened the story panel or a bulletin from another place, for focus to go back to.
  const threadOpener = useRef<HTMLElement | null>(null);
  const readerOpener = useRef<HTMLElement | null>(null);
  const sectionTabsRef = useRef<HTMLDivElement>(null);
  const workspaceRef = useRef<HTMLElement>(null);
  // The question whose first request was shown in the reader by itself, and that request's bulletin.
  const autoOpened = useRef<{ key: string | null; file: string | null }>({ key: null, file: null });

  const sectionType = section.type;
  const inBulletins = sectionType === 'bulletins';
  const resultsMode = showsResults(view);
  const ready = library.state !== null;
  const searchQuery = useMemo(
    () => (resultsMode && ready ? toSearchQuery(view) : null),
    [resultsMode, ready, view],
  );
  // Stories on screen are asked for again when the user changes one, or when main has just worked them out.
  // Each count only ever grows, so the sums change whenever any of them does.
  // Main says when the answer marks changed (threads worked out, or the user linked or unlinked).
  const search = useSearch(searchQuery, library.generation + library.storiesVersion);
  const answer = search.answer;
  const paged = usePagedHits(answer);
  const facets = useFacets(view, library.bulletins, library.generation);

  // One cache per library generation: a changed folder may have changed any bulletin.
  const bulletinCache = useMemo(
    () => new BulletinCache(api),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a new cache for each generation, on purpose
    [api, library.generation],
  );
  const prefetch = useCallback((file: string) => bulletinCache.prefetch(file), [bulletinCache]);
  const bulletins = library.bulletins;
  const libraryRegions = useMemo(
    () =>
      bulletins ? new Set(bulletins.flatMap((b) => Object.keys(b.regionCounts) as Region[])) : undefined,
    [bulletins],
  );
  const bulletinsByFile = useMemo(
    () => new Map((bulletins ?? []).map((bulletin) => [bulletin.file, bulletin])),
    [bulletins],
  );
  const timeline = useMemo(
    () => buildTimeline(bulletins ?? [], { from: view.from, to: view.to }),
    [bulletins, view.from, view.to],
  );
  const years = useMemo(() => libraryYears(bulletins ?? []), [bulletins]);
  const newestRow = timeline.rows[timeline.bulletinRows[0] ?? -1];
  const newest = newestRow?.type === 'bulletin' ? newestRow.bulletin : null;

  // The keystroke-to-results measure: these results are now on screen.
  useEffect(() => {
    if (answer !== null) noteResultsCommitted(answer.keySeq);
  }, [answer]);
  useEffect(() => {
    if (!resultsMode) discardPendingKeystrokes();
  }, [resultsMode, view.query]);

  const focusSearch = useCallback(() => {
    searchRef.current?.focus();
    searchRef.current?.select();
  }, []);

  const openSheet = useCallback((focusPrint: boolean) => {
    setThreadItem(null);
    setSheetPanel({ open: true, focusPrint });
  }, []);

  // "Sheet from this bulletin" / "Sheet from these results" show the new sheet.
  useEffect(() => sheetActions.onStarted(() => openSheet(false)), [sheetActions, openSheet]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'f') {
        event.preventDefault();
        focusSearch();
      } else if (event.key === '/' && !event.ctrlKey && !event.metaKey && !isTypingTarget(event.target)) {
        event.preventDefault();
        focusSearch();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [focusSearch]);

  useEffect(
    () =>
      api.onMenuCommand((command) => {
        if (command === 'focus-search') focusSearch();
        else if (command === 'print-sheet') openSheet(true);
      }),
    [api, focusSearch, openSheet],
  );

  // The search box is where a new start begins.
  useEffect(() => {
    searchRef.current?.focus();
  }, []);

  const onQueryChange = useCallback(
    (text: string, at: number) => {
      noteKeystroke(at);
      dispatch({ type: 'query', text });
      // The search box searches the bulletins: typing brings them back from the verses or countries.
      setSection((current) => (current.type === 'bulletins' ? current : { type: 'bulletins' }));
    },
    [dispatch],
  );

  const openHit = useCallback(
    (hit: SearchHit, at: number) => {
      noteOpenRequested(hit.file, at);
      autoOpened.current.file = null;
      setOpened((previous) => ({
        count: previous.count + 1,
        hit,
        answerKey: answer?.key ?? null,
        item: null,
      }));
      dispatch({ type: 'select', file: hit.file });
    },
    [answer, dispatch],
  );

  const openBulletin = useCallback(
    (bulletin: BulletinSummary, at: number) => {
      noteOpenRequested(bulletin.file, at);
      autoOpened.current.file = null;
      setOpened((previous) => ({ count: previous.count + 1, hit: null, answerKey: null, item: null }));
      dispatch({ type: 'select', file: bulletin.file });
    },
    [dispatch],
  );

  const focusCurrentTab = useCallback(() => {
    sectionTabsRef.current?.querySelector<HTMLElement>('[aria-current="page"]')?.focus();
  }, []);

  const closeReader = useCallback(() => {
    const file = view.selectedFile;
    dispatch({ type: 'select', file: null });
    // Back to where the reader was opened from: the line that opened it, the bulletin's row in the list,
    // the current place's tab; else the search box.
    const opener = readerOpener.current;
    readerOpener.current = null;
    requestAnimationFrame(() => {
      if (opener?.isConnected) opener.focus();
      else if (file !== null && listRef.current?.focusFile(file)) return;
      else if (sectionType !== 'bulletins') focusCurrentTab();
      else focusSearch();
    });
  }, [dispatch, focusSearch, focusCurrentTab, view.selectedFile, sectionType]);

  // Another folder opened: the reader (showing a bulletin of the old folder) closes, and a note confirms it.
  const closeForNewFolder = useCallback(() => dispatch({ type: 'select', file: null }), [dispatch]);
  const folderSwitch = useFolderSwitch(library.state, closeForNewFolder);

  const selectSection = useCallback(
    (type: SectionType) => {
      // A bulletin left open from the search has nothing to do with the verses or the countries: the
      // reading pane starts empty there, and fills with what is opened from the new tab.
      if (type !== sectionType && type !== 'bulletins') dispatch({ type: 'select', file: null });
      setSection((current) => {
        if (type === current.type) return current;
        return type === 'verses' ? { type, query: '' } : { type };
      });
    },
    [dispatch, sectionType],
  );

  const closeThread = useCallback(() => {
    setThreadItem(null);
    const opener = threadOpener.current;
    threadOpener.current = null;
    // Back to the button that opened the story, if it is still on screen.
    requestAnimationFrame(() => {
      if (opener?.isConnected) opener.focus();
    });
  }, []);

  const storyNav = useMemo<StoryNav>(
    () => ({
      openCountry: (country) => setSection({ type: 'country', country }),
      openVerses: (reference) => setSection({ type: 'verses', query: reference ?? '' }),
      openThread: (itemId) => {
        if (document.activeElement instanceof HTMLElement) threadOpener.current = document.activeElement;
        setSheetPanel({ open: false, focusPrint: false });
        setThreadItem(itemId);
      },
      openBulletin: (file, itemIndex) => {
        const from = document.activeElement;
        // From the verses or a country, Escape in the reader comes back to the line that opened it; from
        // the story panel, the panel closes to show the reader and focus follows the page.
        readerOpener.current =
          from instanceof HTMLElement && !from.closest('.thread-panel, .reader') ? from : null;
        noteOpenRequested(file, performance.now());
        autoOpened.current.file = null;
        setThreadItem(null);
        setOpened((previous) => ({
          count: previous.count + 1,
          hit: null,
          answerKey: null,
          item: itemIndex === undefined ? null : { file, index: itemIndex },
        }));
        dispatch({ type: 'select', file });
      },
    }),
    [dispatch],
  );

  const selected = view.selectedFile;
  const openedHit = opened.hit !== null && opened.hit.file === selected ? opened.hit : null;
  const focusItem =
    openedHit?.itemIndex ??
    (opened.item !== null && opened.item.file === selected ? opened.item.index : null);
  const engineRanges = useMemo(() => {
    const ranges = new Map<number, readonly MatchRange[]>();
    if (!resultsMode || answer === null || !hasQueryText(view)) return ranges;
    for (const hit of answer.result.hits) if (hit.file === selected) ranges.set(hit.itemIndex, hit.ranges);
    if (openedHit && opened.answerKey === answer.key) ranges.set(openedHit.itemIndex, openedHit.ranges);
    return ranges;
  }, [resultsMode, answer, view, selected, openedHit, opened.answerKey]);

  const total = answer?.result.total ?? 0;
  const didYouMean = answer?.result.didYouMean ?? [];
  const settled = resultsMode && answer !== null && !search.pending;
  const queryWords = view.query.trim();

  const announcement = !inBulletins
    ? ''
    : resultsMode
      ? settled
        ? total === 0
          ? 'No requests found.'
          : `${plural(total, 'request', 'requests')} found.`
        : ''
      : bulletins !== null
        ? `Timeline: ${plural(timeline.bulletinCount, 'bulletin', 'bulletins')}.`
        : '';

  const backLabel =
    section.type === 'verses'
      ? 'Back to the verses'
      : section.type === 'countries'
        ? 'Back to the countries'
        : section.type === 'country'
          ? `Back to ${section.country}`
          : resultsMode
            ? 'Back to the requests'
            : 'Back to the timeline';
  // The same question asked again (after a story changed) keeps the list where it is; a new question or a
  // changed library starts it at the top.
  const listKey = answer === null ? '' : `${library.generation}|${queryKey(answer.query)}`;

  const listShare = view.listWidth ?? LIST_WIDTH.initial;
  const chartOpen = view.chartOpen ?? false;
  const chartHeader = chartOpen ? (
    <div id={CHART_ID}>
      <RequestChart series={facets.series} stale={facets.stale} />
    </div>
  ) : null;

  // When a search settles, its first request is shown in the reader (without taking focus from the search
  // box), unless the user is reading something they chose; the narrow one-pane layout keeps the list.
  const firstHit = settled && inBulletins ? (answer?.result.hits[0] ?? null) : null;
  useEffect(() => {
    if (firstHit === null || answer === null || listKey === autoOpened.current.key) return;
    const previous = autoOpened.current.file;
    autoOpened.current = { key: listKey, file: previous };
    if (selected !== null && selected !== previous) return;
    if (window.matchMedia?.(ONE_PANE_MEDIA).matches) return;
    autoOpened.current.file = firstHit.file;
    // The answer came from main (an outside event); this follows it once per question (autoOpened).
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setOpened((current) => ({ count: current.count, hit: firstHit, answerKey: answer.key, item: null }));
    dispatch({ type: 'select', file: firstHit.file });
  }, [firstHit, answer, listKey, selected, dispatch]);

  const state = library.state;
  const notice = state?.notice && state.notice !== dismissedNotice ? state.notice : null;

  return (
    <BulletinCacheProvider cache={bulletinCache}>
      <StoryNavProvider value={storyNav}>
        <div className="app" data-reading={selected !== null ? 'yes' : 'no'}>
          <a className="skip-link" href={inBulletins ? '#list-heading' : '#list-pane'}>
            Skip to the list
          </a>
          <header className="app-header">
            <div className="brand">
              <svg
                className="brand-mark"
                viewBox="0 0 32 32"
                width="28"
                height="28"
                aria-hidden="true"
                focusable="false"
              >
                <path d="M6 7.5C6 6.7 6.7 6 7.5 6H15v20H7.5C6.7 26 6 25.3 6 24.5z" className="brand-page" />
                <path d="M26 7.5c0-.8-.7-1.5-1.5-1.5H17v20h7.5c.8 0 1.5-.7 1.5-1.5z" className="brand-page" />
                <path d="M21.5 10.5v7M18 14h7" className="brand-cross" />
              </svg>
              <h1 className="brand-name">Prayer Desk</h1>
            </div>
            <SearchBox
              ref={searchRef}
              value={view.query}
              onChange={onQueryChange}
              onSubmit={search.flush}
              onLeave={() => listRef.current?.focusActive()}
              shortcutLabel={shortcutLabel()}
            />
            <button
              type="button"
              className={`sheet-button${sheet.entries.length > 0 ? ' has-entries' : ''}`}
              ref={sheetButtonRef}
              aria-expanded={sheetPanel.open}
              aria-label={`Prayer sheet, ${plural(sheet.entries.length, 'request', 'requests')}`}
              onClick={() => {
                // One panel beside the reader at a time.
                setThreadItem(null);
                setSheetPanel((panel) => ({ open: !panel.open, focusPrint: false }));
              }}
            >
              Prayer sheet{' '}
              <span className="sheet-count" aria-hidden="true">
                {sheet.entries.length}
              </span>
            </button>
          </header>

          <div className="app-body">
            {state?.isSample && <SampleBanner onChooseFolder={() => void library.chooseFolder()} />}
            {notice && (
              <DismissibleNotice
                className="notice"
                message={notice}
                onDismiss={() => setDismissedNotice(notice)}
              />
            )}
            {folderSwitch.message && (
              <DismissibleNotice
                className="notice"
                message={folderSwitch.message}
                onDismiss={folderSwitch.dismiss}
              />
            )}
            {library.error && (
              <DismissibleNotice
                className="notice is-error"
                role="alert"
                message={library.error}
                onDismiss={library.dismissError}
              />
            )}

            {/* The filters narrow the bulletins and their requests; the verses and countries have their own. */}
            {inBulletins && (
              <FilterBar
                view={view}
                regionCounts={facets.regions}
                kindCounts={facets.kinds}
                organisationCounts={facets.organisations}
                countsStale={facets.stale}
                years={years}
                libraryRegions={libraryRegions}
                dispatch={dispatch}
              />
            )}
            {library.progress && <LoadingBar progress={library.progress} onStop={library.stopReading} />}

            <main
              className="workspace"
              ref={workspaceRef}
              style={{
                gridTemplateColumns: `minmax(300px, ${listShare}fr) 0 minmax(360px, ${1 - listShare}fr)`,
              }}
            >
              <section
                className="list-pane"
                id="list-pane"
                tabIndex={-1}
                aria-labelledby={inBulletins ? 'list-heading' : undefined}
              >
                <div className="section-bar" ref={sectionTabsRef}>
                  <SectionTabs section={section} onSelect={selectSection} />
                </div>
                {section.type === 'verses' && (
                  <VersesView
                    query={section.query}
                    onQueryChange={(query) => setSection({ type: 'verses', query })}
                    generation={library.generation}
                  />
                )}
                {section.type === 'countries' && <CountriesView generation={library.generation} />}
                {section.type === 'country' && (
                  <CountryView
                    country={section.country}
                    onBack={() => setSection({ type: 'countries' })}
                    generation={library.generation}
                  />
                )}
                {inBulletins && (
                  <>
                    <div className="list-head">
                      <h2 id="list-heading" tabIndex={-1}>
                        {resultsMode ? 'Requests' : 'Timeline'}
                      </h2>
                      <p className="list-count">
                        {resultsMode
                          ? answer === null
                            ? 'Searching…'
                            : `${plural(total, 'request', 'requests')}${queryWords ? ` for ${quotedQuery(queryWords)}` : ''}`
                          : bulletins === null
                            ? ''
                            : plural(timeline.bulletinCount, 'bulletin', 'bulletins')}
                      </p>
                      {/* Beside the count, before the sort and sheet buttons: three sort choices and the
                          sheet button fill a line of their own at 1280×800, and a toggle after them wrapped
                          onto a third line, taking a result row's room. */}
                      {facets.series !== null && (
                        <ChartToggle
                          open={chartOpen}
                          onToggle={(open) => dispatch({ type: 'chart', open })}
                          controls={CHART_ID}
                        />
                      )}
                      {resultsMode && hasQueryText(view) && (
                        <SortControl sort={view.sort} onChange={(sort) => dispatch({ type: 'sort', sort })} />
                      )}
                      {settled && searchQuery !== null && total > 0 && (
                        <SheetFromResultsButton query={searchQuery} total={total} className="button ghost" />
                      )}
                    </div>
                    {resultsMode && <VerseHint query={view.query} onOpen={storyNav.openVerses} />}
                    {search.error && (
                      <p className="inline-error" role="alert">
                        The search did not work: {search.error}
                      </p>
                    )}
                    {settled && total > 0 && didYouMean.length > 0 && (
                      <p className="did-you-mean">
                        No exact match for {quotedQuery(queryWords)}; showing close spellings.{' '}
                        {didYouMean.map((word) => (
                          <button
                            key={word}
                            type="button"
                            className="suggestion"
                            onClick={() => dispatch({ type: 'query', text: word })}
                          >
                            {word}
                          </button>
                        ))}
                      </p>
                    )}
                    {resultsMode ? (
                      settled && total === 0 ? (
                        <NoResults
                          query={view.query}
                          suggestions={didYouMean}
                          filtersOn={hasFilters(view)}
                          onSuggestion={(word) => dispatch({ type: 'query', text: word })}
                          onClearFilters={() => dispatch({ type: 'clear-filters' })}
                        />
                      ) : (
                        <ResultsList
                          ref={listRef}
                          paged={paged}
                          listKey={listKey}
                          bulletinsByFile={bulletinsByFile}
                          currentFile={selected}
                          busy={search.pending}
                          onOpen={openHit}
                          onEscape={focusSearch}
                          onPrefetch={prefetch}
                          header={chartHeader}
                        />
                      )
                    ) : bulletins === null ? (
                      <p className="list-message">
                        Your bulletins appear here as soon as they have been read.
                      </p>
                    ) : timeline.bulletinCount === 0 ? (
                      <div className="list-message">
                        <p>
                          {hasFilters(view)
                            ? 'No bulletins in these years.'
                            : 'This folder has no bulletins yet.'}
                        </p>
                        {hasFilters(view) ? (
                          <button
                            type="button"
                            className="button"
                            onClick={() => dispatch({ type: 'clear-filters' })}
                          >
                            Clear all filters
                          </button>
                        ) : (
                          <button
                            type="button"
                            className="button"
                            onClick={() => void library.chooseFolder()}
                          >
                            Choose another folder…
                          </button>
                        )}
                      </div>
                    ) : (
                      <TimelineList
                        ref={listRef}
                        timeline={timeline}
                        currentFile={selected}
                        onOpen={openBulletin}
                        onEscape={focusSearch}
                        onPrefetch={prefetch}
                        header={chartHeader}
                      />
                    )}
                  </>
                )}
              </section>

              <PaneSplitter
                share={listShare}
                onChange={(share) => dispatch({ type: 'list-width', share })}
                containerRef={workspaceRef}
                controls="list-pane"
              />
              <div className="reader-pane">
                {selected !== null ? (
                  <ReaderPane
                    key={selected}
                    file={selected}
                    query={view.query}
                    alternatives={didYouMean}
                    engineRanges={engineRanges}
                    focusItem={focusItem}
                    openCount={opened.count}
                    onClose={closeReader}
                    backLabel={backLabel}
                    storyVersion={library.storiesVersion}
                  />
                ) : (
                  <div className="reader-empty">
                    <h2 className="reader-empty-title">Nothing open yet</h2>
                    <p>
                      Choose a {inBulletins && resultsMode ? 'request' : 'bulletin'} to read it here. Use{' '}
                      <kbd>↑</kbd> <kbd>↓</kbd> to move, <kbd>Enter</kbd> to open and <kbd>Esc</kbd> to go
                      back.
                    </p>
                    {!(inBulletins && resultsMode) && newest && (
                      <button
                        type="button"
                        className="button"
                        onPointerEnter={() => prefetch(newest.file)}
                        onClick={(event) => openBulletin(newest, event.timeStamp)}
                      >
                        Read the newest bulletin, {formatDate(newest.date)}
                      </button>
                    )}
                  </div>
                )}
              </div>
            </main>

            {threadItem !== null && (
              <ThreadPanel
                key={threadItem}
                itemId={threadItem}
                generation={library.generation}
                onClose={closeThread}
                onRead={(file, itemIndex) => storyNav.openBulletin(file, itemIndex)}
              />
            )}

            {sheetPanel.open && (
              <SheetPanel
                focusPrint={sheetPanel.focusPrint}
                onClose={() => {
                  setSheetPanel({ open: false, focusPrint: false });
                  // Focus goes back to the button that opened the panel, not to the top of the page.
                  sheetButtonRef.current?.focus();
                }}
              />
            )}

            <StatusBar
              state={state}
              progress={library.progress}
              onChooseFolder={() => void library.chooseFolder()}
            />
          </div>
          <div className="visually-hidden" role="status" aria-live="polite">
            {announcement}
          </div>
        </div>
      </StoryNavProvider>
    </BulletinCacheProvider>
  );
}
