// The search box at the top of the window: search as you type, Escape clears, ArrowDown goes to the list.
import type { Ref } from 'react';

export interface SearchBoxProps {
  value: string;
  /** `at` is when the key was pressed (the event's timeStamp), for the keystroke-to-results measure. */
  onChange(text: string, at: number): void;
  /** Enter: search now rather than after the typing pause. */
  onSubmit(): void;
  /** ArrowDown: on to the first result. */
  onLeave(): void;
  /** Shown beside the box; Ctrl or ⌘ depending on the system. */
  shortcutLabel: string;
  ref?: Ref<HTMLInputElement>;
}

export function SearchBox({ value, onChange, onSubmit, onLeave, shortcutLabel, ref }: SearchBoxProps) {
  return (
    <form
      role="search"
      className="search-box"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <label htmlFor="search-input" className="visually-hidden">
        Search prayer requests
      </label>
      <span className="search-icon" aria-hidden="true">
        <svg viewBox="0 0 20 20" width="18" height="18" focusable="false">
          <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M13 13l4.5 4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
      </span>
      <input
        ref={ref}
        id="search-input"
        type="search"
        value={value}
        placeholder="Search requests: a country, a name, a word…"
        autoComplete="off"
        spellCheck={false}
        aria-describedby="search-hint"
        onChange={(event) => onChange(event.target.value, event.timeStamp)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && value !== '') {
            event.preventDefault();
            event.stopPropagation();
            onChange('', event.timeStamp);
          } else if (event.key === 'ArrowDown') {
            event.preventDefault();
            onLeave();
          }
        }}
      />
      {value !== '' && (
        <button
          type="button"
          className="search-clear icon-button"
          aria-label="Clear search"
          onClick={(event) => onChange('', event.timeStamp)}
        >
          <span aria-hidden="true">×</span>
        </button>
      )}
      <span id="search-hint" className="search-hint">
        <kbd>{shortcutLabel}</kbd>
        <span className="visually-hidden">
          {' '}
          or slash to search from anywhere; down arrow to go to the results.
        </span>
      </span>
    </form>
  );
}
