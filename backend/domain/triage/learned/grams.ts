/**
 * What the learned reader (model.ts) sees of a text: every run of one to three characters inside a
 * stretch that is really said — punctuation and spaces split stretches, and what the rules do not take
 * as said now is left out: a supposition, hearsay or the past (unreal.ts), and a part denied, named as a
 * topic, a figure of speech or an experience (danger-parts.ts `unsaidParts`).
 *
 * Example: saidGrams('头疼，要是吐血怎么办', mask) → 头, 疼, 头疼 (the supposition 要是吐血… is not read).
 */
import { unsaidParts } from '../danger-parts';

const GRAM_MAX = 3;

const BREAK = /[\s\p{P}\p{S}]/u;

/** The distinct grams of what `text` really says, `unreal` being unreal.ts's mask of it. */
export const saidGrams = (text: string, unreal: Uint8Array): string[] => grams(text, unsaidParts(text, unreal));

/** The distinct grams of `text` outside `unsaid`, in order of first appearance. */
export function grams(text: string, unsaid: Uint8Array): string[] {
  const out = new Set<string>();
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && unsaid[i] !== 1 && !BREAK.test(text[i])) continue;
    for (let a = start; a < i; a++) for (let n = 1; n <= GRAM_MAX && a + n <= i; n++) out.add(text.slice(a, a + n));
    start = i + 1;
  }
  return [...out];
}
