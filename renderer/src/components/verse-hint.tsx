// When what was typed is a Bible reference ("Micah 6:8", "ps 89"), one quiet line offers the scripture
// index: the weeks that used the verse, rather than the requests that happen to contain the words.
import { useMemo } from 'react';
import { formatScriptureReference, parseScriptureReference } from '../../../shared/scripture-reference';

export function VerseHint({ query, onOpen }: { query: string; onOpen(reference: string): void }) {
  const reference = useMemo(() => {
    const text = query.trim();
    if (text === '') return null;
    const parsed = parseScriptureReference(text);
    return parsed === null ? null : formatScriptureReference(parsed);
  }, [query]);
  if (reference === null) return null;
  return (
    <p className="verse-hint">
      <span className="verse-hint-icon" aria-hidden="true">
        ❧
      </span>
      <span>
        {reference} is a verse —{' '}
        <button type="button" className="link-button" onClick={() => onOpen(reference)}>
          see the weeks that used it
        </button>
      </span>
    </p>
  );
}
