import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstK } from '../../../../electron/core/search/top-k';
import { NumberCursor, PackedReader, VarintWriter, unpack } from '../../../../electron/core/search/varint';

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

describe('PackedReader', () => {
  it('reads numbers one by one, in runs into typed arrays, and posting pairs, as packed', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 0xffff }), { maxLength: 40 }), (values) => {
        const writer = new VarintWriter();
        writer.write(values.length);
        for (const value of values) writer.write(value);
        // Postings: gaps from -1, then scores.
        writer.write(3);
        writer.write(2);
        writer.write(1000);
        writer.write(0);
        writer.write(65535);
        const reader = new PackedReader(writer.toString());
        const run = new Uint32Array(values.length);
        reader.readInto(run, 0, reader.next(), 0x10000);
        expect([...run]).toEqual(values);
        const docs = new Uint32Array(2);
        const scores = new Uint16Array(2);
        reader.readPostings(docs, scores, 0, 2, reader.next() + 1);
        expect([...docs, ...scores]).toEqual([2, 3, 1000, 65535]);
        expect(reader.done).toBe(true);
      }),
    );
  });

  it('refuses a foreign character, a cut number, a number out of range and reading past the end', () => {
    expect(() => new PackedReader('AB"').readInto(new Uint32Array(3), 0, 3, 100)).toThrow(/unexpected/);
    expect(() => new PackedReader('g').next()).toThrow(/middle/);
    expect(() => new PackedReader('________A').next()).toThrow(/range/);
    expect(() => new PackedReader('Z').readInto(new Uint16Array(1), 0, 1, 10)).toThrow(/range/);
    const reader = new PackedReader('BC');
    expect([reader.next(), reader.next()]).toEqual([1, 2]);
    expect(() => reader.next()).toThrow(Error);
    // A document number beyond the index, and a score beyond 16 bits.
    expect(() =>
      new PackedReader('FA').readPostings(new Uint32Array(1), new Uint16Array(1), 0, 1, 3),
    ).toThrow(/range/);
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
