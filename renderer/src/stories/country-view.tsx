// One country across the years: how many requests named it, praise and prayer side by side on a chart,
// how many of its prayers were answered and how many are still waiting, and every request, newest first,
// to read in its bulletin or put on the prayer sheet.
import { useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { entryFromRequest } from '../../../shared/prayer-sheet';
import type { CountryRequest, CountryView as CountryViewData } from '../../../shared/story-types';
import { useApi } from '../api/api-context';
import { KindBadge, RegionChip } from '../components/badges';
import { formatDate } from '../lib/dates';
import { plural } from '../lib/plural';
import { AddToSheetButton } from '../sheet/add-to-sheet-button';
import { CountryChart, periodLabel } from './country-chart';
import { StoryError } from './story-error';
import { useStoryNav } from './story-nav';
import { AnswerBadge } from './thread-status-badge';
import { useStoryData } from './use-story-data';

export interface CountryViewProps {
  country: string;
  onBack(): void;
  /** The library's generation: a new one (the folder changed) asks again. */
  generation: number;
}

/** Requests listed at first, and added by each "Show more". */
export const REQUESTS_PAGE = 30;

/** "From March 2019 to October 2024", from the requests' dates. */
function spanOf(view: CountryViewData): string | null {
  const dated = view.requests.filter((r) => r.date !== null).map((r) => r.date!);
  if (dated.length === 0) return null;
  const newest = dated[0]!;
  const oldest = dated[dated.length - 1]!;
  const first = periodLabel(oldest.slice(0, 7));
  const last = periodLabel(newest.slice(0, 7));
  return first === last ? `in ${first}` : `from ${first} to ${last}`;
}

export function CountryView({ country, onBack, generation }: CountryViewProps) {
  const api = useApi();
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const view = useStoryData(() => api.getCountryView(country), `country:${country}`, generation);

  // Opened from a chip anywhere in the app: the heading takes focus so reading starts here.
  useLayoutEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
  }, [country]);

  const data = view.data;
  const region = data?.region ?? null;
  return (
    <div className="story-view country-view">
      <div className="story-head country-head">
        <button type="button" className="button ghost story-back" onClick={onBack}>
          <span aria-hidden="true">←</span> All countries
        </button>
        <div className="country-title">
          <h2 id={`${id}-heading`} tabIndex={-1} ref={headingRef}>
            {data?.country ?? country}
          </h2>
          {region && <RegionChip region={region} />}
        </div>
      </div>
      {view.error && (
        <StoryError onRetry={view.retry}>
          The requests about {country} could not be gathered: {view.error}
        </StoryError>
      )}
      {view.loading && data === null ? (
        <p className="list-message">Gathering the requests about {country}…</p>
      ) : data === null ? (
        !view.error && (
          <div className="story-empty">
            <p className="story-empty-title">No requests name {country}</p>
            <p>No bulletin in this folder mentions it. It may have been spelt differently.</p>
            <button type="button" className="button" onClick={onBack}>
              See all countries
            </button>
          </div>
        )
      ) : (
        <CountryBody view={data} headingId={`${id}-heading`} />
      )}
    </div>
  );
}

function CountryBody({ view, headingId }: { view: CountryViewData; headingId: string }) {
  const [shown, setShown] = useState(REQUESTS_PAGE);
  const span = spanOf(view);
  const requests = view.requests.slice(0, shown);
  const more = view.requests.length - requests.length;
  return (
    <div className="list-scroll story-scroll country-scroll" role="region" aria-labelledby={headingId}>
      <p className="country-intro">
        {plural(view.total, 'request', 'requests')} named {view.country}
        {span ? ` ${span}` : ''}.
      </p>
      <CountryTotals view={view} />
      <CountryChart view={view} />
      <h3 className="story-subhead">Requests, newest first</h3>
      <ol className="story-requests">
        {requests.map((request) => (
          <li key={request.id}>
            <CountryRequestCard request={request} country={view.country} />
          </li>
        ))}
      </ol>
      {more > 0 && (
        <button
          type="button"
          className="button story-more"
          onClick={() => setShown((n) => n + REQUESTS_PAGE)}
        >
          Show {Math.min(more, REQUESTS_PAGE)} more of {plural(more, 'request', 'requests')} not shown
        </button>
      )}
    </div>
  );
}

function CountryTotals({ view }: { view: CountryViewData }) {
  const prayers = view.answered + view.waiting;
  return (
    <dl className="country-totals">
      <div className="country-total">
        <dt>Prayer requests</dt>
        <dd>{view.prayer.toLocaleString()}</dd>
      </div>
      <div className="country-total">
        <dt>Praise reports</dt>
        <dd>{view.praise.toLocaleString()}</dd>
      </div>
      <div className="country-total is-answered">
        <dt>Answered</dt>
        <dd>
          {view.answered.toLocaleString()}
          {prayers > 0 && <span className="country-total-of"> of {prayers.toLocaleString()}</span>}
        </dd>
      </div>
      <div className="country-total is-waiting">
        <dt>Still waiting</dt>
        <dd>{view.waiting.toLocaleString()}</dd>
      </div>
    </dl>
  );
}

function CountryRequestCard({ request, country }: { request: CountryRequest; country: string }) {
  const nav = useStoryNav();
  const entry = useMemo(() => entryFromRequest({ ...request, countries: [country] }), [request, country]);
  return (
    <article className="story-request" aria-label={`${formatDate(request.date)}, ${request.kind}`}>
      <div className="meta-line">
        <span className="meta-date">{formatDate(request.date)}</span>
        <KindBadge kind={request.kind} />
        {request.status && <AnswerBadge status={request.status} />}
        {request.title && <span className="story-request-title">{request.title}</span>}
      </div>
      <p className="story-request-text">{request.text}</p>
      <div className="card-actions">
        <button
          type="button"
          className="link-button"
          onClick={() => nav.openBulletin(request.file, request.itemIndex)}
        >
          Read the bulletin
        </button>
        <AddToSheetButton entry={entry} />
      </div>
    </article>
  );
}
