/**
 * The knowledge base gathered into one index: every phrase, part, sensation and small word in a
 * character trie, plus lookups by id. The trie (about 4,000 terms) is built on first use.
 */
import { circumstances } from './data/circumstances';
import { once } from './once';
import { diseases } from './data/diseases';
import { labItems } from './data/lab-items';
import {
  durationWords,
  negators,
  negationFillers,
  neutralWords,
  personCues,
  pseudoNegations,
  scopeBreakers,
  sensationSeverity,
  severityWords,
  suddenWords,
  type PersonCue,
} from './data/markers';
import { bodyParts, sensations } from './data/parts';
import { generalSymptoms } from './data/symptoms-general';
import { headSymptoms } from './data/symptoms-head';
import { limbSkinSymptoms } from './data/symptoms-limbs-skin';
import { trunkSymptoms } from './data/symptoms-trunk';
import type { BodyPart, DurationClass, LexEntry, Sensation } from './types';

export type TermInfo =
  | { kind: 'entry'; entry: LexEntry }
  | { kind: 'part'; part: BodyPart }
  | { kind: 'sensation'; sensation: Sensation; severity: 0 | 1 | 2 }
  | { kind: 'negator' }
  | { kind: 'pseudo' }
  | { kind: 'breaker' }
  | { kind: 'severity'; level: 1 | 2 }
  | { kind: 'sudden' }
  | { kind: 'duration'; duration: DurationClass }
  | { kind: 'person'; cue: PersonCue }
  | { kind: 'neutral' };

/** When two lists hold the same term, the earlier kind wins. */
const PRIORITY: Record<TermInfo['kind'], number> = {
  entry: 10,
  severity: 9,
  sudden: 8,
  duration: 7,
  person: 6,
  pseudo: 5,
  negator: 4,
  breaker: 3,
  sensation: 2,
  part: 1,
  neutral: 0,
};

export const priorityOf = (info: TermInfo): number => PRIORITY[info.kind];

interface TrieNode {
  next: Map<string, TrieNode>;
  info?: TermInfo;
  /** The phrase may be matched with fillers inside (see FILLERS). */
  loosable?: boolean;
}

export const symptomEntries: LexEntry[] = [...headSymptoms, ...trunkSymptoms, ...limbSkinSymptoms, ...generalSymptoms];
/** Everything matched in free text (lab items only on report lines). */
export const textEntries: LexEntry[] = [...symptomEntries, ...diseases, ...circumstances];
export const allEntries: LexEntry[] = [...textEntries, ...labItems];

export const entryById = new Map(allEntries.map((e) => [e.id, e]));

const partByTerm = new Map(bodyParts.flatMap((p) => p.terms.map((term) => [term, p] as const)));
const sensationByTerm = new Map(sensations.flatMap((s) => s.terms.map((term) => [term, s] as const)));

/**
 * A phrase is matched loosely unless it starts with a negation (不孕 must not match 不是孕妇) or
 * it is a body part plus a sensation naming the same symptom: then the part and the sensation
 * are read separately, so 头和肚子都疼 and 眼睛又红又痒 keep every part and every sensation.
 */
function loosable(phrase: string, id: string): boolean {
  if (/^[不没无未非否]/.test(phrase)) return false;
  for (let k = 1; k < phrase.length; k++) {
    const part = partByTerm.get(phrase.slice(0, k));
    const sensation = sensationByTerm.get(phrase.slice(k));
    if (part && sensation && part.combos[sensation.id] === id) return false;
  }
  return true;
}

