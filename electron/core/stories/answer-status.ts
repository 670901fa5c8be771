// Whether a prayer was answered: a praise later in its thread answers it. Praise and info requests have
// no answer status. An undated prayer cannot be placed before a praise, so it stays waiting.
import type { Kind } from '../../../shared/model';
import type { AnswerStatus } from '../../../shared/story-types';

export interface AnswerInput {
  kind: Kind;
  /** Days since 1970; NaN when undated. */
  day: number;
}

export interface Answers {
  status: (AnswerStatus | null)[];
  /** Position of the first later praise in the thread; -1 when none. */
  answeredBy: Int32Array;
}

/** Statuses of every request, given the members of each thread (positions). */
export function answerStatuses(
  items: readonly AnswerInput[],
  threads: readonly (readonly number[])[],
): Answers {
  const status: (AnswerStatus | null)[] = items.map((item) => (item.kind === 'prayer' ? 'waiting' : null));
  const answeredBy = new Int32Array(items.length).fill(-1);
  for (const members of threads) {
    const praises = members
      .filter((i) => items[i]!.kind === 'praise' && !Number.isNaN(items[i]!.day))
      .sort((x, y) => items[x]!.day - items[y]!.day || x - y);
    if (praises.length === 0) continue;
    for (const i of members) {
      const { kind, day } = items[i]!;
      if (kind !== 'prayer' || Number.isNaN(day)) continue;
      const answer = praises.find((p) => items[p]!.day > day);
      if (answer !== undefined) {
        status[i] = 'answered';
        answeredBy[i] = answer;
      }
    }
  }
  return { status, answeredBy };
}
