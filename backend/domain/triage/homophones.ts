/**
 * Corrects characters typed for a medical character of the same sound (data/homophones.ts): a
 * variant is replaced by its medical character only where that completes a word of the knowledge
 * base (symptom phrases, body parts, danger parts) that the text does not already contain at that
 * place, and never inside an everyday word. One pass over a trie of the known words: linear.
 *
 * Examples: "便学好多" → "便血好多"; "昏到了" → "昏倒了"; "同学" and "到了" stay as they are.
 */
import { atoms, ATOM_KINDS } from './data/danger-atoms';
import { everydayWords, homophones } from './data/homophones';
import { pinyinChars } from './data/pinyin';
import { bodyParts, sensations } from './data/parts';
import { textEntries } from './lexicon';
import { once } from './once';

interface Node {
  next: Map<string, Node>;
  word: boolean;
}

const HAN = /^[\u4e00-\u9fff]+$/;
const MIN_WORD = 2;

/** The known words as a trie, and the longest one's length; built on first use. */
const known = once(() => {
  const root: Node = { next: new Map(), word: false };
  let longest = 0;
  const addWord = (word: string): void => {
    if (word.length < MIN_WORD || !HAN.test(word)) return;
    longest = Math.max(longest, word.length);
    let node = root;
    for (const ch of word) {
      const child = node.next.get(ch) ?? { next: new Map<string, Node>(), word: false };
      node.next.set(ch, child);
      node = child;
    }
    node.word = true;
  };
  for (const entry of textEntries) entry.phrases.forEach(addWord);
  for (const part of bodyParts) part.terms.forEach(addWord);
  for (const sensation of sensations) sensation.terms.forEach(addWord);
  for (const kind of ATOM_KINDS) atoms[kind].forEach(addWord);
  return { root, longest };
});

/** Variant character → the medical characters it may stand for. */
const medicalFor = new Map<string, string[]>();
for (const [medical, variants] of Object.entries(homophones)) {
  for (const v of variants) medicalFor.set(v, [...(medicalFor.get(v) ?? []), medical]);
}

const everyday = new Set(everydayWords.split('|'));
/** A known word this long, completed by one swap (强制性脊柱炎 → 强直性脊柱炎), outweighs an everyday word inside it. */
const LONG_WORD = 5;

/** Whether a known word starts at `i` exactly as written, ending at or after `end`. */
function exactWordThrough(chars: string[], i: number, end: number): boolean {
  let node: Node | undefined = known().root;
  for (let j = i; j < chars.length && node; j++) {
    node = node.next.get(chars[j]);
    if (node && node.word && j + 1 >= end) return true;
  }
  return false;
}

/** The longest known word starting at `i` with exactly one variant replaced: [end, position, medical]. */
function fuzzyWord(chars: string[], i: number): [number, number, string] | null {
  let best: [number, number, string] | null = null;
  const walk = (node: Node, j: number, swap: [number, string] | null): void => {
    if (j >= chars.length) return;
    const exact = node.next.get(chars[j]);
    if (exact) {
      if (exact.word && swap && (!best || j + 1 > best[0])) best = [j + 1, swap[0], swap[1]];
      walk(exact, j + 1, swap);
    }
    if (swap) return;
    for (const medical of medicalFor.get(chars[j]) ?? []) {
      const child = node.next.get(medical);
      if (!child) continue;
      if (child.word && (!best || j + 1 > best[0])) best = [j + 1, j, medical];
      walk(child, j + 1, [j, medical]);
    }
  };
  walk(known().root, i, null);
  return best;
}

/** Whether the words as written between `from` and `to` hold an everyday word through position `p`. */
function inEverydayWord(chars: string[], from: number, to: number, p: number): boolean {
  for (let a = Math.max(from, p - 2); a <= p; a++) {
    for (let b = p + 1; b <= Math.min(to, a + 3); b++) if (b - a >= 2 && everyday.has(chars.slice(a, b).join(''))) return true;
  }
  return false;
}

/** Only words reaching a variant character can be corrected: the walks start within a word's length before one. */
export function correctHomophones(text: string): string {
  const chars = [...text];
  const starts = new Uint8Array(chars.length);
  let any = false;
  for (let p = 0; p < chars.length; p++) {
    if (!medicalFor.has(chars[p])) continue;
    any = true;
    starts.fill(1, Math.max(0, p - known().longest + 1), p + 1);
  }
  if (!any) return text;
  let fixed = false;
  for (let i = 0; i < chars.length; i++) {
    if (starts[i] === 0 || (!known().root.next.has(chars[i]) && !medicalFor.has(chars[i]))) continue;
    const found = fuzzyWord(chars, i);
    if (!found) continue;
    const [end, position, medical] = found;
    if ((end - i < LONG_WORD && inEverydayWord(chars, i, end, position)) || exactWordThrough(chars, i, end)) continue;
    let coveredExactly = false;
    for (let k = Math.max(0, position - 5); k <= position && !coveredExactly; k++)
      coveredExactly = exactWordThrough(chars, k, position + 1) && k < position + 1;
    if (coveredExactly) continue;
    chars[position] = medical;
    fixed = true;
    i = end - 1;
  }
  return fixed ? chars.join('') : text;
}

/** Whether some known word, as written in `chars`, covers position `p`. */
function covered(chars: string[], p: number): boolean {
  for (let k = Math.max(0, p - known().longest + 1); k <= p; k++) if (exactWordThrough(chars, k, p + 1)) return true;
  return false;
}

const LONGEST_SYLLABLE = 6;
/** A run of Latin letters, single spaces allowed inside (yue jing). */
const LATIN_RUN = /[a-z]+(?: [a-z]+)*/g;
const HAN_CHAR = /[\u4e00-\u9fff]/;
const MOST_SYLLABLES = 3;

/** The run cut into known syllables, longest first; null when some letters are left over. */
function syllables(run: string): string[] | null {
  const out: string[] = [];
  let i = 0;
  while (i < run.length) {
    let len = Math.min(LONGEST_SYLLABLE, run.length - i);
    while (len > 0 && !pinyinChars[run.slice(i, i + len)]) len--;
    if (len === 0) return null;
    out.push(run.slice(i, i + len));
    i += len;
  }
  return out;
}

/** Every choice of one character per syllable, in order of likelihood. */
function choices(parts: string[]): string[] {
  return parts.reduce<string[]>((acc, syllable) => acc.flatMap((prefix) => (pinyinChars[syllable] ?? []).map((ch) => prefix + ch)), ['']);
}

/**
 * Pinyin typed among Chinese (hun倒了, gaowan突然疼, yue jing来了): a run of up to three syllables
 * of data/pinyin.ts is read as characters where every character it becomes lies in a known word
 * with what stands around it; otherwise it stays. Each run looks at a few characters around it: linear.
 */
export function readPinyin(text: string): string {
  if (!HAN_CHAR.test(text)) return text;
  return text.replace(LATIN_RUN, (run: string, offset: number) => {
    const parts = syllables(run.replace(/ /g, ''));
    if (!parts || parts.length > MOST_SYLLABLES) return run;
    const reach = known().longest;
    const before = [...text.slice(Math.max(0, offset - reach), offset)];
    const after = [...text.slice(offset + run.length, offset + run.length + reach)];
    for (const word of choices(parts)) {
      const chars = [...before, ...word, ...after];
      let all = true;
      for (let p = before.length; p < before.length + word.length && all; p++) all = covered(chars, p);
      if (all) return word;
    }
    return run;
  });
}
