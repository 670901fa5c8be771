// "Link another request…": when Prayer Desk missed part of a story, the user finds the request with the
// ordinary search and links it by hand. The choice is kept in the app's data, never in the bulletins.
import { useEffect, useId, useRef, useState } from 'react';
import type { SearchHit } from '../../../shared/search-types';
import type { Thread } from '../../../shared/story-types';
import { useApi } from '../api/api-context';
import { errorMessage } from '../api/error-message';
import { KindBadge, RegionChip } from '../components/badges';
import { formatDate } from '../lib/dates';

/** A pause in typing this long sends the search (the same feel as the main search box). */
const PICKER_DELAY_MS = 150;
/** Enough to find the one request meant; more is the main search's job. */
const PICKER_LIMIT = 8;

export interface ThreadLinkPickerProps {
  thread: Thread;
  /** True while the panel is saving another change. */
  busy: boolean;
  /** Links the chosen request; rejects with a plain message when it could not. */
  onLink(otherId: string): Promise<void>;
}

/** The answer for `text`; shown only while the box still says `text`. */
type Found =
  | { status: 'ready'; text: string; hits: SearchHit[]; total: number }
  | { status: 'error'; text: string; message: string };

export function ThreadLinkPicker({ thread, busy, onLink }: ThreadLinkPickerProps) {
  const api = useApi();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [answer, setAnswer] = useState<Found | null>(null);
  const [linkError, setLinkError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (open) inputRef.current?.focus();
  }, [open]);

  const words = text.trim();
  useEffect(() => {
    if (!open || words === '') return;
    let live = true;
    const timer = window.setTimeout(() => {
      api.search({ text: words, limit: PICKER_LIMIT, sort: 'relevance' }).then(
        (result) => {
          if (live) setAnswer({ status: 'ready', text: words, hits: result.hits, total: result.total });
        },
        (cause: unknown) => {
          if (live) setAnswer({ status: 'error', text: words, message: errorMessage(cause) });
        },
      );
    }, PICKER_DELAY_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [api, open, words]);

  const close = () => {
    setOpen(false);
    setText('');
    setLinkError(null);
    requestAnimationFrame(() => openerRef.current?.focus());
  };

  if (!open) {
    return (
      <button
        type="button"
        className="button thread-link-open"
        ref={openerRef}
        disabled={busy}
        onClick={() => setOpen(true)}
      >
        <span aria-hidden="true">+ </span>Link another request…
      </button>
    );
  }

  const found = words !== '' && answer?.text === words ? answer : null;
  const members = new Set(thread.members.map((member) => member.id));
  return (
    <div
      className="thread-link-picker"
      role="group"
      aria-labelledby={`${id}-title`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          // Escape closes the search first; the panel stays.
          event.preventDefault();
          event.stopPropagation();
          close();
        }
      }}
    >
      <div className="thread-link-head">
        <h3 id={`${id}-title`}>Link another request</h3>
        <button type="button" className="link-button" onClick={close}>
          Cancel
        </button>
      </div>
      <p className="thread-link-help" id={`${id}-help`}>
        Search for the request that belongs to this story, then choose it.
      </p>
      <input
        ref={inputRef}
        type="search"
        className="thread-link-input"
        aria-label="Find a request to link"
        aria-describedby={`${id}-help`}
        placeholder="A name, a country, a word…"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setLinkError(null);
        }}
      />
      {linkError && (
        <p className="inline-error" role="alert">
          {linkError}
        </p>
      )}
      {words !== '' && found === null && <p className="thread-link-note">Searching…</p>}
      {found?.status === 'error' && (
        <p className="inline-error" role="alert">
          The search did not work: {found.message}
        </p>
      )}
      {found?.status === 'ready' &&
        (found.hits.length === 0 ? (
          <p className="thread-link-note" role="status">
            No requests found for “{found.text}”.
          </p>
        ) : (
          <ul className="thread-link-results" aria-label="Requests found">
            {found.hits.map((hit) => {
              const inStory = members.has(hit.id);
              return (
                <li key={hit.id} className="thread-link-result">
                  <div className="thread-link-meta">
                    <span className="thread-link-date">{formatDate(hit.date)}</span>
                    <KindBadge kind={hit.kind} />
                    <RegionChip region={hit.region} />
                  </div>
                  <p className="thread-link-text">{hit.text}</p>
                  {inStory ? (
                    <span className="thread-link-already">Already in this story</span>
                  ) : (
                    <button
                      type="button"
                      className="button is-small"
                      disabled={busy}
                      aria-label={`Link the request of ${formatDate(hit.date)} to this story`}
                      onClick={() => {
                        setLinkError(null);
                        onLink(hit.id).then(
                          () => {
                            setOpen(false);
                            setText('');
                          },
                          (cause: unknown) =>
                            setLinkError(`That request could not be linked: ${errorMessage(cause)}`),
                        );
                      }}
                    >
                      Link to this story
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        ))}
      {found?.status === 'ready' && found.total > found.hits.length && (
        <p className="thread-link-note">
          Showing the best {found.hits.length} of {found.total.toLocaleString()}. Add a word to narrow it.
        </p>
      )}
    </div>
  );
}
