import { describe, expect, it } from 'vitest';
import { answerStatuses } from '../../../../electron/core/stories/answer-status';
import type { AnswerInput } from '../../../../electron/core/stories/answer-status';

const prayer = (day: number): AnswerInput => ({ kind: 'prayer', day });
const praise = (day: number): AnswerInput => ({ kind: 'praise', day });
const info = (day: number): AnswerInput => ({ kind: 'info', day });

describe('answerStatuses', () => {
  it('answers a prayer with the first praise dated later in its thread', () => {
    const items = [prayer(10), prayer(20), praise(30), praise(25), prayer(40)];
    const { status, answeredBy } = answerStatuses(items, [[0, 1, 2, 3, 4]]);
    expect(status).toEqual(['answered', 'answered', null, null, 'waiting']);
    expect(Array.from(answeredBy)).toEqual([3, 3, -1, -1, -1]);
  });

  it('leaves a prayer waiting when the praise is in another thread, the same week or undated', () => {
    const items = [
      prayer(10),
      praise(30),
      prayer(50),
      praise(50),
      prayer(60),
      praise(NaN),
      prayer(NaN),
      praise(90),
    ];
    const { status } = answerStatuses(items, [[0], [1], [2, 3], [4, 5], [6, 7]]);
    expect(status).toEqual(['waiting', null, 'waiting', null, 'waiting', null, 'waiting', null]);
  });

  it('gives praise and information no status, and a thread of one prayer "waiting"', () => {
    const { status } = answerStatuses([info(1), praise(2), prayer(3)], [[0], [1], [2]]);
    expect(status).toEqual([null, null, 'waiting']);
  });
});
