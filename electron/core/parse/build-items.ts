// Turns the body's paragraphs into items, section by section: cleans each paragraph, skips what is not a
// request (an introduction, a bare link, a verse found late), and gives each item its region, kind,
// countries and pseudonyms.
import type { Item, Scripture } from '../../../shared/model';
import { chooseRegion } from './choose-region';
import type { SectionContext } from './choose-region';
import { classifyKind } from './classify-kind';
import { isBareUrl, stripLinkLeftovers, tidySpacing } from './clean-leftovers';
import { findCountries } from './find-countries';
import { findPseudonyms } from '../../../shared/pseudonyms';
import { kindOfHeading } from './labelled-lines';
import { isoDate } from './parse-date';
import type { DayMarker } from './parse-date';
import { regionsOfHeading } from './region-of-heading';
import { cleanVerse, splitSameLineReference, startsWithQuote } from './parse-scripture';
import type { BodyBlock } from './split-blocks';

/** What the head tells the body: the bulletin's date (for a diary's days) and an introduction's countries. */
export interface BodyContext {
  /** The bulletin's date, 'YYYY-MM-DD', or null. */
  date: string | null;
  /** The day the head ended with, when it is the first entry of a diary. */
  firstDay: DayMarker | null;
  /** Countries named only in an introduction ("… as we pray for Kenya:"). */
  leadCountries: readonly string[];
}

const NO_CONTEXT: BodyContext = { date: null, firstDay: null, leadCountries: [] };

/** The days of a diary or calendar, read in order: each day's date from its own words and those before. */
class DiaryDays {
  private year: number | null;
  private month: number | null;
  private lastDay = 0;
  current: string | null = null;

  constructor(date: string | null) {
    this.year = date ? Number(date.slice(0, 4)) : null;
    this.month = date ? Number(date.slice(5, 7)) : null;
  }

  newMonth(year: number, month: number): void {
    this.year = year;
    this.month = month;
    this.lastDay = 0;
    this.current = null;
  }

  day(marker: DayMarker): void {
    let { month, year } = marker;
    if (month === null) {
      month = this.month;
      // Days counting up that start again from a small number are the next month's ("… 30, 31, 1, 2").
      if (month !== null && marker.day < this.lastDay && this.lastDay - marker.day > 20) {
        month = month === 12 ? 1 : month + 1;
        if (month === 1 && this.year !== null) this.year++;
      }
    } else if (year === null && this.year !== null && this.month !== null) {
      // A diary running from December into January.
      year = this.year + (this.month === 12 && month === 1 ? 1 : this.month === 1 && month === 12 ? -1 : 0);
    }
    year ??= this.year;
    this.current = year !== null && month !== null ? isoDate(year, month, marker.day) : null;
    if (year !== null) this.year = year;
    if (month !== null) this.month = month;
    this.lastDay = marker.day;
  }
}

export interface BuiltItems {
  items: Item[];
  /** A verse found in the body when the head had none. */
  scripture: Scripture | null;
  /** Whether the last thing in the bulletin is an item (so a missing final full stop means a cut-off). */
  endsWithItem: boolean;
}

interface Section extends SectionContext {
  heading: string | null;
  itemCount: number;
  /** A request's own label ("KENYA —"): it lasts to the next label, day or heading. */
  label: boolean;
}

function sectionFor(heading: string | null, label = false, lead: readonly string[] = []): Section {
  if (heading === null) return { heading, regions: [], countries: lead, itemCount: 0, label };
  return {
    heading,
    regions: regionsOfHeading(heading).regions,
    countries: findCountries(heading),
    itemCount: 0,
    label,
  };
}

