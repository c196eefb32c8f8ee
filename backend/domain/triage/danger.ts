/**
 * Danger concepts recognised from their parts (data/danger-concepts.ts): the parts of the text are
 * found in one pass over a trie of data/danger-atoms.ts; a part right after a denial (没吞, 不想
 * 自杀) or in a supposition, hearsay or the past (要是…, 听说…, 以前…) does not count; a concept
 * holds when all its parts lie within three clauses (at least WINDOW_CHARS characters) of one sentence (a `wide` concept: anywhere in
 * the sentence; a `wholeText` one: anywhere in the text). Linear in the text.
 *
 * Example: "娃把遥控器里的小圆电池吞下去了" → ingest 吞 + battery 小圆电池 → dangerous_swallow;
 * "孩子要是吞了电池怎么办" → nothing (a supposition).
 */
import { once } from './once';
import { holds, type EvidenceMap } from './conditions';
import { ATOM_KINDS, atoms, dangerNegators, type AtomKind } from './data/danger-atoms';
import { dangerConcepts, type DangerConcept } from './data/danger-concepts';
import { pseudoNegations } from './data/markers';
import { isClauseBreak } from './normalize';
import type { PatientContext } from './types';
import { isSentenceEnd } from './unreal';

type Marker = 'neg' | 'pseudo';

interface Node {
  next: Map<string, Node>;
  kinds: AtomKind[];
  markers: Marker[];
}

interface Atom {
  kind: AtomKind;
  start: number;
  end: number;
  /** Said in a supposition, hearsay or the past. */
  supposed: boolean;
}

export interface DangerHit {
  concept: DangerConcept;
  /** The words that made it, as written. */
  surface: string;
}

/** A danger concept said only in part: the share of its kinds of part that are said of a real event now. */
export interface PartialHit extends DangerHit {
  coverage: number;
}

/** What the text says of danger: the concepts said whole, and the best partial reading of each concept said in part. */
export interface DangerReading {
  hits: DangerHit[];
  partial: PartialHit[];
}

const NEGATION_GAP = 2;
const WINDOW_CLAUSES = 3;
/**
 * A window of three clauses is widened to at least this many characters, so a message typed as short
 * fragments (尿不出来 十二个小时了 小肚子胀 疼) is read as one stretch, as the same words with commas would be.
 */
const WINDOW_CHARS = 24;
/** A run without punctuation longer than this is read as several clauses, so a window stays local. */
const LONGEST_CLAUSE = 40;

function buildTrie(): Node {
  const root: Node = { next: new Map(), kinds: [], markers: [] };
  const nodeFor = (term: string): Node => {
    let node = root;
    for (const ch of term) {
      let child = node.next.get(ch);
      if (!child) {
        child = { next: new Map(), kinds: [], markers: [] };
        node.next.set(ch, child);
      }
      node = child;
    }
    return node;
  };
  for (const kind of ATOM_KINDS) for (const term of atoms[kind]) if (term.length > 0 && !nodeFor(term).kinds.includes(kind)) nodeFor(term).kinds.push(kind);
  const mark = (terms: string[], marker: Marker): void => {
    for (const term of terms) if (term.length > 0) nodeFor(term).markers.push(marker);
  };
  mark(dangerNegators, 'neg');
  mark(pseudoNegations, 'pseudo');
  return root;
}

const trie = once(buildTrie);

interface Scan {
  atoms: Atom[];
  /** Positions where a denial ends. */
  negEnds: Uint8Array;
}

/**
 * Degree and linking words that may stand inside a part without changing it: 反应很慢 is 反应慢,
 * 活着贼没意思 is 活着没意思, 叫都叫不醒, 活着没啥意思 … One such character (or one two-character
 * degree word of FILLER_WORDS) is skipped inside a part, never at its start.
 */
