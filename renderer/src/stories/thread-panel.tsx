// A request's story beside the reader: every request about it on a small timeline, whether the prayer was
// answered, and the user's say — "This is right", "Not part of this story", "Link another request…".
// Those choices go to the main process, which keeps them in the app's data (never in the bulletin files).
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { Thread, ThreadMember } from '../../../shared/story-types';
import { useApi } from '../api/api-context';
import { errorMessage } from '../api/error-message';
import { formatDate } from '../lib/dates';
import { threadSpan } from '../lib/story-marks';
import { AnswerBadge } from './thread-status-badge';
import { ThreadLinkPicker } from './thread-link-picker';
import { ThreadPossible } from './thread-possible';
import { ThreadTimeline } from './thread-timeline';

export interface ThreadPanelProps {
  /** The request the story was asked for (`${file}#${itemIndex}`). */
  itemId: string;
  onClose(): void;
  /** Reads a request in its bulletin (the panel closes to show the reader). */
  onRead(file: string, itemIndex: number): void;
  /**
   * The user changed the story. Marks elsewhere on screen need nothing from here: main announces the
   * change with a 'stories' library event.
   */
  onChanged?(thread: Thread): void;
  /** The library's generation: when the folder changes, the story is asked for again. */
  generation?: number;
}

type Loaded =
  | { status: 'loading' }
  | { status: 'ready'; thread: Thread }
  | { status: 'missing' }
  | { status: 'error'; message: string };

function count(size: number): string {
  return `${size.toLocaleString()} ${size === 1 ? 'request' : 'requests'}`;
}

