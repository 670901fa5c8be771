// A story's requests on a small vertical timeline, oldest first: when, what kind, where, the words (clipped,
// with "more"), why Prayer Desk thinks it belongs, and what the user can do with each one.
import { useId, useState } from 'react';
import type { Thread, ThreadMember } from '../../../shared/story-types';
import { KindBadge, RegionChip } from '../components/badges';
import { formatDate } from '../lib/dates';
import { CountryChip } from './country-chip';

/** Longer texts start clipped (about four lines of the panel) with a "more" button. */
export const CLIP_AT_CHARS = 220;

export interface ThreadTimelineProps {
  thread: Thread;
  /** True while a change is being saved: the actions wait. */
  busy: boolean;
  onRead(member: ThreadMember): void;
  onUnlink(member: ThreadMember): void;
}

export function ThreadTimeline({ thread, busy, onRead, onUnlink }: ThreadTimelineProps) {
  return (
    <ol className="thread-timeline" aria-label="The requests of this story, oldest first">
      {thread.members.map((member) => (
        <MemberEntry
          key={member.id}
          member={member}
          asked={member.id === thread.itemId}
          answer={member.id === thread.answeredBy}
          answered={member.id === thread.itemId && thread.status === 'answered'}
          busy={busy}
          onRead={onRead}
          onUnlink={onUnlink}
        />
      ))}
    </ol>
  );
}

function MemberEntry({
  member,
  asked,
  answer,
  answered,
  busy,
  onRead,
  onUnlink,
}: {
  member: ThreadMember;
  asked: boolean;
  /** This praise answered the prayer the panel was opened for. */
  answer: boolean;
  /** This is the prayer asked about, and it was answered. */
  answered: boolean;
  busy: boolean;
  onRead(member: ThreadMember): void;
  onUnlink(member: ThreadMember): void;
}) {
  const long = member.text.length > CLIP_AT_CHARS;
  const [expanded, setExpanded] = useState(false);
  const textId = useId();
  // Main may say "Linked by you" itself; each reason once, its dates ('2023-01-15') as people read them.
  const reasons = [
    ...new Set(member.link === 'linked' ? ['Linked by you', ...member.reasons] : member.reasons),
  ].map((reason) => reason.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (date) => formatDate(date)));
  const classes = [
    'thread-member',
    `is-${member.kind}`,
    asked ? 'is-asked' : '',
    answer ? 'is-answer' : '',
    answered ? 'is-answered' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const date = formatDate(member.date);
  return (
    <li className={classes} aria-current={asked ? 'true' : undefined} data-member={member.id}>
      <span className="thread-dot" aria-hidden="true" />
      <div className="thread-card">
        <div className="thread-member-head">
          <span className="thread-date">{date}</span>
          <KindBadge kind={member.kind} />
          <RegionChip region={member.region} />
        </div>
        {(asked || answer) && (
          <p className="thread-flags">
            {asked && <span className="thread-flag is-here">The request you opened</span>}
            {answer && <span className="thread-flag is-answer">Answered the prayer</span>}
          </p>
        )}
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
        {reasons.length > 0 && (
          <ul className="thread-reasons" aria-label="Why it belongs">
            {reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        )}
        {member.alsoSavedAs && member.alsoSavedAs.length > 0 && (
          <p className="thread-also-saved">
            The same bulletin is also saved as {member.alsoSavedAs.join(', ')} (counted once).
          </p>
        )}
        {member.countries.length > 0 && (
          <div className="chip-row thread-countries">
            {member.countries.map((country) => (
              <CountryChip key={country} country={country} />
            ))}
          </div>
        )}
        <div className="thread-member-actions">
          <button
            type="button"
            className="link-button"
            aria-label={`Read in its bulletin: the request of ${date}`}
            onClick={() => onRead(member)}
          >
            Read in its bulletin
          </button>
          {!asked && (
            <button
              type="button"
              className="link-button is-quiet"
              disabled={busy}
              aria-label={`Not part of this story: the request of ${date}`}
              onClick={() => onUnlink(member)}
            >
              Not part of this story
            </button>
          )}
        </div>
      </div>
    </li>
  );
}
