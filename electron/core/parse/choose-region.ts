// The region of one item. A heading naming one region decides. Otherwise (before the first heading, under a
// combined heading such as "Africa + Europe", or under a heading that names no region) the countries decide:
// the region named most often, the first one on a tie, a country letters are written from (the U.S., the
// U.K. …) only when no other is named. Failing that, a region named in words ("across Latin America"), else
// Other. (No country is 'Global': IJM's partner offices get it from their heading.)
import type { Region } from '../../../shared/model';
import { isSendingCountry, regionOfCountry } from '../../../shared/countries';
import { regionNamedInText, regionOfLabel } from './region-of-heading';

/** The region the countries point to (limited to `allowed` when given), or null when they point nowhere. */
export function regionFromCountries(
  countries: readonly string[],
  allowed?: readonly Region[],
): Region | null {
  const counts = new Map<Region, number>();
  const fromHome = new Map<Region, number>();
  for (const country of countries) {
    const region = regionOfCountry(country);
    if (region === null || region === 'Other' || (allowed && !allowed.includes(region))) continue;
    const tally = isSendingCountry(country) ? fromHome : counts;
    tally.set(region, (tally.get(region) ?? 0) + 1);
  }
  return mostNamed(counts) ?? mostNamed(fromHome);
}

/** The region counted most, the first one on a tie; null for none. */
function mostNamed(counts: ReadonlyMap<Region, number>): Region | null {
  let best: Region | null = null;
  for (const [region, count] of counts) if (best === null || count > counts.get(best)!) best = region;
  return best;
}

export interface SectionContext {
  /** The regions the heading names (none for an unknown heading or before the first heading). */
  regions: readonly Region[];
  /** Countries the heading itself names ("Kenya & Uganda"). */
  countries: readonly string[];
}

/** The item's region; 'Other' when nothing points to one. */
export function chooseRegion(section: SectionContext, countries: readonly string[], text: string): Region {
  if (section.regions.length === 1) return section.regions[0]!;
  if (section.regions.length > 1) {
    const named = regionNamedInText(text);
    const namedInHeading = named && section.regions.includes(named) ? named : null;
    return (
      regionFromCountries(countries, section.regions) ??
      namedInHeading ??
      regionFromCountries(countries) ??
      'Other'
    );
  }
  return (
    regionOfLabel(text) ??
    regionFromCountries(section.countries) ??
    regionFromCountries(countries) ??
    regionNamedInText(text) ??
    'Other'
  );
}
