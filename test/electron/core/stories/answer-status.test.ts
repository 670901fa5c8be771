import { describe, expect, it } from 'vitest';
import { answerStatuses } from '../../../../electron/core/stories/answer-status';
import type { AnswerInput } from '../../../../electron/core/stories/answer-status';

const prayer = (day: number): AnswerInput => ({ kind: 'prayer', day });
const praise = (day: number): AnswerInput => ({ kind: 'praise', day });
const info = (day: number): AnswerInput => ({ kind: 'info', day });
// Every prayer here asks for a verdict and every praise reports one, unless a test says otherwise.
const verdicts = (items: readonly AnswerInput[]) => (i: number) =>
  items[i]!.kind === 'prayer'
    ? 'Pray for the trial of the man accused of selling her.'
    : 'Praise God: the man who sold her was convicted.';

describe('answerStatuses', () => {
  it('answers a prayer with the first praise dated later in its thread', () => {
    const items = [prayer(10), prayer(20), praise(30), praise(25), prayer(40)];
    const { status, answeredBy } = answerStatuses(items, [[0, 1, 2, 3, 4]], verdicts(items));
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
    const { status } = answerStatuses(items, [[0], [1], [2, 3], [4, 5], [6, 7]], verdicts(items));
    expect(status).toEqual(['waiting', null, 'waiting', null, 'waiting', null, 'waiting', null]);
  });

  it('gives praise and information no status, and a thread of one prayer "waiting"', () => {
    const { status } = answerStatuses([info(1), praise(2), prayer(3)], [[0], [1], [2]], () => '');
    expect(status).toEqual([null, null, 'waiting']);
  });

  it('answers a prayer only with a praise reporting the outcome it asked for', () => {
    const texts = [
      'Pray for the murder trial of the four officers accused of killing our colleagues.',
      'Praise God that the false charge against our client was withdrawn by the prosecutor.',
      'Praise God: the High Court has convicted three of the officers.',
    ];
    const items = [prayer(10), praise(20), praise(30)];
    const { status, answeredBy } = answerStatuses(items, [[0, 1, 2]], (i) => texts[i]!);
    expect(status[0]).toBe('answered');
    expect(answeredBy[0]).toBe(2);
    const comfort = answerStatuses(items, [[0, 1, 2]], (i) =>
      i === 0 ? 'Pray for comfort for the families as they grieve.' : texts[i]!,
    );
    expect(comfort.status[0]).toBe('waiting');
  });

  it('reads a request recalling an earlier prayer and reporting its outcome as a praise report', () => {
    const texts = [
      'Please pray for a 15-year-old girl; police will try again to rescue her when she is found.',
      'Last month we asked you to pray for a 15-year-old girl. Officers found her again on Tuesday.',
    ];
    const items: AnswerInput[] = [prayer(10), { kind: 'prayer', day: 40, praiseReport: true }];
    const { status, answeredBy } = answerStatuses(items, [[0, 1]], (i) => texts[i]!);
    expect(status).toEqual(['answered', null]);
    expect(answeredBy[0]).toBe(1);
  });
});