const FILLERS = new Set('很好太贼老挺超巨真都也就还又可特蛮啥再'.split(''));
/** Two-character degree words that may stand inside a part the same way (嘴唇有点紫 is 嘴唇紫). */
const FILLER_WORDS = new Set(['有点', '有些', '一点', '特别', '非常', '什么', '任何']);
/** Degree words that lessen: a sign said through one of them (嘴唇有点干) is mild. */
const LESSENING = new Set(['有点', '有些', '一点']);
/** Kinds whose signs are graded, so a mild one does not count (嘴唇有点干 is no sign of a dry child; 嘴唇有点紫 still is blue lips). */
const GRADED: ReadonlySet<AtomKind> = new Set<AtomKind>(['dry']);

/** The length of the filler at `j` (0 when none): a degree word of two characters, else one character. */
function fillerAt(text: string, j: number): number {
  if (FILLER_WORDS.has(text.slice(j, j + 2))) return 2;
  return FILLERS.has(text[j]) ? 1 : 0;
}

const CN_DIGIT = '0123456789一二三四五六七八九十几';
/**
 * Parts told by numbers rather than words: many pills (40片, 二十几粒: ten or more), a cup or bowl of
 * something (一茶杯, 半碗: an amount of blood when next to one), a temperature (38.5, 39度: fever;
 * 36.8: none), a floor (六楼: a height). Each expression is bounded and starts only where a run of
 * digits starts, so the pass stays linear on 20,000 digits.
 */
const NUMBER_PARTS: Array<{ re: RegExp; kind: (m: RegExpExecArray) => AtomKind | null }> = [
  { re: /(?<!\d)(\d{1,4}|[二三四五六七八九十几]十[几多]?|十[几多来])[片粒颗]/g, kind: (m) => (/^\d+$/.test(m[1]) && Number(m[1]) < 10 ? null : 'bulk') },
  { re: /[一半满两][小大]?[茶口纸水饭]?[杯碗盆盅]/g, kind: () => 'volume_strong' },
  {
    re: /(?<![0-9.])(3[5-9]|4[0-3])(\.\d)?(?![0-9])/g,
    kind: (m) => {
      const value = Number(m[0]);
      if (value >= 38) return 'fever';
      return value < 37.3 ? 'low_fever' : null;
    },
  },
  { re: new RegExp(`(?<![${CN_DIGIT}])[${CN_DIGIT}]{1,4}(层楼|楼|层)`, 'g'), kind: () => 'height' },
];

function numberParts(text: string): Atom[] {
  const found: Atom[] = [];
  for (const { re, kind } of NUMBER_PARTS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const k = kind(m);
      if (k) found.push({ kind: k, start: m.index, end: m.index + m[0].length, supposed: false });
    }
  }
  return found;
}

/**
 * Every part and marker at every position. A denial counts unless it starts or sits inside a word that
 * only looks like one (不停, 不少, 差不多: data/markers.ts) or sits inside a part (止不住, 喘不上气); one filler
 * character (FILLERS) may stand inside a part. A denial that heads a part (没气了, 不褪色) is that
 * part and denies nothing after it, unless a longer part follows it: then it denies that one and
 * the short part it heads is void (没有呼吸困难 is no 没有呼吸).
 */
