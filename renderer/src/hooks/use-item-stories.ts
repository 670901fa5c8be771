// The story marks of one bulletin's requests, for the reader: a bulletin read from disk knows nothing of
// threads, so each request's thread is asked for (main keeps them in memory) once the bulletin is shown.
// Asked again when `version` changes (the library changed, or the user linked or unlinked requests).
import { useEffect, useState } from 'react';
import type { Bulletin } from '../../../shared/model';
import type { StoryMark } from '../../../shared/story-types';
import { useApi } from '../api/api-context';
import { markOfThread } from '../lib/story-marks';

const NONE: ReadonlyMap<number, StoryMark> = new Map();

export function useItemStories(bulletin: Bulletin | null, version: number): ReadonlyMap<number, StoryMark> {
  const api = useApi();
  const [marks, setMarks] = useState<{ for: Bulletin | null; marks: ReadonlyMap<number, StoryMark> }>({
    for: null,
    marks: NONE,
  });

  useEffect(() => {
    if (bulletin === null || bulletin.items.length === 0) return;
    let live = true;
    Promise.all(
      bulletin.items.map((_item, index) =>
        api.getThread(`${bulletin.file}#${index}`).then(
          (thread) => [index, thread === null ? null : markOfThread(thread)] as const,
          // A story that cannot be worked out leaves that request without marks; reading goes on.
          () => [index, null] as const,
        ),
      ),
    ).then((entries) => {
      if (!live) return;
      const next = new Map<number, StoryMark>();
      for (const [index, mark] of entries) if (mark !== null) next.set(index, mark);
      setMarks({ for: bulletin, marks: next });
    });
    return () => {
      live = false;
    };
  }, [api, bulletin, version]);

  // Until this bulletin's marks arrive, none (never another bulletin's).
  return marks.for === bulletin ? marks.marks : NONE;
}
