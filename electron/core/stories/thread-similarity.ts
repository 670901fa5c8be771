// How alike two requests' wording is: cosine similarity of their TF-IDF vectors, and the terms they share.
import type { ItemFeatures } from './thread-features';

/** Cosine similarity of two normalised sparse vectors. */
export function cosine(a: ItemFeatures, b: ItemFeatures): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  const at = a.terms;
  const bt = b.terms;
  while (i < at.length && j < bt.length) {
    const x = at[i]!;
    const y = bt[j]!;
    if (x === y) {
      sum += a.weights[i]! * b.weights[j]!;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return sum;
}

/** Term ids both items use, ascending. */
export function sharedTerms(a: ItemFeatures, b: ItemFeatures): number[] {
  const shared: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.terms.length && j < b.terms.length) {
    const x = a.terms[i]!;
    const y = b.terms[j]!;
    if (x === y) {
      shared.push(x);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}

/**
 * Cosine similarity of one request against many: its weights are spread once over a vector as long as the
 * vocabulary, and each other request is then one pass over its own terms.
 */
export class CosineScratch {
  private readonly dense: Float32Array;
  private current: ItemFeatures | null = null;

  constructor(termCount: number) {
    this.dense = new Float32Array(termCount);
  }

  /** Makes `item` the one the next `against` calls compare with. */
  load(item: ItemFeatures): void {
    if (this.current) for (const term of this.current.terms) this.dense[term] = 0;
    this.current = item;
    item.terms.forEach((term, k) => {
      this.dense[term] = item.weights[k]!;
    });
  }

  against(other: ItemFeatures): number {
    const { terms, weights } = other;
    const dense = this.dense;
    let sum = 0;
    for (let k = 0; k < terms.length; k++) sum += dense[terms[k]!]! * weights[k]!;
    return sum;
  }
}

const NONE: readonly string[] = [];

/** Elements of two sorted string arrays found in both (a shared empty array when none). */
export function intersectSorted(a: readonly string[], b: readonly string[]): readonly string[] {
  const al = a.length;
  const bl = b.length;
  if (al === 0 || bl === 0) return NONE;
  if (al === 1 && bl === 1) return a[0] === b[0] ? a : NONE;
  let shared: string[] | null = null;
  for (let i = 0; i < al; i++) {
    const x = a[i]!;
    for (let j = 0; j < bl; j++) {
      if (b[j] === x) {
        (shared ??= []).push(x);
        break;
      }
    }
  }
  return shared ?? NONE;
}
