// Standing text: a paragraph a sender repeats nearly unchanged in bulletin after bulletin (an office
// footer such as "IJM has partner offices in …", a church's standing introduction). It is no request, so it
// is marked `boilerplate` and kept off sheets, counts, stories and search facets, while the reader still
// shows it. It is recognised from the library itself, by repetition, not from a list of sentences.
//
// One pass over every item of the library (a hash map of fingerprints), run wherever the bulletins are
// collected (library-loader's collectBulletins): a new or changed bulletin can make an old paragraph
// standing text, and a removed one can make it a request again, so every pass sets or clears every flag.
// At 10,000 bulletins it takes a few tens of milliseconds.
import type { Bulletin, Item } from '../../../shared/model';

/** A paragraph in this many bulletins of one sender, or more, may be standing text. */
export const MIN_REPEATS = 4;
/** A request repeated word for word in this many bulletins is standing text whatever its kind. */
const MIN_REPEATS_ANY_KIND = 6;
/** Shorter paragraphs ("Pray for Kenya.") repeat by chance. */
const MIN_WORDS = 10;
/** Words at either end compared when the rest differs ("… as of 2019" / "… as of 2020"). */
const END_WORDS = 12;

interface Fingerprints {
  whole: string;
  start: string | null;
  end: string | null;
}

/** The item's words, lower case, without digits or punctuation; null when it is too short to judge. */
function fingerprints(item: Item): Fingerprints | null {
  const words = item.text.toLowerCase().match(/[\p{L}\p{M}]+/gu);
  if (!words || words.length < MIN_WORDS) return null;
  const long = words.length >= END_WORDS + 4;
  return {
    whole: words.join(' '),
    start: long ? words.slice(0, END_WORDS).join(' ') : null,
    end: long ? words.slice(-END_WORDS).join(' ') : null,
  };
}

/** Marks (and clears) `boilerplate` on every item of `bulletins`, in place. */
export function markStandingText(bulletins: readonly Bulletin[]): void {
  // sender → fingerprint → the bulletins it appears in (counted once per bulletin).
  const seen = new Map<string, Map<string, Set<Bulletin>>>();
  const prints: (Fingerprints | null)[][] = [];
  const note = (sender: Map<string, Set<Bulletin>>, key: string, bulletin: Bulletin) => {
    let set = sender.get(key);
    if (!set) sender.set(key, (set = new Set()));
    set.add(bulletin);
  };
  for (const bulletin of bulletins) {
    const senderKey = bulletin.organisation ?? '';
    let sender = seen.get(senderKey);
    if (!sender) seen.set(senderKey, (sender = new Map()));
    const row: (Fingerprints | null)[] = [];
    for (const item of bulletin.items) {
      const print = fingerprints(item);
      row.push(print);
      if (!print) continue;
      note(sender, `w:${print.whole}`, bulletin);
      if (print.start) note(sender, `s:${print.start}`, bulletin);
      if (print.end) note(sender, `e:${print.end}`, bulletin);
    }
    prints.push(row);
  }
  bulletins.forEach((bulletin, b) => {
    const sender = seen.get(bulletin.organisation ?? '')!;
    const count = (key: string | null) => (key === null ? 0 : (sender.get(key)?.size ?? 0));
    bulletin.items.forEach((item, i) => {
      const print = prints[b]![i];
      let standing = false;
      if (print) {
        const whole = count(`w:${print.whole}`);
        const nearly = Math.max(
          count(print.start && `s:${print.start}`),
          count(print.end && `e:${print.end}`),
        );
        standing =
          whole >= MIN_REPEATS_ANY_KIND || (item.kind === 'info' && Math.max(whole, nearly) >= MIN_REPEATS);
      }
      if (standing) item.boilerplate = true;
      else if (item.boilerplate !== undefined) delete item.boilerplate;
    });
  });
}

/** Whether an item is a request (not standing text): what sheets, counts and facets take. */
export function isRequest(item: Item): boolean {
  return item.boilerplate !== true;
}