export function ThreadPanel({ itemId, onClose, onRead, onChanged, generation = 0 }: ThreadPanelProps) {
  const api = useApi();
  const id = useId();
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  useEffect(() => {
    // The story shown stays until the new answer replaces it (no flash of "Finding the story…").
    let live = true;
    api.getThread(itemId).then(
      (thread) => {
        if (live) setLoaded(thread === null ? { status: 'missing' } : { status: 'ready', thread });
      },
      (cause: unknown) => {
        if (live) setLoaded({ status: 'error', message: errorMessage(cause) });
      },
    );
    return () => {
      live = false;
    };
  }, [api, itemId, generation]);

  const announce = (message: string) => {
    // The same words twice in a row must still be read out: clear, then say.
    setAnnouncement('');
    requestAnimationFrame(() => setAnnouncement(message));
  };

  /** One change at a time; the new thread replaces the old, and the rest of the screen is told. */
  const change = useCallback(
    async (run: () => Promise<Thread>, done: (thread: Thread) => string, failed: string) => {
      setBusy(true);
      setActionError(null);
      try {
        const thread = await run();
        setLoaded({ status: 'ready', thread });
        onChanged?.(thread);
        announce(done(thread));
      } catch (cause) {
        setActionError(`${failed} ${errorMessage(cause)}`);
        throw cause;
      } finally {
        setBusy(false);
      }
    },
    [onChanged],
  );

  const thread = loaded.status === 'ready' ? loaded.thread : null;

  const unlink = (member: ThreadMember) => {
    if (thread === null) return;
    change(
      () => api.unlinkRequest(member.id, thread.itemId),
      (next) =>
        `The request of ${formatDate(member.date)} was taken out of this story. ${count(next.members.length)} left.`,
      'That request could not be taken out of the story:',
    ).then(
      // Its line is gone: focus goes somewhere that stays, the panel's title.
      () => headingRef.current?.focus(),
      () => undefined,
    );
  };

  const confirm = () => {
    if (thread === null) return;
    change(
      () => api.confirmThread(thread.itemId),
      () => 'Confirmed: this story is kept as it is.',
      'The story could not be confirmed:',
    ).catch(() => undefined);
  };

  const confirmPossible = (member: ThreadMember) => {
    if (thread === null) return;
    change(
      () => api.linkRequests(thread.itemId, member.id),
      (next) =>
        `Confirmed. The request of ${formatDate(member.date)} is now part of this story of ${count(next.members.length)}.`,
      'That request could not be added to the story:',
    ).then(
      () => headingRef.current?.focus(),
      () => undefined,
    );
  };

  const dismissPossible = (member: ThreadMember) => {
    if (thread === null) return;
    change(
      () => api.unlinkRequest(member.id, thread.itemId),
      () => `The request of ${formatDate(member.date)} will not be offered for this story again.`,
      'That request could not be set aside:',
    ).then(
      () => headingRef.current?.focus(),
      () => undefined,
    );
  };

  const link = (otherId: string) => {
    if (thread === null) return Promise.reject(new Error('The story is not open.'));
    return change(
      () => api.linkRequests(thread.itemId, otherId),
      (next) => `Linked. This story now has ${count(next.members.length)}.`,
      'That request could not be linked:',
    );
  };

  const span = thread ? threadSpan(thread) : null;
  const answer = thread?.answeredBy ? thread.members.find((m) => m.id === thread.answeredBy) : undefined;

  return (
    <aside
      className="thread-panel"
      aria-labelledby={`${id}-heading`}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !event.defaultPrevented) {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="thread-panel-head">
        <h2 id={`${id}-heading`} tabIndex={-1} ref={headingRef}>
          The story
        </h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close the story">
          <span aria-hidden="true">×</span>
        </button>
      </div>

      <div className="thread-panel-scroll">
        {loaded.status === 'loading' && <p className="thread-message">Finding the story…</p>}
        {loaded.status === 'missing' && (
          <p className="thread-message">
            This request is no longer in the folder. Its bulletin may have been moved or deleted.
          </p>
        )}
        {loaded.status === 'error' && (
          <p className="inline-error" role="alert">
            The story could not be found: {loaded.message}
          </p>
        )}
        {thread !== null && (
          <>
            <div className="thread-summary">
              <p className="thread-count">
                {count(thread.members.length)}
                {span && <span className="thread-span"> · {span}</span>}
              </p>
              {thread.status !== null && (
                <p className="thread-status">
                  <AnswerBadge status={thread.status} />
                  <span>
                    {thread.status === 'answered'
                      ? answer
                        ? `A praise report of ${formatDate(answer.date)} answered this prayer.`
                        : 'A later praise report answered this prayer.'
                      : 'No praise report about it yet. Keep praying.'}
                  </span>
                </p>
              )}
              {thread.members.length > 1 &&
                (thread.confirmed ? (
                  <p className="thread-confirmed">
                    <span aria-hidden="true">✓ </span>Confirmed by you
                  </p>
                ) : (
                  <div className="thread-confirm">
                    <button type="button" className="button is-small" disabled={busy} onClick={confirm}>
                      This is right
                    </button>
                    <span className="thread-confirm-help">Keep this story as it is.</span>
                  </div>
                ))}
            </div>

            {actionError && (
              <p className="inline-error" role="alert">
                {actionError}
              </p>
            )}

            {thread.members.length <= 1 && (
              <p className="thread-message">
                {thread.possible.length > 0
                  ? 'No request was found that is surely about this story. Some may be: see "Possibly related" below.'
                  : 'No earlier or later requests about this story were found. If you know one, link it below.'}
              </p>
            )}
            <ThreadTimeline
              thread={thread}
              busy={busy}
              onRead={(member) => onRead(member.file, member.itemIndex)}
              onUnlink={unlink}
            />
            <ThreadPossible
              thread={thread}
              busy={busy}
              onRead={(member) => onRead(member.file, member.itemIndex)}
              onConfirm={confirmPossible}
              onDismiss={dismissPossible}
            />
            <div className="thread-panel-foot">
              <ThreadLinkPicker thread={thread} busy={busy} onLink={link} />
            </div>
          </>
        )}
      </div>
      <div className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
    </aside>
  );
}