function scan(text: string): Scan {
  const found: Atom[] = [];
  const negs: Array<{ start: number; end: number }> = [];
  const inside = new Uint8Array(text.length + 1);
  for (let i = 0; i < text.length; i++) {
    let pseudo = false;
    const negsHere: Array<{ start: number; end: number }> = [];
    /** Follows the trie from `from`; once per part, a filler may be skipped as well as read (没有任何出路 is 没有出路). */
    const walk = (start: Node, from: number, skipped: boolean, mild: boolean): void => {
      let node: Node | undefined = start;
      for (let j = from; j < text.length && node; j++) {
        const filler = !skipped && j > i ? fillerAt(text, j) : 0;
        if (filler > 0) walk(node, j + filler, true, LESSENING.has(text.slice(j, j + filler)));
        node = node.next.get(text[j]);
        if (!node) break;
        for (const kind of node.kinds) {
          if (mild && GRADED.has(kind)) continue;
          found.push({ kind, start: i, end: j + 1, supposed: false });
          inside.fill(1, i + 1, j + 1);
        }
        if (skipped) continue;
        for (const marker of node.markers) {
          if (marker === 'neg') negsHere.push({ start: i, end: j + 1 });
          else {
            pseudo = true;
            inside.fill(1, i + 1, j + 1);
          }
        }
      }
    };
    walk(trie(), i, false, false);
    if (!pseudo) negs.push(...negsHere);
  }
  found.push(...numberParts(text));
  const endFrom = new Int32Array(text.length + 1);
  /** Only parts of two characters or more head or follow a denial: a one-character part (手, 喘) after 没尿 voids nothing. */
  for (const a of found) if (a.end - a.start >= 2 && a.end > endFrom[a.start]) endFrom[a.start] = a.end;
  const negEnds = new Uint8Array(text.length + 1);
  const voidFrom = new Uint8Array(text.length + 1);
  /** Where a part headed by a denial ends, over the positions after the denial: what lies wholly inside it is not said (不出汗 says no 出汗). */
  const heldUntil = new Int32Array(text.length + 1);
  for (const n of negs) {
    if (inside[n.start] === 1) continue;
    const head = endFrom[n.start];
    if (head > n.end) {
      let after = 0;
      for (let p = n.end; p <= Math.min(text.length - 1, n.end + NEGATION_GAP) && !isClauseBreak(text[p]); p++) after = Math.max(after, endFrom[p]);
      if (after <= head) {
        for (let p = n.end; p < head; p++) if (heldUntil[p] < head) heldUntil[p] = head;
        continue;
      }
      voidFrom[n.start] = 1;
    }
    negEnds[n.end] = 1;
  }
  return { atoms: found.filter((a) => voidFrom[a.start] === 0 && heldUntil[a.start] < a.end), negEnds };
}

const DIGIT = /[0-9]/;

/** A point between digits (39.8度) is part of a number, not the end of a clause. */
const decimalPoint = (text: string, i: number): boolean => text[i] === '.' && DIGIT.test(text[i - 1] ?? '') && DIGIT.test(text[i + 1] ?? '');

/** Clause and sentence numbers of every position, and where each clause starts. */
function segments(text: string): { clause: Int32Array; sentence: Int32Array; clauseStart: number[] } {
  const clause = new Int32Array(text.length + 1);
  const sentence = new Int32Array(text.length + 1);
  const clauseStart = [0];
  let c = 0;
  let s = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    clause[i] = c;
    sentence[i] = s;
    run++;
    const sentenceEnd = isSentenceEnd(text[i]);
    if (sentenceEnd || (isClauseBreak(text[i]) && !decimalPoint(text, i)) || run >= LONGEST_CLAUSE) {
      c++;
      run = 0;
      clauseStart.push(i + 1);
    }
    if (sentenceEnd) s++;
  }
  clause[text.length] = c;
  sentence[text.length] = s;
  return { clause, sentence, clauseStart };
}

/**
 * The parts that are said: not denied, not a figure of speech (疼得想死, 累得不想活了), not a
 * topic (自杀的征兆, 告别的信号), not a word that only contains one (血压 is no bleeding); those in a supposition, hearsay or the past
 * (`unreal`, from unreal.ts) are marked.
 */
