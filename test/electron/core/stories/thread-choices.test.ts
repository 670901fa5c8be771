import { describe, expect, it } from 'vitest';
import {
  addConfirmation,
  addLink,
  addUnlink,
  EMPTY_CHOICES,
  normaliseChoices,
  threadChoicesSchema,
} from '../../../../electron/core/stories/thread-choices';

describe('thread choices', () => {
  it('keeps pairs sorted and once, and drops empty or repeated confirmations', () => {
    expect(
      normaliseChoices({
        links: [
          ['b#1', 'a#0'],
          ['a#0', 'b#1'],
          ['c#0', 'c#0'],
        ],
        unlinks: [['z#0', 'y#0']],
        confirmed: [['b#1', 'a#0'], [], ['a#0', 'b#1', 'a#0']],
      }),
    ).toEqual({ links: [['a#0', 'b#1']], unlinks: [['y#0', 'z#0']], confirmed: [['a#0', 'b#1']] });
  });

  it('links two requests and lifts any separation between their threads', () => {
    const before = {
      ...EMPTY_CHOICES,
      unlinks: [['a#0', 'c#0'] as [string, string], ['x#0', 'y#0'] as [string, string]],
    };
    const after = addLink(before, 'a#0', 'b#0', ['a#0'], ['b#0', 'c#0']);
    expect(after.links).toEqual([['a#0', 'b#0']]);
    expect(after.unlinks).toEqual([['x#0', 'y#0']]);
    expect(addLink(EMPTY_CHOICES, 'a#0', 'a#0', [], [])).toBe(EMPTY_CHOICES);
  });

  it('takes a request out of a thread: separated from every other member, its links to them dropped', () => {
    const before = normaliseChoices({
      links: [
        ['a#0', 'b#0'],
        ['a#0', 'q#0'],
      ],
      unlinks: [],
      confirmed: [
        ['a#0', 'b#0', 'c#0'],
        ['a#0', 'q#0'],
      ],
    });
    const after = addUnlink(before, 'a#0', ['a#0', 'b#0', 'c#0']);
    expect(after.unlinks).toEqual([
      ['a#0', 'b#0'],
      ['a#0', 'c#0'],
    ]);
    // Its link outside this thread stays, and so does the other confirmed thread it is in.
    expect(after.links).toEqual([['a#0', 'q#0']]);
    expect(after.confirmed).toEqual([
      ['a#0', 'q#0'],
      ['b#0', 'c#0'],
    ]);
    expect(addUnlink(before, 'a#0', ['a#0'])).toBe(before);
  });

  it('confirms a thread as it is, taking in earlier confirmations of part of it', () => {
    const once = addConfirmation(EMPTY_CHOICES, ['b#0', 'a#0']);
    expect(once.confirmed).toEqual([['a#0', 'b#0']]);
    const twice = addConfirmation(once, ['a#0', 'b#0', 'c#0']);
    expect(twice.confirmed).toEqual([['a#0', 'b#0', 'c#0']]);
  });

  it('validates what is read back', () => {
    expect(threadChoicesSchema.safeParse(EMPTY_CHOICES).success).toBe(true);
    expect(threadChoicesSchema.safeParse({ links: [['a#0']], unlinks: [], confirmed: [] }).success).toBe(
      false,
    );
    expect(threadChoicesSchema.safeParse({ links: [], unlinks: [] }).success).toBe(false);
  });
});
