// The region of one item. A heading naming one region decides. Otherwise (before the first heading, under a
// combined heading such as "Africa + Europe", or under a heading that names no region) the countries decide:
// the field region named most often, the first one on a tie; a partner-office country alone (the U.S.,
// the U.K. …) means Global. Failing that, a region named in words ("across Latin America"), else Other.
import type { Region } from '../../../shared/model';
import { regionOfCountry } from '../../../shared/countries';
import { regionNamedInText } from './region-of-heading';

/** The region the countries point to (limited to `allowed` when given), or null when they point nowhere. */
export function regionFromCountries(
  countries: readonly string[],
  allowed?: readonly Region[],
): Region | null {
  const counts = new Map<Region, number>();
  let partner = false;
  for (const country of countries) {
    const region = regionOfCountry(country);
    if (region === null || region === 'Other') continue;
    if (region === 'Global') partner = true;
    else if (!allowed || allowed.includes(region)) counts.set(region, (counts.get(region) ?? 0) + 1);
  }
  let best: Region | null = null;
  for (const [region, count] of counts) if (best === null || count > counts.get(best)!) best = region;
  if (best) return best;
  return partner && (!allowed || allowed.includes('Global')) ? 'Global' : null;
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
    regionFromCountries(section.countries) ??
    regionFromCountries(countries) ??
    regionNamedInText(text) ??
    'Other'
  );
}
