/**
 * The page tests' scanner (docs/access.md): every answer a patient page receives and the rendered
 * text of every patient page at the end of each test carry no full 18-character ID number and no
 * 11-digit mobile number of anyone (the product masks them, miniprogram/shared/validators.ts), and
 * the rendered text carries no internal id (backend/ids.ts newId / hashId ids, the seeded `pat-…`,
 * `h-zz…` ids, 32-hex file names). Staff pages (routes under staff/) are out of scope: a staff
 * console dials a patient with the full number.
 */
export interface Hit {
  page: string;
  where: 'answer' | 'text';
  rule: string;
  match: string;
  text: string;
}

const FULL_NUMBERS: ReadonlyArray<[string, RegExp]> = [
  // Region, birth date, sequence, check character: an 18-digit e-invoice number is not one.
  ['a full ID number', /(?<![0-9A-Za-z])\d{6}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])/g],
  ['a full mobile number', /(?<![0-9A-Za-z])1[3-9]\d{9}(?![0-9A-Za-z])/g],
];

const INTERNAL_IDS: ReadonlyArray<[string, RegExp]> = [
  ['an internal id', /(?<![0-9A-Za-z-])[a-z]+(?:-[a-z]+)*-[0-9a-f]{24,32}(?![0-9A-Za-z])/g],
  ['an internal id', /(?<![0-9A-Za-z-])(?:pat|ord|appt|staff|h-zz)[a-z0-9]*-?[a-z0-9-]*[a-z0-9](?![0-9A-Za-z])/g],
  ['a file path', /(?<![0-9A-Za-z])[0-9a-f]{32}(?![0-9A-Za-z])/g],
];

/** Matches a patient may see, each with its reason. */
const ALLOWED: ReadonlyArray<[RegExp, string]> = [];

export const isPatientFacing = (route: string): boolean => !/^\/?staff\//.test(route);

function hitsOf(page: string, where: Hit['where'], text: string, rules: ReadonlyArray<[string, RegExp]>): Hit[] {
  const hits: Hit[] = [];
  const taken: Array<[number, number]> = [];
  for (const [rule, pattern] of rules) {
    for (const m of text.matchAll(pattern)) {
      const at = m.index ?? 0;
      const end = at + m[0].length;
      // One hit per place: an id's hex tail is not a second hit.
      if (taken.some(([from, to]) => at < to && end > from)) continue;
      if (ALLOWED.some(([allowed]) => allowed.test(m[0]))) continue;
      taken.push([at, end]);
      hits.push({ page, where, rule, match: m[0], text: text.slice(Math.max(0, at - 60), at + m[0].length + 60) });
    }
  }
  return hits;
}

/** What an answer to a patient page leaks: full numbers anywhere in it. */
export const answerHits = (page: string, answer: unknown): Hit[] => hitsOf(page, 'answer', JSON.stringify(answer), FULL_NUMBERS);

/** What a patient page's rendered text leaks: full numbers and internal ids. */
export const textHits = (page: string, text: string): Hit[] => hitsOf(page, 'text', text, [...FULL_NUMBERS, ...INTERNAL_IDS]);

export const describeHit = (h: Hit): string => `${h.page} (${h.where}): ${h.rule} "${h.match}" in …${h.text}…`;
