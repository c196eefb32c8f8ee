/**
 * Text normalization before matching: full-width to half-width (NFKC), lower case, traditional characters to
 * simplified (data/traditional.ts), a few emoji
 * read as words and the rest removed, English symptom words translated, typos and dialect
 * rewritten (data/markers.ts, data/dialect.ts), pinyin typed among Chinese read as characters
 * (homophones.ts `readPinyin`: hun倒 → 昏倒), characters typed for a medical one of the same sound corrected (homophones.ts), runs
 * of one character shortened (疼疼疼 → 疼).
 *
 * Example: "肚几疼疼疼！！🤮 Fever" → "肚子疼!!呕吐 发烧".
 */
import { dialectRewrites } from './data/dialect';
import { emojiWords, englishWords, rewrites } from './data/markers';
import { traditionalPairs } from './data/traditional';
import { correctHomophones, readPinyin } from './homophones';

export interface Normalized {
  text: string;
  /** Only Latin letters were found (no Chinese), so the words were translated as a best effort. */
  english: boolean;
  /** Emoji were present; none of them said anything. */
  hadEmoji: boolean;
}

const EMOJI = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\u200d\ufe0e\ufe0f\u20e3]/gu;
const HAN = /[\u4e00-\u9fff]/;
const LATIN_WORD = /[a-z]{2,}/;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const englishPatterns = [...englishWords]
  .sort((a, b) => b[0].length - a[0].length)
  .map(([en, zh]) => ({ re: new RegExp(`(?<![a-z])${escapeRegExp(en)}(?![a-z])`, 'g'), zh }));

const sortedRewrites = [...rewrites, ...dialectRewrites].sort((a, b) => b[0].length - a[0].length);
const rewritePattern = new RegExp(sortedRewrites.map(([from]) => escapeRegExp(from)).join('|'), 'g');
const rewriteMap = new Map(sortedRewrites);

/** Traditional character → simplified (data/traditional.ts). */
const simplified = new Map<string, string>();
for (let i = 0; i + 1 < traditionalPairs.length; i += 2) simplified.set(traditionalPairs[i], traditionalPairs[i + 1]);
const TRADITIONAL = new RegExp(`[${[...simplified.keys()].join('')}]`, 'g');

/** Characters that may repeat for emphasis without changing the meaning. */
const REPEATABLE = /([疼痛痒烧咳吐])\1+/g;

export function normalize(raw: string): Normalized {
  let text = raw.normalize('NFKC').toLowerCase();
  if (/[\u{1F000}-\u{1FFFF}]/u.test(text)) for (const [emoji, word] of emojiWords) text = text.split(emoji).join(` ${word} `);
  const before = text;
  text = text.replace(EMOJI, ' ');
  const hadEmoji = text !== before;
  const english = !HAN.test(text) && LATIN_WORD.test(text);
  if (LATIN_WORD.test(text)) for (const { re, zh } of englishPatterns) text = text.replace(re, ` ${zh} `);
  text = text.replace(TRADITIONAL, (ch) => simplified.get(ch) ?? ch);
  if (!english) text = readPinyin(text);
  text = text.replace(rewritePattern, (m) => rewriteMap.get(m) ?? m);
  text = correctHomophones(text);
  text = text.replace(REPEATABLE, '$1').replace(/(.)\1{2,}/g, '$1');
  text = text.replace(/[ \t\u3000]+/g, ' ').trim();
  return { text, english, hadEmoji };
}

/** Characters that end a clause: negation and modifiers do not reach across them. */
export const CLAUSE_BREAK = /[,.;!?，。；！？\n\r:：~～…()（）[\]【】"“”'‘’<>《》|/\\ ]/;

const breakChars = new Map<string, boolean>();

/** Whether a character ends a clause (CLAUSE_BREAK), remembered per character. */
export function isClauseBreak(ch: string): boolean {
  let known = breakChars.get(ch);
  if (known === undefined) {
    known = CLAUSE_BREAK.test(ch);
    breakChars.set(ch, known);
  }
  return known;
}
