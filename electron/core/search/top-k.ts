// The first k of n candidates in a total order, without sorting all n: a page of 50 out of 40,000
// matches costs n·log 50 comparisons rather than n·log n. The order must be total (the engine's
// always ends on a unique date rank), so the result is exactly the head of a full sort.

/** Indices 0…count-1 of the first `k` candidates by `compare`, in that order. */
export function firstK(count: number, k: number, compare: (a: number, b: number) => number): number[] {
  if (k <= 0 || count === 0) return [];
  if (k * 4 >= count) {
    const all = Array.from({ length: count }, (_value, i) => i);
    all.sort(compare);
    return all.slice(0, k);
  }
  // A max-heap of the best k so far: its root is the worst of them, the one to evict.
  const heap: number[] = [];
  const worse = (a: number, b: number): boolean => compare(a, b) > 0;
  const siftUp = (at: number): void => {
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!worse(heap[at] as number, heap[parent] as number)) return;
      [heap[at], heap[parent]] = [heap[parent] as number, heap[at] as number];
      at = parent;
    }
  };
  const siftDown = (at: number): void => {
    for (;;) {
      const left = at * 2 + 1;
      const right = left + 1;
      let largest = at;
      if (left < heap.length && worse(heap[left] as number, heap[largest] as number)) largest = left;
      if (right < heap.length && worse(heap[right] as number, heap[largest] as number)) largest = right;
      if (largest === at) return;
      [heap[at], heap[largest]] = [heap[largest] as number, heap[at] as number];
      at = largest;
    }
  };
  for (let i = 0; i < count; i += 1) {
    if (heap.length < k) {
      heap.push(i);
      siftUp(heap.length - 1);
    } else if (compare(i, heap[0] as number) < 0) {
      heap[0] = i;
      siftDown(0);
    }
  }
  return heap.sort(compare);
}
