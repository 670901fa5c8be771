// Requests that carry their place or topic as a label rather than under a heading: "KENYA — Pray for …",
// "Kenya - Pray for …", "PAPUA | Dan and Lou write …" (the pipe is a dash by now), "Yangere translation work:
// Central African Republic" on a line of its own, and numbered sections whose heading gives the kind
// ("1. Praise for the Nation:" with bullets under it). The label becomes the item's heading, so the
// heading's region or country files the request the same way a section heading would.
import type { Kind } from '../../../shared/model';
import { findCountries } from './find-countries';
import { regionsOfHeading } from './region-of-heading';

export interface Labelled {
  label: string;
  rest: string;
}

// A label in capitals: one to four words ("EAST ASIA", "DR CONGO", "CÔTE D'IVOIRE", "U.S.").
const CAPS_LABEL = /^(\p{Lu}[\p{Lu}\p{M}'’.&/-]*(?: [\p{Lu}\p{M}'’.&/-]+){0,3})/u;
// The separators between a label and its text.
const SEPARATOR = /^\s*(?:[—–~:|]|-(?= ))\s*/;
// A label in ordinary case followed by a dash: "Kenya - …", "South Sudan – …", "Central Asia — …".
const TITLE_LABEL =
  /^(\p{Lu}[\p{L}\p{M}'’.&]*(?: (?:of |and |the |& )?\p{Lu}[\p{L}\p{M}'’.&]*){0,3}) ?[—–~-] ?(?=\S)/u;

const DASH_SOON = /^[^ ]{2,}(?: [^ ]+){0,5}? ?[—–~-] /;

/** Whether a label names a place: a country or a region Prayer Desk knows ("EAST ASIA", "Global"). */
export function namesPlace(label: string): boolean {
  return findCountries(label).length > 0 || regionsOfHeading(label).known;
}

/**
 * The label a request opens with, and the request after it; null when the line opens with none. A label in
 * capitals counts with a separator after it, or without one when it names a place ("AUSTRALIA Pray for …");
 * a label in ordinary case counts before a dash when it names a place.
 */
export function splitLabel(line: string): Labelled | null {
  if (line.length < 6) return null;
  // A label in capitals has a capital second letter; one in ordinary case a dash soon after it.
  const second = line.charCodeAt(1);
  const capsStart = (second >= 65 && second <= 90) || second > 127;
  if (!capsStart && !DASH_SOON.test(line)) return null;
  const caps = CAPS_LABEL.exec(line);
  if (caps) {
    let label = caps[1]!;
    // "KENYA P" is "KENYA" and a request that begins with a one-letter capital word ("A", "I").
    label = label.replace(/ \p{Lu}$/u, '');
    const after = line.slice(label.length);
    const letters = label.replace(/[^\p{L}]/gu, '').length;
    const sep = SEPARATOR.exec(after);
    if (letters >= 2 && sep) {
      const rest = after.slice(sep[0].length).trim();
      if (rest.length >= 3 && /^[\p{Lu}\d"“‘']/u.test(rest)) return { label: label.trim(), rest };
    }
    if (letters >= 4 && /^ \p{Lu}\p{Ll}/u.test(after) && namesPlace(label)) {
      return { label: label.trim(), rest: after.trim() };
    }
  }
  const title = TITLE_LABEL.exec(line);
  if (title && namesPlace(title[1]!)) {
    const rest = line.slice(title[0].length).trim();
    if (rest.length >= 3 && /^[\p{Lu}"“‘']/u.test(rest)) return { label: title[1]!, rest };
  }
  return null;
}

// "Yangere/Kra beginning translation work: Central African Republic", "Update: South Sudan".
const TOPIC_PLACE = /^([^.!?:]{2,70}): ([\p{Lu}][^.!?:]{1,40})$/u;

/** A "Topic: Place" heading line, when the part after the colon names a country or region. */
export function isTopicPlaceHeading(line: string): boolean {
  if (line.length > 110 || !line.includes(': ')) return false;
  const m = TOPIC_PLACE.exec(line);
  return m !== null && namesPlace(m[2]!);
}

const PRAISE_HEADING = /\b(?:praise|praises|thanksgiving|thanks|answered prayers?|celebrat\w*|good news)\b/i;
const PRAYER_HEADING = /\b(?:pray|prayers?|requests?|intercession|needs)\b/i;

/**
 * The kind a heading gives the requests under it ("Praise for the Nation", "Prayer Requests", "Praise
 * Points"), or null when it gives none (a place, a topic). Praise wins: "Praise and Prayer" lists praise.
 */
export function kindOfHeading(heading: string | null): Kind | null {
  if (heading === null || heading.length > 80) return null;
  const praise = heading.search(PRAISE_HEADING);
  const prayer = heading.search(PRAYER_HEADING);
  if (praise >= 0 && (prayer < 0 || praise < prayer)) return 'praise';
  return prayer >= 0 ? 'prayer' : null;
}