function saidAtoms(text: string, found: Scan, seg: { clause: Int32Array; sentence: Int32Array }, unreal: Uint8Array): Atom[] {
  const notBleeding = new Uint8Array(text.length + 1);
  for (const a of found.atoms) if (a.kind === 'not_bleed') notBleeding.fill(1, a.start, a.end);
  const denied = (a: Atom): boolean => {
    for (let p = a.start; p >= Math.max(0, a.start - NEGATION_GAP); p--) {
      if (found.negEnds[p] === 1 && seg.clause[Math.max(0, p - 1)] === seg.clause[a.start]) return true;
    }
    return false;
  };
  const figurative = (a: Atom): boolean => (a.kind === 'self_harm' || a.kind === 'self_hurt') && /[得要]/.test(text[a.start - 1] ?? '');
  const topicFrom = new Uint8Array(text.length + 1);
  for (const a of found.atoms) if (a.kind === 'topic') topicFrom[a.start] = 1;
  /** A word of self-harm named as a topic (自杀的征兆, 自杀干预, 自杀热线) is no intent. */
  const topic = (a: Atom): boolean => SELF_HARM_IDEAS.has(a.kind) && topicFrom[a.end] === 1;
  const partOfBloodWord = (a: Atom): boolean => a.kind === 'bleed' && notBleeding[a.start] === 1 && notBleeding[a.end - 1] === 1;
  const said = found.atoms.filter((a) => !denied(a) && !figurative(a) && !topic(a) && !partOfBloodWord(a));
  /** An idea of self-harm said as an experience (绝望过, 想过睡过去再也不醒): the past, as 以前 makes it. */
  const experienced = (a: Atom): boolean => {
    if (!SELF_HARM_IDEAS.has(a.kind)) return false;
    if (text[a.end] === '过' && !/[去来]/.test(text[a.end + 1] ?? '')) return true;
    const from = Math.max(0, a.start - EXPERIENCE_REACH);
    const before = text.slice(from, a.start);
    const cut = Math.max(...[...before].map((ch, i) => (isClauseBreak(ch) || isSentenceEnd(ch) ? i : -1)));
    return before.slice(cut + 1).includes('想过');
  };
  for (const a of said) a.supposed = unreal[a.start] === 1 || experienced(a);
  return said;
}

/** Kinds that are ideas of self-harm or of distress: named as a topic (告别的信号) or as an experience (绝望过) they are no intent now. */
/** How far back in its clause 想过 makes an idea of self-harm an experience. */
const EXPERIENCE_REACH = 12;
const SELF_HARM_IDEAS: ReadonlySet<AtomKind> = new Set<AtomKind>([
  'self_harm',
  'self_hurt',
  'despair',
  'farewell',
  'suffer',
  'end_it',
  'never_wake',
  'without_me',
  'pass_away',
]);

const gap = (a: Atom, b: Atom): number => Math.max(0, b.start - a.end, a.start - b.end);

/** Whether some part of `left` lies within `most` characters of some part of `right` (sorted by start). */
function near(left: Atom[], right: Atom[], most: number): boolean {
  for (const a of left) {
    let lo = 0;
    let hi = right.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (right[mid].start < a.start - most - 20) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < right.length && right[k].start <= a.end + most; k++) if (gap(a, right[k]) <= most) return true;
  }
  return false;
}

/** The parts of one window by kind: all of them, and those said of a real event now. */
interface Window {
  all: Map<AtomKind, Atom[]>;
  real: Map<AtomKind, Atom[]>;
  /** The kinds said of a real event anywhere in the sentence. */
  sentence: Set<AtomKind>;
}

/**
 * Each group can be met by a part of its own, not overlapping another of the same kind (two
 * farewells need two words, not one word twice; 一天没尿 is one sign of a dry child, not two); one
 * word may be parts of different kinds (吐血 is blood and where it came from).
 */
function distinctParts(groups: Atom[][]): boolean {
  const used: Atom[] = [];
  for (const group of [...groups].sort((a, b) => a.length - b.length)) {
    const free = group.find((a) => used.every((u) => u !== a && (u.kind !== a.kind || a.end <= u.start || u.end <= a.start)));
    if (!free) return false;
    used.push(free);
  }
  return true;
}

function matches(concept: DangerConcept, window: Window, ev: EvidenceMap, ctx: PatientContext): Atom[] | null {
  const byKind = concept.evenIfSupposed === true ? window.all : window.real;
  if (!concept.parts.every((kinds) => kinds.some((k) => byKind.has(k)))) return null;
  if (concept.unless && concept.unless.some((k) => byKind.has(k))) return null;
  if (concept.unlessSaid && concept.unlessSaid.some((k) => window.sentence.has(k))) return null;
  if (concept.who && !holds({ ctx: concept.who }, ev, ctx)) return null;
  const groups = concept.parts.map((kinds) =>
    kinds.length === 1 ? (byKind.get(kinds[0]) ?? []) : kinds.flatMap((k) => byKind.get(k) ?? []).sort((a, b) => a.start - b.start),
  );
  if (!distinctParts(groups)) return null;
  for (const [i, j, most] of concept.near ?? []) if (!near(groups[i], groups[j], most)) return null;
  return groups.map((g) => g[0]);
}

