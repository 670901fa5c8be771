// The filter field above a story list (countries, verses): type to narrow, Escape clears what was typed
// (and only then; an empty field lets Escape go on to the view around it).

export interface StoryFilterProps {
  /** The input's id, for its label. */
  id: string;
  /** Read out for the field; not shown. */
  label: string;
  placeholder: string;
  value: string;
  onChange(value: string): void;
}

export function StoryFilter({ id, label, placeholder, value, onChange }: StoryFilterProps) {
  return (
    <div className="story-filter">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <span className="story-filter-icon" aria-hidden="true">
        <svg viewBox="0 0 20 20" width="16" height="16">
          <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
          <path d="M13 13l4.5 4.5" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
      </span>
      <input
        id={id}
        type="search"
        className="story-filter-input"
        value={value}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && value !== '') {
            event.stopPropagation();
            onChange('');
          }
        }}
      />
    </div>
  );
}
