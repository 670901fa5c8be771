// The small words the screen uses about stories: "Part of a story · 3 requests", "Answered", "2 answered",
// the span of a thread's dates. Kept apart from the components so they read the same everywhere.
import type { AnswerCounts, AnswerStatus, StoryMark, Thread } from '../../../shared/story-types';
import { formatDate } from './dates';

export const ANSWER_LABELS: Record<AnswerStatus, string> = {
  answered: 'Answered',
  waiting: 'Still waiting',
};

/** A thread worth pointing at: more than the request itself. */
export function isStory(mark: StoryMark | null | undefined): mark is StoryMark {
  return mark !== null && mark !== undefined && mark.threadSize > 1;
}

/** A request on its own that other requests may be related to: the story button offers them. */
export function hasPossible(mark: StoryMark | null | undefined): boolean {
  return mark !== null && mark !== undefined && mark.threadSize <= 1 && (mark.possible ?? 0) > 0;
}

export function storyLabel(size: number): string {
  return `Part of a story · ${size.toLocaleString()} ${size === 1 ? 'request' : 'requests'}`;
}

export function possibleLabel(count: number): string {
  return `Possibly related · ${count.toLocaleString()} ${count === 1 ? 'request' : 'requests'}`;
}

/**
 * Whether to show a request's answer badge. "Answered" always means something; "Still waiting" only on a
 * request followed over weeks — on every lone prayer it would be noise.
 */
export function shownStatus(mark: StoryMark | null | undefined): AnswerStatus | null {
  if (!mark || mark.status === null) return null;
  if (mark.status === 'answered') return 'answered';
  return mark.threadSize > 1 ? 'waiting' : null;
}

/** What a request's thread gives to its marks. */
export function markOfThread(thread: Thread): StoryMark {
  return { threadSize: thread.members.length, status: thread.status };
}

/** For a timeline line: '2 answered', or null when none of its prayers were answered (yet). */
export function answeredLabel(answers: AnswerCounts | undefined): string | null {
  if (!answers || answers.answered === 0) return null;
  return `${answers.answered.toLocaleString()} answered`;
}

/** The longer words behind the timeline mark, for its tooltip. */
export function answersDescription(answers: AnswerCounts): string {
  const prayers = answers.answered + answers.waiting;
  const answered =
    prayers === 1
      ? 'Its prayer was answered later'
      : `${answers.answered.toLocaleString()} of its ${prayers.toLocaleString()} prayers ${answers.answered === 1 ? 'was' : 'were'} answered later`;
  return answers.waiting > 0
    ? `${answered}; ${answers.waiting.toLocaleString()} still waiting.`
    : `${answered}.`;
}

/** 'June 11, 2023 to March 10, 2024' over a thread's dated members; null when none has a date. */
export function threadSpan(thread: Thread): string | null {
  const dates = thread.members.map((member) => member.date).filter((date): date is string => date !== null);
  if (dates.length === 0) return null;
  const first = dates.reduce((a, b) => (a < b ? a : b));
  const last = dates.reduce((a, b) => (a > b ? a : b));
  return first === last ? formatDate(first) : `${formatDate(first)} to ${formatDate(last)}`;
}
