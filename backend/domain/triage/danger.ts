/**
 * Danger concepts recognised from their parts (data/danger-concepts.ts): the parts of the text are
 * read by danger-parts.ts; a part right after a denial (没吞, 不想 自杀) is not said, and one in a
 * supposition, hearsay or the past (要是…, 听说…, 以前…) does not make a concept real; a concept
 * holds when all its parts lie within three clauses (at least WINDOW_CHARS characters) of one sentence (a `wide` concept: anywhere in
 * the sentence; a `wholeText` one: anywhere in the text). Linear in the text.
 *
 * Example: "娃把遥控器里的小圆电池吞下去了" → ingest 吞 + battery 小圆电池 → dangerous_swallow;
 * "孩子要是吞了电池怎么办" → nothing (a supposition).
 */
import { holds, type EvidenceMap } from './conditions';
import { once } from './once';
import { saidAtoms, scan, segments, type Atom } from './danger-parts';
import type { AtomKind } from './data/danger-atoms';
import { dangerConcepts, type DangerConcept } from './data/danger-concepts';
import type { PatientContext } from './types';

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

const WINDOW_CLAUSES = 3;
/**
 * A window of three clauses is widened to at least this many characters, so a message typed as short
 * fragments (尿不出来 十二个小时了 小肚子胀 疼) is read as one stretch, as the same words with commas would be.
 */
const WINDOW_CHARS = 24;

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

/**
 * The danger concepts said whole, in the order of data/danger-concepts.ts, and, for every other concept of two or more groups of
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
