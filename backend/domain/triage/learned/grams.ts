/**
 * What the learned reader (model.ts) sees of a text: every run of one to three characters inside a
 * stretch that is really said — punctuation and spaces split stretches, and what unreal.ts marks as
 * a supposition, hearsay or the past is left out, as it is for the rules.
 *
 * Example: grams('头疼，要是吐血怎么办', mask) → 头, 疼, 头疼 (the supposition 要是吐血… is not read).
 */
export const GRAM_MAX = 3;

const BREAK = /[\s\p{P}\p{S}]/u;

/** The distinct grams of `text`, in order of first appearance. */
export function grams(text: string, unreal: Uint8Array): string[] {
  const out = new Set<string>();
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && unreal[i] !== 1 && !BREAK.test(text[i])) continue;
    for (let a = start; a < i; a++) for (let n = 1; n <= GRAM_MAX && a + n <= i; n++) out.add(text.slice(a, a + n));
    start = i + 1;
  }
  return [...out];
}
