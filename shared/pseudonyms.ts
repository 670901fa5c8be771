// Missions protect the people they write about with made-up names, marked with a star: "Maria*", "Ana* and
// Joseph*", "Ravi*'s family", and in some letters after a comma: "Liana,* a mother of three". The item text
// keeps the star; the names are listed without it. The one finder of pseudonyms: the parser lists them, the
// notice board and the prayer sheet leave them out.

// The capitalised name that ends right before a star (looked for backwards from each star: linear time).
const NAME_BEFORE_STAR = /(\p{Lu}[\p{L}\p{M}]*(?:['’-][\p{L}\p{M}]+)*)$/u;
const LETTER = /[\p{L}\p{M}*]/u;

// "Liana,*": the star after the comma that follows the name.
const COMMA_STAR = /(\p{L}),\*(?!\*)/gu;

/** The text with a star written after a name's comma moved before it: "Liana,* a mother" → "Liana*, a mother". */
export function normalizePseudonymStars(text: string): string {
  return text.includes(',*') ? text.replace(COMMA_STAR, '$1*,') : text;
}

/** The starred names in a text, without the star, in order of first appearance, each once. */
export function findPseudonyms(raw: string): string[] {
  const text = normalizePseudonymStars(raw);
  const names: string[] = [];
  for (let star = text.indexOf('*'); star >= 0; star = text.indexOf('*', star + 1)) {
    // '**bold**' markup is not a pseudonym.
    if (text[star + 1] === '*' || text[star - 1] === '*') continue;
    const before = text.slice(Math.max(0, star - 40), star);
    const m = NAME_BEFORE_STAR.exec(before);
    if (!m) continue;
    const start = star - m[0].length;
    if (start > 0 && LETTER.test(text[start - 1]!)) continue;
    // "Maria’s*" is the same person as "Maria*".
    const name = m[1]!.replace(/['’]s$/, '');
    if (!names.includes(name)) names.push(name);
  }
  return names;
}
