// Requests that may belong to the story but that Prayer Desk does not assert: the wording is alike, or the
// country and subject are the same, with nothing that identifies the story for sure. Strongest first, each
// with why it is offered; the user confirms it (it joins the story) or says it is not related (it is not
// offered again). Kept apart from the story's own requests so nobody prays an unrelated request as news of
// the case.
import { useId, useState } from 'react';
import type { Thread, ThreadMember } from '../../../shared/story-types';
import { KindBadge, RegionChip } from '../components/badges';
import { formatDate } from '../lib/dates';
import { CLIP_AT_CHARS } from './thread-timeline';

export interface ThreadPossibleProps {
  thread: Thread;
  busy: boolean;
  onRead(member: ThreadMember): void;
  onConfirm(member: ThreadMember): void;
  onDismiss(member: ThreadMember): void;
}

export function ThreadPossible({ thread, busy, onRead, onConfirm, onDismiss }: ThreadPossibleProps) {
  const headingId = useId();
  if (thread.possible.length === 0) return null;
  return (
    <section className="thread-possible" aria-labelledby={headingId}>
      <h3 id={headingId}>Possibly related</h3>
      <p className="thread-possible-help">Not counted in this story until you confirm them. Closest first.</p>
      <ol className="thread-possible-list" aria-label="Possibly related requests, closest first">
        {thread.possible.map((member) => (
          <PossibleEntry
            key={member.id}
            member={member}
            busy={busy}
            onRead={onRead}
            onConfirm={onConfirm}
            onDismiss={onDismiss}
          />
        ))}
      </ol>
    </section>
  );
}

function PossibleEntry({
  member,
  busy,
  onRead,
  onConfirm,
  onDismiss,
}: {
  member: ThreadMember;
  busy: boolean;
  onRead(member: ThreadMember): void;
  onConfirm(member: ThreadMember): void;
  onDismiss(member: ThreadMember): void;
}) {
  const long = member.text.length > CLIP_AT_CHARS;
  const [expanded, setExpanded] = useState(false);
  const textId = useId();
  const date = formatDate(member.date);
  const reasons = member.reasons.map((reason) =>
    reason.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (day) => formatDate(day)),
  );
  return (
    <li className={`thread-possible-entry is-${member.kind}`} data-possible={member.id}>
      <div className="thread-member-head">
        <span className="thread-date">{date}</span>
        <KindBadge kind={member.kind} />
        <RegionChip region={member.region} />
      </div>
      <ul className="thread-reasons" aria-label="Why it may be related">
        {reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <p className={`thread-text${long && !expanded ? ' is-clipped' : ''}`} id={textId}>
        {member.text}
      </p>
      {long && (
        <button
          type="button"
          className="link-button thread-more"
          aria-expanded={expanded}
          aria-controls={textId}
          onClick={() => setExpanded((value) => !value)}
        >
          {expanded ? 'less' : 'more'}
        </button>
      )}
      <div className="thread-member-actions">
        <button
          type="button"
          className="button is-small"
          disabled={busy}
          aria-label={`Confirm: the request of ${date} is part of this story`}
          onClick={() => onConfirm(member)}
        >
          Confirm
        </button>
        <button
          type="button"
          className="button is-small"
          disabled={busy}
          aria-label={`The request of ${date} is not related to this story`}
          onClick={() => onDismiss(member)}
        >
          Not related
        </button>
        <button
          type="button"
          className="link-button"
          aria-label={`Read the request of ${date} in its bulletin`}
          onClick={() => onRead(member)}
        >
          Read in its bulletin
        </button>
      </div>
    </li>
  );
}
