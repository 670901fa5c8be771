// Turns the body's paragraphs into items, section by section: cleans each paragraph, skips what is not a
// request (an introduction, a bare link, a verse found late), and gives each item its region, kind,
// countries and pseudonyms.
import type { Item, Scripture } from '../../../shared/model';
import { chooseRegion } from './choose-region';
import type { SectionContext } from './choose-region';
import { classifyKind } from './classify-kind';
import { isBareUrl, stripLinkLeftovers, tidySpacing } from './clean-leftovers';
import { findCountries } from './find-countries';
import { findPseudonyms } from './find-pseudonyms';
import { regionsOfHeading } from './region-of-heading';
import { cleanVerse, splitSameLineReference, startsWithQuote } from './parse-scripture';
import type { BodyBlock } from './split-blocks';

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
}

function sectionFor(heading: string | null): Section {
  if (heading === null) return { heading, regions: [], countries: [], itemCount: 0 };
  return {
    heading,
    regions: regionsOfHeading(heading).regions,
    countries: findCountries(heading),
    itemCount: 0,
  };
}

/** Items from the body's blocks. `scripture` is the head's verse, if any; warnings are appended. */
export function buildItems(
  blocks: readonly BodyBlock[],
  headScripture: Scripture | null,
  warnings: string[],
): BuiltItems {
  const items: Item[] = [];
  let scripture: Scripture | null = null;
  let section = sectionFor(null);
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
      section = sectionFor(block.text);
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
    if (items.length === 0 && text.endsWith(':') && text.length <= 200) {
      warnings.push(`Skipped an introduction that is not a request: "${text}"`);
      continue;
    }
    const sameLine = startsWithQuote(text) ? splitSameLineReference(text) : null;
    if (sameLine) {
      takeVerse(sameLine.verse, sameLine.reference);
      continue;
    }
    const countries = findCountries(text);
    const region = chooseRegion(section, countries, text);
    if (region === 'Other') unfiled++;
    if (section.heading !== null && section.regions.length === 0) unknownHeadings.add(section.heading);
    items.push({
      region,
      heading: section.heading,
      kind: classifyKind(text),
      text,
      countries,
      pseudonyms: findPseudonyms(text),
    });
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
