// Praise, prayer or information, decided by how an item opens. Praise items often go on to ask for prayer
// ("Praise God for the verdict… Pray for her healing"), so the first sentence decides: its first marker wins.
// When the first sentence has none (it tells news: "A court in Ghana convicted three men."), the first later
// sentence that opens with a request or a thanksgiving decides; a marker inside a later sentence ("the judges
// are praying") does not. Text with neither is information ("IJM has partner offices in…").
import type { Kind } from '../../../shared/model';

// Thanksgiving: "Praise God", "join us in praising", "We thank God", "Thank the Lord", "Give thanks",
// "Rejoice with", "Celebrate with us", "We are grateful". "Thanks to our donors…" is not thanksgiving.
const PRAISE =
  /\b(?:prais(?:e|es|ed|ing)|give thanks|giving thanks|thanks (?:be )?to (?:god|the lord|jesus|him)|thanks(?! to\b)|thank(?:ful|fulness|ing|sgiving)?|rejoic(?:e|es|ed|ing)|celebrate with|join(?:ing)? us in celebrat(?:e|ing)|celebrate (?:god|the lord|his)|grateful|gratitude|hallelujah|glory to god|good news)\b/i;
// Requests: "Pray", "Please pray", "Continue to pray", "Ask God", "Lift up", "join us in prayer".
const PRAYER =
  /\b(?:pray(?:s|ed|ing)?|prayers?|ask (?:god|the lord|jesus|him)|lift(?:ing)? (?:up|them up|him up|her up|these up)|intercede|petition)\b/i;
// How a later sentence opens when it is a request or a thanksgiving: "Pray…", "Please also pray…",
// "Praise God…", "We thank God…", "Let us give thanks…".
const SENTENCE_OPENER =
  /^["“‘']?(?:(?:please|also|and|so|now|today|this week|we|let us|let's|continue to|keep|join us in)[ ,]+){0,3}(?=(?:pray|praise|thank|thanks be|give thanks|rejoice|celebrate with|ask (?:god|the lord|him)|lift)\b)/i;
// A sentence ends at . ! or ? (and closing quotes) before a capital letter or an opening quote.
const SENTENCE_BREAK = /(?<=[.!?…]["”’')\]]*) +(?=["“‘']?\p{Lu})/gu;

function byFirstMarker(text: string): Kind | null {
  const praise = text.search(PRAISE);
  const prayer = text.search(PRAYER);
  if (praise < 0 && prayer < 0) return null;
  if (praise < 0) return 'prayer';
  if (prayer < 0) return 'praise';
  return praise < prayer ? 'praise' : 'prayer';
}

/** The item's sentences, split roughly (abbreviations such as "U.S. advocates" stay whole: lower case follows). */
export function sentencesOf(text: string): string[] {
  return text.split(SENTENCE_BREAK).filter((s) => s !== '');
}

// SENTENCE_BREAK for reading the sentences one at a time: the first one usually decides, and the rest of
// the item need not be split.
const NEXT_BREAK = new RegExp(SENTENCE_BREAK.source, SENTENCE_BREAK.flags);

/** Praise, prayer or info, by how the item opens: the sentences as sentencesOf gives them, read in turn. */
export function classifyKind(text: string): Kind {
  let first = true;
  NEXT_BREAK.lastIndex = 0;
  for (let from = 0; from >= 0;) {
    const m = NEXT_BREAK.exec(text);
    const sentence = text.slice(from, m ? m.index : text.length);
    from = m ? NEXT_BREAK.lastIndex : -1;
    if (sentence === '') continue;
    if (first) {
      first = false;
      const opening = byFirstMarker(sentence);
      if (opening) return opening;
      continue;
    }
    const opener = SENTENCE_OPENER.exec(sentence);
    if (opener) return byFirstMarker(sentence.slice(opener[0].length)) ?? 'info';
  }
  return 'info';
}
