import { describe, expect, it } from 'vitest';
import {
  answeredLabel,
  answersDescription,
  isStory,
  shownStatus,
  storyLabel,
  threadSpan,
} from '../../renderer/src/lib/story-marks';
import type { Thread, ThreadMember } from '../../shared/story-types';

function member(id: string, date: string | null): ThreadMember {
  return {
    id,
    file: id.split('#')[0]!,
    itemIndex: 0,
    date,
    title: null,
    region: 'Africa',
    kind: 'prayer',
    text: 'Pray for the hearing.',
    countries: [],
    pseudonyms: [],
    link: 'found',
    reasons: [],
  };
}

describe('the words about stories', () => {
  it('points at a story only when it has more than the request itself', () => {
    expect(isStory(undefined)).toBe(false);
    expect(isStory({ threadSize: 1, status: 'waiting' })).toBe(false);
    expect(isStory({ threadSize: 3, status: null })).toBe(true);
    expect(storyLabel(3)).toBe('Part of a story · 3 requests');
  });

  it('says "Answered" always, "Still waiting" only for a prayer followed over weeks', () => {
    expect(shownStatus({ threadSize: 2, status: 'answered' })).toBe('answered');
    expect(shownStatus({ threadSize: 2, status: 'waiting' })).toBe('waiting');
    expect(shownStatus({ threadSize: 1, status: 'waiting' })).toBeNull();
    expect(shownStatus({ threadSize: 4, status: null })).toBeNull();
    expect(shownStatus(undefined)).toBeNull();
  });

  it('counts a bulletin’s answered prayers for its timeline line', () => {
    expect(answeredLabel(undefined)).toBeNull();
    expect(answeredLabel({ answered: 0, waiting: 3 })).toBeNull();
    expect(answeredLabel({ answered: 2, waiting: 1 })).toBe('2 answered');
    expect(answersDescription({ answered: 2, waiting: 1 })).toBe(
      '2 of its 3 prayers were answered later; 1 still waiting.',
    );
    expect(answersDescription({ answered: 1, waiting: 0 })).toBe('Its prayer was answered later.');
  });

  it('spans a thread from its first to its last dated request', () => {
    const thread: Thread = {
      itemId: 'b.txt#0',
      members: [member('a.txt#0', '2022-02-13'), member('b.txt#0', '2024-06-09'), member('c.txt#0', null)],
      status: 'waiting',
      answeredBy: null,
      confirmed: false,
      possible: [],
      alsoSavedAs: [],
    };
    expect(threadSpan(thread)).toMatch(
      /^(February 13, 2022|13 February 2022) to (June 9, 2024|9 June 2024)$/,
    );
    expect(threadSpan({ ...thread, members: [member('c.txt#0', null)] })).toBeNull();
  });
});