/** How many concepts (not amber) use each kind of part: a kind few concepts use is specific to a danger (睾丸, 烫), one many use is everyday (疼, 突然). */
const conceptsUsing = once(() => {
  const uses = new Map<AtomKind, number>();
  for (const c of dangerConcepts) if (c.amber !== true) for (const k of new Set(c.parts.flat())) uses.set(k, (uses.get(k) ?? 0) + 1);
  return uses;
});
/** Words of onset and severity: a complaint said without the ones its concept asks for is long-standing or mild, not half a danger. */
const URGENCY: ReadonlySet<AtomKind> = new Set<AtomKind>(['acute', 'worst', 'severe', 'instant', 'worse']);
/** Where the danger is: a reading without the body part its concept names is about another place, not half that danger (一侧腰部剧痛 is no groin). */
const BODY: ReadonlySet<AtomKind> = new Set<AtomKind>([
  'head',
  'belly',
  'chest',
  'testis',
  'lower',
  'neck',
  'eye',
  'ear',
  'nose',
  'nostril',
  'wrist',
  'leg',
  'body_area',
]);
/** A kind of part only one concept uses is specific to that danger. */
const SPECIFIC_USES = 1;

/**
 * How much of a concept a window says, when it does not say all of it: the share of its groups of
 * parts that are present, said of a real event now (a concept that holds even when supposed counts
 * its supposed parts too). Every group present but too far apart counts as half a group short. A
 * concept for another patient (`who`), or with a part that rules it out (`unless`, `unlessSaid`), is 0.
 */
function coverage(concept: DangerConcept, window: Window, ev: EvidenceMap, ctx: PatientContext): { share: number; used: Atom[] } {
  const byKind = concept.evenIfSupposed === true ? window.all : window.real;
  const none = { share: 0, used: [] };
  if (concept.unless?.some((k) => byKind.has(k)) || concept.unlessSaid?.some((k) => window.sentence.has(k))) return none;
  if (concept.who && !holds({ ctx: concept.who }, ev, ctx)) return none;
  const used: Atom[] = [];
  let specific = false;
  for (const kinds of concept.parts) {
    let first: Atom | undefined;
    for (const k of kinds) for (const a of byKind.get(k) ?? []) if (!used.includes(a) && (!first || a.start < first.start)) first = a;
    const isSpecific = kinds.every((k) => (conceptsUsing().get(k) ?? 0) <= SPECIFIC_USES);
    if (!first) {
      if (isSpecific || kinds.some((k) => URGENCY.has(k) || BODY.has(k))) return none;
      continue;
    }
    used.push(first);
    if (isSpecific) specific = true;
  }
  const n = concept.parts.length;
  if (!specific || used.length < 2) return none;
  return { share: used.length === n ? (n - 0.5) / n : used.length / n, used };
}

function put(map: Map<AtomKind, Atom[]>, a: Atom): void {
  const list = map.get(a.kind);
  if (list) list.push(a);
  else map.set(a.kind, [a]);
}

/** Every danger concept said in the text, once each, in the order of data/danger-concepts.ts. */
export function findDangers(text: string, unreal: Uint8Array, ev: EvidenceMap, ctx: PatientContext): DangerHit[] {
  return readDangers(text, unreal, ev, ctx).hits;
}

/**
 * The danger concepts said whole (as findDangers), and, for every other concept of two or more groups of
 * parts that is not `amber`, the best share of it any window says (`coverage`), when that share is above 0.
 */
