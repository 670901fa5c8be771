import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstK } from '../../../../electron/core/search/top-k';
import { NumberCursor, VarintWriter, unpack } from '../../../../electron/core/search/varint';

describe('packed numbers', () => {
  it('unpack to the numbers packed', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 0xffffffff })), (values) => {
        const writer = new VarintWriter();
        for (const value of values) writer.write(value);
        expect([...unpack(writer.toString())]).toEqual(values);
      }),
    );
  });

  it('pack small numbers into one character each', () => {
    const writer = new VarintWriter();
    for (let i = 0; i < 32; i += 1) writer.write(i);
    expect(writer.toString()).toHaveLength(32);
  });

  it('refuse a string with a foreign character or a cut number', () => {
    expect(() => unpack('AB"')).toThrow(Error);
    expect(() => unpack('é')).toThrow(Error);
    expect(() => unpack('g')).toThrow(/middle/); // a continuation digit with nothing after
    expect(() => unpack('________A')).toThrow(/range/);
  });

  it('refuse to read past the end', () => {
    const cursor = new NumberCursor(unpack('BC'));
    expect([cursor.next(), cursor.next()]).toEqual([1, 2]);
    expect(cursor.done).toBe(true);
    expect(() => cursor.next()).toThrow(Error);
  });
});

describe('firstK', () => {
  it('gives the head of a full sort', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 300 }),
        fc.nat({ max: 320 }),
        (keys, k) => {
          // Ties broken by index: a total order, as the engine's always is.
          const compare = (a: number, b: number) => (keys[a] as number) - (keys[b] as number) || a - b;
          const sorted = keys.map((_key, i) => i).sort(compare);
          expect(firstK(keys.length, k, compare)).toEqual(sorted.slice(0, k));
        },
      ),
    );
  });
});
