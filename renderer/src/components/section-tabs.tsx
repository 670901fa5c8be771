// What the list side of the window shows: the bulletins (timeline and search results), the verses the
// bulletins used, or the countries they name. Plain buttons in a navigation row — Tab reaches the row, the
// arrow keys move along it, Enter or Space opens — with the current place marked for screen readers.
import { useRef } from 'react';
import type { KeyboardEvent } from 'react';
import type { Section } from '../stories/story-nav';

export type SectionType = 'bulletins' | 'verses' | 'countries';

const TABS: { type: SectionType; label: string }[] = [
  { type: 'bulletins', label: 'Bulletins' },
  { type: 'verses', label: 'Verses' },
  { type: 'countries', label: 'Countries' },
];

/** One country is part of the countries. */
export function sectionTab(section: Section): SectionType {
  return section.type === 'country' ? 'countries' : section.type;
}

export interface SectionTabsProps {
  section: Section;
  onSelect(type: SectionType): void;
}

export function SectionTabs({ section, onSelect }: SectionTabsProps) {
  const current = sectionTab(section);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const at = refs.current.findIndex((button) => button === event.target);
    if (at < 0) return;
    const last = TABS.length - 1;
    const to: Partial<Record<string, number>> = {
      ArrowRight: at === last ? 0 : at + 1,
      ArrowLeft: at === 0 ? last : at - 1,
      Home: 0,
      End: last,
    };
    const next = to[event.key];
    if (next === undefined) return;
    event.preventDefault();
    refs.current[next]?.focus();
  };

  return (
    <nav className="section-tabs" aria-label="Show" onKeyDown={onKeyDown}>
      {TABS.map((tab, index) => (
        <button
          key={tab.type}
          type="button"
          ref={(button) => {
            refs.current[index] = button;
          }}
          className={`section-tab${tab.type === current ? ' is-current' : ''}`}
          aria-current={tab.type === current ? 'page' : undefined}
          onClick={() => onSelect(tab.type)}
        >
          {tab.label}
        </button>
      ))}
    </nav>
  );
}
