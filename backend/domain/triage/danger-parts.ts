/**
 * The parts of a text that danger concepts are made of (data/danger-atoms.ts), found in one pass over
 * a trie: each part with where it stands, whether it is denied (没吞, 不想自杀: a denied part is not
 * said), and whether it is said in a supposition, hearsay or the past (要是…, 听说…, 以前…); the
 * clauses and sentences of the text. danger.ts builds the concepts from them. Linear in the text.
 */
import { once } from './once';
import { ATOM_KINDS, atoms, dangerNegators, type AtomKind } from './data/danger-atoms';
import { pseudoNegations } from './data/markers';
import { isClauseBreak } from './normalize';
import { isSentenceEnd } from './unreal';

type Marker = 'neg' | 'pseudo';

interface Node {
  next: Map<string, Node>;
  kinds: AtomKind[];
  markers: Marker[];
}

export interface Atom {
  kind: AtomKind;
  start: number;
  end: number;
  /** Said in a supposition, hearsay or the past. */
  supposed: boolean;
}

const NEGATION_GAP = 2;
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
export function scan(text: string): Scan {
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
export function segments(text: string): { clause: Int32Array; sentence: Int32Array; clauseStart: number[] } {
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
export function saidAtoms(text: string, found: Scan, seg: { clause: Int32Array; sentence: Int32Array }, unreal: Uint8Array): Atom[] {
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

/**
 * 1 where the text says nothing real now: what `unreal` marks, and every part the rules do not take as
 * said — denied (没有胸痛), a figure of speech (疼得想死), a topic (自杀干预), an experience (想过睡过去再也不醒)
 * or a supposition. The learned reader (learned/grams.ts) reads only the rest, as the rules do.
 */
export function unsaidParts(text: string, unreal: Uint8Array): Uint8Array {
  const mask = Uint8Array.from(unreal);
  const found = scan(text);
  const said = new Set(saidAtoms(text, found, segments(text), unreal).filter((a) => !a.supposed));
  for (const a of found.atoms) if (!said.has(a)) mask.fill(1, a.start, a.end);
  return mask;
}

/** How far back in its clause 想过 makes an idea of self-harm an experience. */
const EXPERIENCE_REACH = 12;
/** Kinds that are ideas of self-harm or of distress: named as a topic (告别的信号) or as an experience (绝望过) they are no intent now. */
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
