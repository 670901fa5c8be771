// Mojibake: UTF-8 text that some program once read as Windows-1252 and saved again, so that ’ became "â€™",
// é became "Ã©" and a bullet "â€¢". Such text reaches us already garbled, in files of any encoding. The
// repair re-encodes a suspicious run of characters as the Windows-1252 bytes they came from and reads those
// bytes as UTF-8 again, but only where the result is valid and plausible:
//
// - three-byte sequences led by "â" (U+2000–U+2FFF: quotes, dashes, ellipsis, bullets, €, ™), the BOM
//   "ï»¿" and four-byte emoji ("ðŸ™") are repaired wherever they occur: real writing never has "â€" followed
//   by another such character;
// - two-byte sequences ("Ã©" → é, "Â£" → £) look like real Latin-1 text more easily, so they are repaired
//   only when the text holds no other Latin-1 letters or signs: a text with a genuine "é" or "£" elsewhere
//   is in a real Latin-1 context, and its "Â£" is left as written.
//
// Characters U+0080–U+009F (C1 controls) never belong in text: they are Windows-1252 bytes read as
// Latin-1 (Node's own TextDecoder does this in some versions), and are mapped back to ’ “ ” – … €.

/** The characters Windows-1252 gives to bytes 0x80–0x9F; the five it leaves undefined keep Latin-1. */
const WIN1252_80_9F =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

const BYTE_OF = new Map<string, number>();
for (let b = 0x80; b <= 0xff; b++) BYTE_OF.set(String.fromCharCode(b), b);
for (let i = 0; i < 32; i++) BYTE_OF.set(WIN1252_80_9F[i]!, 0x80 + i);

/** Runs of two or more characters that each stand for one byte of 0x80–0xFF. */
const RUN = new RegExp(`[\\u0080-\\u00ff${escapeClass(WIN1252_80_9F)}]{2,}`, 'g');
/** A lead byte of a multi-byte UTF-8 sequence read as Windows-1252: Â … ô. */
const LEAD = /[\u00c2-\u00f4]/;
/**
 * "â€" left over once every valid sequence is repaired: the right double quote ” (E2 80 9D), whose last byte
 * Windows-1252 leaves undefined, so a decoder dropped it or put '�' in its place.
 */
const LOST_RIGHT_QUOTE = /\u00e2\u20ac\ufffd?/g;
const C1 = /[\u0080-\u009f]/g;
/** Either of LEAD or C1: without one, repairText has nothing to do. */
const MAYBE_GARBLED = /[\u0080-\u009f\u00c2-\u00f4]/;

// ignoreBOM: keep U+FEFF as a character, so that "ï»¿" can be recognised as a byte-order mark.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

interface Candidate {
  /** Index in the text and length in characters (one per byte). */
  start: number;
  length: number;
  decoded: string;
  strong: boolean;
}

export interface MojibakeRepair {
  text: string;
  /** How many garbled characters were put right. */
  repairs: number;
}

/** The text with mojibake repaired (see the top of this file); the number of characters put right. */
export function repairMojibake(text: string): MojibakeRepair {
  let repairs = 0;
  let current = text;
  // Text garbled twice ("Ã¢â‚¬â„¢") comes right in two passes; a third pass is a safety margin.
  for (let pass = 0; pass < 3; pass++) {
    const next = repairOnce(current);
    if (next.repairs === 0) break;
    repairs += next.repairs;
    current = next.text;
  }
  // Only once nothing else can be repaired: "Ã¢â‚¬â„¢" passes through "â€™" on its way to "’".
  current = current.replace(LOST_RIGHT_QUOTE, () => {
    repairs++;
    return '\u201d';
  });
  return { text: current, repairs };
}

function repairOnce(text: string): MojibakeRepair {
  if (!LEAD.test(text)) return { text, repairs: 0 };
  let repairs = 0;
  let out = text;
  const candidates = findCandidates(out);
  const weakAllowed = !hasLatin1Context(out, candidates);
  const chosen = candidates.filter((c) => c.strong || weakAllowed);
  if (chosen.length > 0) {
    const pieces: string[] = [];
    let at = 0;
    for (const c of chosen) {
      pieces.push(out.slice(at, c.start), c.decoded);
      at = c.start + c.length;
      repairs++;
    }
    pieces.push(out.slice(at));
    out = pieces.join('');
  }
  return { text: out, repairs };
}

function findCandidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    const run = m[0];
    const bytes = Uint8Array.from(run, (ch) => BYTE_OF.get(ch)!);
    for (let p = 0; p < bytes.length;) {
      const size = sequenceLength(bytes[p]!);
      const candidate =
        size > 0 && p + size <= bytes.length ? decodeSequence(bytes.subarray(p, p + size)) : null;
      if (candidate) {
        found.push({ start: m.index + p, length: size, ...candidate });
        p += size;
      } else {
        p++;
      }
    }
  }
  return found;
}

function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** The character a UTF-8 sequence stands for, when it is valid and one of the kinds we repair. */
function decodeSequence(bytes: Uint8Array): { decoded: string; strong: boolean } | null {
  for (let i = 1; i < bytes.length; i++) if (bytes[i]! < 0x80 || bytes[i]! > 0xbf) return null;
  let decoded: string;
  try {
    decoded = strictUtf8.decode(bytes);
  } catch {
    return null; // overlong forms, surrogates, beyond U+10FFFF
  }
  const code = decoded.codePointAt(0)!;
  if (bytes.length === 2) {
    // Latin letters and signs, Greek and Cyrillic: what bulletins and their readers' names use.
    const plausible = (code >= 0xa0 && code <= 0x24f) || (code >= 0x370 && code <= 0x4ff);
    return plausible ? { decoded, strong: false } : null;
  }
  if (bytes.length === 3) {
    if (bytes[0] === 0xe2) return { decoded, strong: true };
    if (code === 0xfeff) return { decoded, strong: true };
    return null;
  }
  return bytes[0] === 0xf0 && bytes[1] === 0x9f ? { decoded, strong: true } : null;
}

/** Latin-1 letters or signs (¡–ÿ but the soft hyphen) outside every candidate: genuine Latin-1 text. */
function hasLatin1Context(text: string, candidates: readonly Candidate[]): boolean {
  let next = 0;
  for (let i = 0; i < text.length; i++) {
    while (next < candidates.length && candidates[next]!.start + candidates[next]!.length <= i) next++;
    const c = candidates[next];
    if (c && i >= c.start) {
      i = c.start + c.length - 1;
      continue;
    }
    const code = text.charCodeAt(i);
    // "â€" is a lost right quote (see LOST_RIGHT_QUOTE), not Latin-1 writing.
    if (code === 0xe2 && text.charCodeAt(i + 1) === 0x20ac) {
      i++;
      continue;
    }
    if (code >= 0xa1 && code <= 0xff && code !== 0xad) return true;
  }
  return false;
}

/** C1 control characters mapped to what Windows-1252 means by those bytes (’ “ ” – … €). */
export function fixC1Controls(text: string): string {
  return text.replace(C1, (ch) => WIN1252_80_9F[ch.charCodeAt(0) - 0x80]!);
}

/**
 * The last step of every reader: mojibake repaired (with a warning saying so) and C1 controls mapped.
 * Pushes onto `warnings`; returns the cleaned text.
 */
export function repairText(text: string, warnings: string[]): string {
  // Neither a lead byte read as Windows-1252 (Â … ô; "â€" starts with one) nor a C1 control: nothing to
  // repair or map, found in one look instead of three (most bulletins).
  if (!MAYBE_GARBLED.test(text)) return text;
  const { text: repaired, repairs } = repairMojibake(text);
  if (repairs > 0) {
    warnings.push(
      `Repaired ${repairs} garbled character${repairs === 1 ? '' : 's'} (like "â€™" for "’") left by an earlier wrong conversion.`,
    );
  }
  return fixC1Controls(repaired);
}

function escapeClass(chars: string): string {
  return chars.replace(/[\\\]^-]/g, '\\$&');
}
