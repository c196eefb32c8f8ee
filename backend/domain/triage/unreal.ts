/**
 * Which parts of a text are not about a real event now (data/unreal-markers.ts): after 要是, 如果,
 * 听说 … to the end of the sentence, or to a later clause that opens with a word of the present
 * (如果我不在了他们会过得好点，今天买了根绳子 or …，我现在就在楼顶: the second clause is real); after 以前, 去年 … to the end of the clause, unless the clause
 * also says 现在, 又, 今天 …. Red flags and danger concepts ignore what is said there; the
 * department still hears it ("如果孩子发烧挂什么科" is still a question about 儿科).
 *
 * Advice followed (照网上说的捏鼻子) is no hearsay, and an everyday word that holds a supposition word (主要是,
 * 打预防针) is none: a supposition word inside such words does not count.
 *
 * Example: "孩子要是吞了电池怎么办" → every position after 要是 is marked.
 */
import { isClauseBreak } from './normalize';
import { followedAdvice, pastMarkers, presentMarkers, suppositionLookalikes, suppositionMarkers } from './data/unreal-markers';

type Marker = 'supposition' | 'past' | 'present' | 'advice';

interface Node {
  next: Map<string, Node>;
  marker?: Marker;
}

/** Whether a character ends a sentence. */
export const isSentenceEnd = (ch: string): boolean => '。！？!?\n;；'.includes(ch);

const root: Node = { next: new Map() };
const add = (terms: string[], marker: Marker): void => {
  for (const term of terms) {
    let node = root;
    for (const ch of term) {
      const child = node.next.get(ch) ?? { next: new Map<string, Node>() };
      node.next.set(ch, child);
      node = child;
    }
    node.marker = marker;
  }
};
add(suppositionMarkers, 'supposition');
add(pastMarkers, 'past');
add(presentMarkers, 'present');
add(followedAdvice, 'advice');
add(suppositionLookalikes, 'advice');

/** The person a clause may open with before its word of the present (我现在就在…, 他今天又…). */
const PRONOUNS = '我你他她它';

/** Whether the word at `i` opens the clause starting at `start`, or follows only a pronoun there. */
const opensClause = (text: string, start: number, i: number): boolean => i === start || (i === start + 1 && PRONOUNS.includes(text[start]));

/** 1 where the text speaks of a supposition, hearsay or the past. */
export function unrealMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  let supposed = false;
  let pastFrom = -1;
  let present = false;
  const closeClause = (end: number): void => {
    if (pastFrom >= 0 && !present) mask.fill(1, pastFrom, end);
    pastFrom = -1;
    present = false;
  };
  let adviceUntil = 0;
  let clauseStart = 0;
  let supposedFrom = -1;
  for (let i = 0; i < text.length; i++) {
    let node: Node | undefined = root;
    for (let j = i; j < text.length && node; j++) {
      node = node.next.get(text[j]);
      if (!node) break;
      if (node.marker === 'advice') adviceUntil = Math.max(adviceUntil, j + 1);
      else if (node.marker === 'supposition' && i >= adviceUntil) {
        if (!supposed) supposedFrom = i;
        supposed = true;
      } else if (node.marker === 'past' && pastFrom < 0) pastFrom = i;
      else if (node.marker === 'present') {
        present = true;
        if (supposed && opensClause(text, clauseStart, i) && supposedFrom < clauseStart) supposed = false;
      }
    }
    if (supposed) mask[i] = 1;
    const ch = text[i];
    const sentenceEnd = isSentenceEnd(ch);
    if (sentenceEnd || isClauseBreak(ch)) {
      closeClause(i);
      clauseStart = i + 1;
    }
    if (sentenceEnd) supposed = false;
  }
  closeClause(text.length);
  return mask;
}
