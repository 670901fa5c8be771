// Nothing matched: say so kindly, offer close spellings, and the way out of any filters.
export interface NoResultsProps {
  query: string;
  suggestions: readonly string[];
  filtersOn: boolean;
  onSuggestion(word: string): void;
  onClearFilters(): void;
}

export function NoResults({ query, suggestions, filtersOn, onSuggestion, onClearFilters }: NoResultsProps) {
  const words = query.trim();
  return (
    <div className="no-results">
      <p className="no-results-title">
        {words ? (
          <>
            No requests found for <q>{words}</q>
            {filtersOn ? ' with these filters' : ''}.
          </>
        ) : (
          'No requests match these filters.'
        )}
      </p>
      {suggestions.length > 0 && (
        <div className="suggestions">
          <span>Did you mean</span>
          <ul>
            {suggestions.map((word) => (
              <li key={word}>
                <button type="button" className="suggestion" onClick={() => onSuggestion(word)}>
                  {word}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <p className="no-results-help">
        {words ? 'Try fewer words, or the start of a word (“traff” finds “trafficking”).' : ''}
        {filtersOn && (
          <>
            {' '}
            <button type="button" className="link-button" onClick={onClearFilters}>
              Clear all filters
            </button>
          </>
        )}
      </p>
    </div>
  );
}