function buildTrie(): TrieNode {
  const root: TrieNode = { next: new Map() };
  const add = (term: string, info: TermInfo, loose = false): void => {
    if (term.length === 0) return;
    let node = root;
    for (const ch of term) {
      let child = node.next.get(ch);
      if (!child) {
        child = { next: new Map() };
        node.next.set(ch, child);
      }
      node = child;
    }
    if (!node.info || PRIORITY[info.kind] > PRIORITY[node.info.kind]) {
      node.info = info;
      node.loosable = loose;
    }
  };
  for (const entry of textEntries) for (const p of entry.phrases) add(p, { kind: 'entry', entry }, loosable(p, entry.id));
  for (const part of bodyParts) for (const term of part.terms) add(term, { kind: 'part', part });
  for (const sensation of sensations) {
    for (const term of sensation.terms) add(term, { kind: 'sensation', sensation, severity: sensationSeverity[term] ?? 0 }, !/^[不没无未非否]/.test(term));
  }
  for (const term of negators) add(term, { kind: 'negator' });
  for (const term of pseudoNegations) add(term, { kind: 'pseudo' });
  for (const term of scopeBreakers) add(term, { kind: 'breaker' });
  for (const { term, level } of severityWords) add(term, { kind: 'severity', level });
  for (const term of suddenWords) add(term, { kind: 'sudden' });
  for (const { term, class: duration } of durationWords) add(term, { kind: 'duration', duration });
  for (const cue of personCues) add(cue.term, { kind: 'person', cue });
  for (const term of neutralWords) add(term, { kind: 'neutral' });
  return root;
}

const trie = once(buildTrie);

export interface TermMatch {
  start: number;
  end: number;
  info: TermInfo;
  /** Filler characters were skipped inside the phrase (洗个牙 for 洗牙). */
  loose: boolean;
}

/**
 * Characters a speaker slips into a phrase without changing it: 刷牙老出血 is 刷牙出血, 洗个牙 is
 * 洗牙, 同房以后出血 is 同房后出血. Never negations or punctuation.
 */
const FILLERS = new Set('个了老有点一下也还就都得的很总又再在以是着过些挺蛮好可真特颗次回'.split(''));
/** Phrases of two characters may skip one filler; longer ones two. */
const MAX_SKIPS = 2;
const QUANTITY_DIGITS = new Set('一二两三四五六七八九十几半0123456789'.split(''));
const MEASURES = ['个月', '个', '颗', '次', '回', '年', '月', '天', '周', '片', '粒', '根', '块', '瓶', '盒', '针', '副'];
/**
 * A count said inside a phrase (放了两个支架, 吃了两个月中药, 打了三针胰岛素) is one filler: up to three digits and a
 * measure word. Returns its length, 0 when none starts at `j`.
 */
function quantityAt(text: string, j: number): number {
  let k = j;
  while (k < text.length && k - j < 3 && QUANTITY_DIGITS.has(text[k])) k++;
  if (k === j) return 0;
  for (const m of MEASURES) if (text.startsWith(m, k)) return k - j + m.length;
  return 0;
}

/** Every term that occurs in the text, at every position (overlaps included). */
export function allMatches(text: string): TermMatch[] {
  const out: TermMatch[] = [];
  const walk = (node: TrieNode, start: number, j: number, depth: number, skipped: number): void => {
    if (j >= text.length) return;
    const ch = text[j];
    const child = node.next.get(ch);
    if (child) {
      const limit = depth + 1 >= 3 || child.info?.kind === 'sensation' ? 2 : 1;
      const allowed = skipped === 0 || (child.loosable === true && skipped <= limit);
      if (child.info && allowed) out.push({ start, end: j + 1, info: child.info, loose: skipped > 0 });
      walk(child, start, j + 1, depth + 1, skipped);
    }
    if (depth >= 1 && FILLERS.has(ch) && skipped < MAX_SKIPS && node.next.size > 0) walk(node, start, j + 1, depth, skipped + 1);
    if (depth >= 1 && skipped < MAX_SKIPS && node.next.size > 0 && QUANTITY_DIGITS.has(ch)) {
      const q = quantityAt(text, j);
      if (q > 0) walk(node, start, j + q, depth, skipped + 1);
    }
  };
  for (let i = 0; i < text.length; i++) walk(trie(), i, i, 0, 0);
  return out;
}

/** Filler words allowed between a negator and what it denies, longest first. */
export const fillerPattern = new RegExp([...negationFillers].sort((a, b) => b.length - a.length).join('|'), 'g');