/** Items from the body's blocks. `scripture` is the head's verse, if any; warnings are appended. */
export function buildItems(
  blocks: readonly BodyBlock[],
  headScripture: Scripture | null,
  warnings: string[],
  context: BodyContext = NO_CONTEXT,
): BuiltItems {
  const items: Item[] = [];
  let scripture: Scripture | null = null;
  let section = sectionFor(null, false, context.leadCountries);
  // The section a label interrupted: a day or another label goes back to it.
  let outer = section;
  const days = new DiaryDays(context.date);
  // One date line inside a letter is no diary: only two days or more date the requests.
  const dayCount = blocks.reduce((n, b) => n + (b.kind === 'day' ? 1 : 0), context.firstDay ? 1 : 0);
  const diary = dayCount >= 2;
  let seenDay = false;
  if (diary && context.firstDay) {
    days.day(context.firstDay);
    seenDay = true;
  }
  let unfiled = 0;
  let endsWithItem = false;
  const unknownHeadings = new Set<string>();
  const closeSection = () => {
    if (section.heading !== null && section.itemCount === 0) {
      warnings.push(`Skipped "${section.heading}": a heading with no requests under it.`);
    }
  };
  const takeVerse = (text: string, reference: string) => {
    if (headScripture || scripture)
      warnings.push(`Skipped a second verse${reference ? ` (${reference})` : ''}.`);
    else scripture = { text: cleanVerse(text), reference };
  };

  for (const block of blocks) {
    endsWithItem = false;
    if (block.kind === 'heading') {
      closeSection();
      if (!block.label) {
        outer = sectionFor(block.text);
        // "Praise for the Nation" in a letter about Colombia is about Colombia.
        if (outer.regions.length === 0 && outer.countries.length === 0)
          outer.countries = context.leadCountries;
      }
      section = block.label ? sectionFor(block.text, true) : outer;
      continue;
    }
    if (block.kind === 'month') {
      days.newMonth(block.year, block.month);
      continue;
    }
    if (block.kind === 'day') {
      if (diary) days.day(block.marker);
      seenDay = true;
      if (section.label) {
        closeSection();
        section = outer;
      }
      continue;
    }
    if (block.kind === 'reference') {
      // A reference on its own line takes the quoted paragraph just before it as its verse.
      const last = items[items.length - 1];
      if (last && last.heading === section.heading && startsWithQuote(last.text) && section.itemCount > 0) {
        items.pop();
        section.itemCount--;
        takeVerse(last.text, block.reference);
      } else {
        warnings.push(`Skipped the verse reference "${block.reference}": no verse was found with it.`);
      }
      continue;
    }
    const raw = block.lines.join(' ');
    const text = tidySpacing(stripLinkLeftovers(raw));
    if (text === '' || isBareUrl(text)) continue;
    if ((items.length === 0 || section.itemCount === 0) && text.endsWith(':') && text.length <= 200) {
      warnings.push(`Skipped an introduction that is not a request: "${text}"`);
      // "Join us this week as we pray for Kenya:" files what follows under Kenya.
      const lead = findCountries(text);
      if (lead.length > 0 && section.countries.length === 0) section.countries = lead;
      continue;
    }
    const sameLine = startsWithQuote(text) ? splitSameLineReference(text) : null;
    if (sameLine) {
      takeVerse(sameLine.verse, sameLine.reference);
      continue;
    }
    // A diary's words before its first day introduce it ("We invite you to pray each day …").
    if (diary && !seenDay && section.heading === null) {
      warnings.push(
        `Skipped an introduction that is not a request: "${text.length > 80 ? `${text.slice(0, 80)}…` : text}"`,
      );
      continue;
    }
    const named = findCountries(text);
    // A request under a country's heading or label that names no country of its own is about that country.
    const countries = named.length === 0 && section.countries.length > 0 ? [...section.countries] : named;
    const region = chooseRegion(section, countries, text);
    if (region === 'Other') unfiled++;
    if (section.heading !== null && section.regions.length === 0 && !section.label)
      unknownHeadings.add(section.heading);
    const item: Item = {
      region,
      heading: section.heading,
      kind: kindOfHeading(section.heading) ?? classifyKind(text),
      text,
      countries,
      pseudonyms: findPseudonyms(text),
    };
    if (diary && days.current) item.date = days.current;
    items.push(item);
    section.itemCount++;
    endsWithItem = true;
  }
  closeSection();
  for (const heading of unknownHeadings) {
    warnings.push(
      `The heading "${heading}" names no region; its requests are filed by the countries they name.`,
    );
  }
  if (unfiled > 0) {
    warnings.push(
      unfiled === 1
        ? 'One request names no region or country Prayer Desk knows; it is filed under Other.'
        : `${unfiled} requests name no region or country Prayer Desk knows; they are filed under Other.`,
    );
  }
  return { items, scripture, endsWithItem };
}
