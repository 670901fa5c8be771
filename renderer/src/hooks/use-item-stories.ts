// The story marks of one bulletin's requests, for the reader: a bulletin read from disk knows nothing of
// threads, so its marks are asked for in one request once it is shown (main looks them up in memory; a
// request per item cost a whole thread each and slowed opening and typing at 10,000 bulletins).
// Asked again when `version` changes (the threads became known, or the user linked or unlinked requests).
import { useEffect, useState } from 'react';
import type { Bulletin } from '../../../shared/model';
import type { StoryMark } from '../../../shared/story-types';
import { useApi } from '../api/api-context';

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
    api.getStoryMarks(bulletin.file).then(
      (list) => {
        if (!live) return;
        const next = new Map<number, StoryMark>();
        list.forEach((mark, index) => {
          if (mark !== null) next.set(index, mark);
        });
        setMarks({ for: bulletin, marks: next });
      },
      // Marks that cannot be had leave the requests without them; reading goes on.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api, bulletin, version]);

  // Until this bulletin's marks arrive, none (never another bulletin's).
  return marks.for === bulletin ? marks.marks : NONE;
}
