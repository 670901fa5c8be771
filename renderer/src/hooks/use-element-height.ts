// The height of an element as laid out, kept up to date by a ResizeObserver (0 where there is none, as in
// tests). Used to let a virtual list start below a header that scrolls with it.
import { useEffect, useState } from 'react';
import type { RefObject } from 'react';

export function useElementHeight(ref: RefObject<HTMLElement | null>): number {
  const [height, setHeight] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setHeight(element.offsetHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return height;
}
