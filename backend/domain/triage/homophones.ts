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
    if (inEverydayWord(chars, i, end, position) || exactWordThrough(chars, i, end)) continue;
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