export function readDangers(text: string, unreal: Uint8Array, ev: EvidenceMap, ctx: PatientContext): DangerReading {
  if (text.length === 0) return { hits: [], partial: [] };
  const seg = segments(text);
  const real = saidAtoms(text, scan(text), seg, unreal);
  const byClause = new Map<number, Atom[]>();
  for (const a of real) {
    const list = byClause.get(seg.clause[a.start]) ?? [];
    list.push(a);
    byClause.set(seg.clause[a.start], list);
  }
  const kindsBySentence = new Map<number, Set<AtomKind>>();
  for (const a of real) {
    if (a.supposed) continue;
    const s = seg.sentence[a.start];
    const kinds = kindsBySentence.get(s) ?? new Set<AtomKind>();
    kinds.add(a.kind);
    kindsBySentence.set(s, kinds);
  }
  const hits = new Map<string, DangerHit>();
  const partial = new Map<string, PartialHit>();
  const surfaceOf = (used: Atom[]): string => {
    const from = Math.min(...used.map((a) => a.start));
    const to = Math.max(...used.map((a) => a.end));
    return text.slice(from, Math.min(to, from + 40));
  };
  const record = (concept: DangerConcept, window: Window): void => {
    if (hits.has(concept.id)) return;
    const used = matches(concept, window, ev, ctx);
    if (used) {
      hits.set(concept.id, { concept, surface: surfaceOf(used) });
      return;
    }
    if (concept.amber === true || concept.parts.length < 2) return;
    const part = coverage(concept, window, ev, ctx);
    if (part.share > 0 && part.share > (partial.get(concept.id)?.coverage ?? 0))
      partial.set(concept.id, { concept, surface: surfaceOf(part.used), coverage: part.share });
  };
  const wide = dangerConcepts.filter((c) => c.wide === true);
  const whole = dangerConcepts.filter((c) => c.wholeText === true);
  const narrow = dangerConcepts.filter((c) => c.wide !== true && c.wholeText !== true);
  const bySentence = new Map<number, Window>();
  for (const a of real) {
    const s = seg.sentence[a.start];
    let window = bySentence.get(s);
    if (!window) {
      window = { all: new Map(), real: new Map(), sentence: kindsBySentence.get(s) ?? new Set() };
      bySentence.set(s, window);
    }
    put(window.all, a);
    if (!a.supposed) put(window.real, a);
  }
  for (const window of bySentence.values()) for (const concept of wide) record(concept, window);
  const textWindow: Window = { all: new Map(), real: new Map(), sentence: new Set() };
  for (const a of real) {
    put(textWindow.all, a);
    if (!a.supposed) {
      put(textWindow.real, a);
      textWindow.sentence.add(a.kind);
    }
  }
  for (const concept of whole) record(concept, textWindow);
  for (const first of byClause.keys()) {
    const sentence = seg.sentence[(byClause.get(first) ?? [])[0]?.start ?? 0];
    const window: Window = { all: new Map(), real: new Map(), sentence: kindsBySentence.get(sentence) ?? new Set() };
    const from = seg.clauseStart[first] ?? 0;
    for (let c = first; c < first + WINDOW_CLAUSES || (c < seg.clauseStart.length && seg.clauseStart[c] - from < WINDOW_CHARS); c++) {
      for (const a of byClause.get(c) ?? []) {
        if (seg.sentence[a.start] !== sentence) continue;
        put(window.all, a);
        if (!a.supposed) put(window.real, a);
      }
    }
    for (const concept of narrow) record(concept, window);
  }
  return {
    hits: dangerConcepts.flatMap((c) => {
      const hit = hits.get(c.id);
      return hit ? [hit] : [];
    }),
    partial: [...partial.values()].filter((p) => !hits.has(p.concept.id)),
  };
}

const topicWords = new RegExp(atoms.topic.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));

/**
 * Where a word of self-harm is named as a topic (自杀的征兆, 自杀干预, 轻生的新闻): 1 over that word.
 * The caller adds these to what is not said of a real event, so the red flags of the lexicon hear it
 * the same way as the danger concepts. Texts without a topic word are not scanned again.
 */
export function selfHarmTopics(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  if (!topicWords.test(text)) return mask;
  const found = scan(text).atoms;
  const topicFrom = new Uint8Array(text.length + 1);
  for (const a of found) if (a.kind === 'topic') topicFrom[a.start] = 1;
  for (const a of found) if ((a.kind === 'self_harm' || a.kind === 'self_hurt') && topicFrom[a.end] === 1) mask.fill(1, a.start, a.end);
  return mask;
}
