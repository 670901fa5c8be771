// "Answered" or "Still waiting" beside a prayer: the one question a praying church asks of an old request.
// Told apart by more than colour: a tick and a solid edge for answered, a dashed edge for waiting.
import type { AnswerStatus } from '../../../shared/story-types';
import { ANSWER_LABELS } from '../lib/story-marks';

export function AnswerBadge({ status }: { status: AnswerStatus }) {
  return (
    <span className={`answer-badge is-${status}`}>
      {status === 'answered' && (
        <span className="answer-icon" aria-hidden="true">
          ✓
        </span>
      )}
      {ANSWER_LABELS[status]}
    </span>
  );
}
