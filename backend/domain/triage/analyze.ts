/**
 * Reads normalized text into mentions: which symptoms, diseases and circumstances were said,
 * which were denied, how bad and how sudden each is, how long the complaint has lasted, and who
 * is ill. Matching takes the longest terms first, across the whole text, so 没有胃口 is a symptom
 * and 没有发烧 is a denial.
 *
 * Examples:
 *   "不发烧，就是嗓子疼"     → 发热 (denied), 嗓子疼
 *   "不但头疼而且发烧"       → 头痛, 发热 (不但 is not a negation)
 *   "肚子一阵一阵地疼得厉害" → 腹痛 (severity 1): the part 肚子 and the sensation 疼 pair up
 */
import { severityWords, suddenWords, type PersonCue } from './data/markers';
import { phrasePatterns } from './data/patterns';
import { allMatches, entryById, fillerPattern, priorityOf, type TermInfo } from './lexicon';
import { CLAUSE_BREAK } from './normalize';
import { findNumbers, type NumberSpan } from './numbers';
import { worse, type DurationClass, type Sex } from './types';

export type MentionSource = 'text' | 'pick' | 'answer' | 'number' | 'lab';

export interface Mention {
  id: string;
  start: number;
  end: number;
  /** The words as the patient wrote them, or the label of a pick. */
  surface: string;
  negated: boolean;
  severity: 0 | 1 | 2;
  sudden: boolean;
  source: MentionSource;
}

export interface TextAnalysis {
  mentions: Mention[];
  durations: DurationClass[];
  /** Durations said in numbers, in days. */
  durationDays: number[];
  sudden: boolean;
  age: number | null;
  sex: Sex | null;
  /** true: said to be pregnant; false: said not to be; null: not said. */
  pregnant: boolean | null;
  temperature: number | null;
  systolic: number | null;
  heartRate: number | null;
  glucose: number | null;
}

type Token =
  | { start: number; end: number; type: 'term'; info: TermInfo; loose?: boolean; severity?: 1 | 2 }
  | { start: number; end: number; type: 'number'; num: NumberSpan };

const NUMBER_PRIORITY = 11;
const PAIR_REACH = 6;
/** A sensation in a clause without a body part belongs to the last part named (膝盖疼，肿得厉害). */
const CARRY_REACH = 14;
const NEGATION_REACH = 2;
/** A list of parts sharing one sensation (头、脖子和肩膀都疼) keeps at most this many. */
const MAX_LISTED_PARTS = 8;
/** A phrase that itself says how sudden or how bad it is (突然看不见, 头痛欲裂). */
const SUDDEN_INSIDE = new RegExp(suddenWords.join('|'));
const severityWithin = (surface: string): 0 | 1 | 2 => {
  let level: 0 | 1 | 2 = 0;
  for (const { term, level: l } of severityWords) if (l > level && surface.includes(term)) level = l;
  return level;
};

/** A modifier in a clause without a symptom (胃疼好几年了，今天疼得厉害) reaches back this far. */
const ANAPHORA_REACH = 12;
/** A person named after these words is what the complaint is about, not who is ill (遗传给孩子, 对胎儿). */
const OBJECT_OF = /(给|对|影响|要|生|怀上)$/;
const POST_NEGATORS = new Set(['没有', '没', '无', '也没有', '都没有', '不明显']);

function patternMatches(text: string): Token[] {
  const out: Token[] = [];
  for (const { re, id, severity } of phrasePatterns) {
    const entry = entryById.get(id);
    if (!entry) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text))
      out.push({ start: m.index, end: m.index + m[0].length, type: 'term', info: { kind: 'entry', entry }, severity });
  }
  return out;
}

const NUMERAL = /[0-9零〇一二两三四五六七八九十百半几]/;
/**
 * Where a reading's number starts: the words before it (血压偏低，老是90/60, 发烧39度) stay free for the
 * lexicon, so a reading never hides what was said with it. The span keeps its label for the reading itself.
 */
function readingStart(text: string, num: NumberSpan): number {
  for (let i = num.start; i < num.end; i++) if (NUMERAL.test(text[i])) return i;
  return num.start;
}

/** Picks non-overlapping tokens, longest first; ties go to the stronger kind, then to the left. */
function tokenize(text: string): Token[] {
  const candidates: Token[] = [
    ...allMatches(text).map((m): Token => ({ start: m.start, end: m.end, type: 'term', info: m.info, loose: m.loose })),
    ...findNumbers(text).map((num): Token => ({ start: readingStart(text, num), end: num.end, type: 'number', num })),
    ...patternMatches(text),
  ];
  const rank = (t: Token): number => (t.type === 'number' ? NUMBER_PRIORITY : priorityOf(t.info) - (t.loose ? 0.5 : 0));
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || rank(b) - rank(a) || a.start - b.start);
  const taken = new Uint8Array(text.length);
  const chosen: Token[] = [];
  for (const c of candidates) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) if (taken[i]) free = false;
    if (!free) continue;
    for (let i = c.start; i < c.end; i++) taken[i] = 1;
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/** Whether a clause ends between two positions: answered from counts made once per text. */
type BreakTest = (from: number, to: number) => boolean;

function clauseBreaks(text: string): BreakTest {
  const before = new Int32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) before[i + 1] = before[i] + (CLAUSE_BREAK.test(text[i]) ? 1 : 0);
  return (from, to) => from < to && before[Math.min(to, text.length)] - before[Math.max(0, from)] > 0;
}

/** What is left between two positions once filler words are removed. */
const residue = (text: string, from: number, to: number): string => text.slice(from, to).replace(fillerPattern, '').replace(/\s/g, '');

interface PersonItem {
  start: number;
  end: number;
  cue: PersonCue;
  negated: boolean;
}

/** The first index in [0, count) where `reached` holds, `reached` being false then true along a sorted list; count if none. */
function firstIndex(count: number, reached: (i: number) => boolean): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reached(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The index of the last token ending at or before `pos` (tokens sorted by position), or -1. */
const lastEndingBy = (tokens: Token[], pos: number): number => firstIndex(tokens.length, (i) => tokens[i].end > pos) - 1;

function pairParts(text: string, hasBreak: BreakTest, tokens: Token[], mentions: Mention[]): void {
  const negators = tokens.filter((t) => t.type === 'term' && t.info.kind === 'negator');
  /** A negator between the part and the sensation, in the same clause (头不疼): the nearest one decides. */
  const deniedBetween = (from: number, to: number): boolean => {
    const n = negators[lastEndingBy(negators, to)];
    return n !== undefined && n.start >= from && !hasBreak(n.end, to);
  };
  let pending: Array<Extract<Token, { type: 'term' }>> = [];
  let anchor: number | null = null;
  let previousPart: Extract<Token, { type: 'term' }> | null = null;
  for (const token of tokens) {
    if (token.type !== 'term') continue;
    const { info } = token;
    if (info.kind === 'part') {
      anchor = null;
      previousPart = token;
      const last = pending[pending.length - 1];
      const joined = last && !hasBreak(last.end, token.start) && /^(和|跟|与|及|还有|、|或|或者|以及)?[都也]?$/.test(text.slice(last.end, token.start));
      if (!joined) pending = [];
      pending.push(token);
      if (pending.length > MAX_LISTED_PARTS) pending.shift();
      continue;
    }
    if (info.kind !== 'sensation') continue;
    const last = pending[pending.length - 1];
    const fromPart = last && token.start - last.end <= PAIR_REACH && !hasBreak(last.end, token.start);
    const fromSensation = anchor !== null && token.start - anchor <= 3 && !hasBreak(anchor, token.start);
    const lastPart = last ?? previousPart;
    const carried = !fromPart && !fromSensation && lastPart !== null && lastPart === previousPart && token.start - lastPart.end <= CARRY_REACH;
    if (carried && lastPart) pending = [lastPart];
    const reachable = (last && (fromPart || fromSensation)) || carried;
    if (!reachable) {
      pending = [];
      anchor = null;
      if (info.sensation.alone) {
        mentions.push({
          id: info.sensation.alone,
          start: token.start,
          end: token.end,
          surface: text.slice(token.start, token.end),
          negated: false,
          severity: info.severity,
          sudden: false,
          source: 'text',
        });
      }
      continue;
    }
    let paired = false;
    for (const part of pending) {
      const id = part.info.kind === 'part' ? part.info.part.combos[info.sensation.id] : undefined;
      if (!id) continue;
      paired = true;
      const inner = deniedBetween(part.end, token.start);
      const surface = part === last ? text.slice(part.start, token.end) : `${text.slice(part.start, part.end)}${text.slice(token.start, token.end)}`;
      const start = carried ? token.start : part.start;
      mentions.push({ id, start, end: token.end, surface, negated: inner, severity: info.severity, sudden: false, source: 'text' });
    }
    if (!paired && info.sensation.alone) {
      mentions.push({
        id: info.sensation.alone,
        start: token.start,
        end: token.end,
        surface: text.slice(token.start, token.end),
        negated: false,
        severity: info.severity,
        sudden: false,
        source: 'text',
      });
    }
    anchor = token.end;
  }
}

/** Denials reach forward through fillers and lists (没有发烧、咳嗽和头痛) until a clause ends. */
function applyNegation(text: string, hasBreak: BreakTest, tokens: Token[], items: Array<{ start: number; end: number; negated: boolean }>): void {
  type Event =
    | { pos: number; kind: 'neg'; end: number }
    | { pos: number; kind: 'break' }
    | { pos: number; kind: 'item'; item: { start: number; end: number; negated: boolean } };
  const covered = new Uint8Array(text.length);
  for (const it of items) covered.fill(1, Math.max(0, it.start), Math.max(0, it.end));
  const inside = (pos: number): boolean => covered[pos] === 1;
  const events: Event[] = [];
  for (const t of tokens) {
    if (t.type !== 'term') continue;
    if (t.info.kind === 'negator' && !inside(t.start)) events.push({ pos: t.start, kind: 'neg', end: t.end });
    if (t.info.kind === 'breaker') events.push({ pos: t.start, kind: 'break' });
  }
  for (const item of items) events.push({ pos: item.start, kind: 'item', item });
  events.sort((a, b) => a.pos - b.pos);
  let scope: number | null = null;
  for (const ev of events) {
    if (ev.kind === 'neg') scope = ev.end;
    else if (ev.kind === 'break') scope = null;
    else if (scope !== null) {
      if (ev.item.start < scope || hasBreak(scope, ev.item.start) || residue(text, scope, ev.item.start).length > NEGATION_REACH) {
        scope = null;
        continue;
      }
      ev.item.negated = true;
      scope = ev.item.end;
    }
  }
  /** The first token starting at or after `pos` (tokens are sorted and do not overlap). */
  const firstAfter = (pos: number): Token | undefined => tokens[firstIndex(tokens.length, (i) => tokens[i].start >= pos)];
  for (const item of items) {
    if (item.negated) continue;
    const next = firstAfter(item.end);
    if (!next || next.type !== 'term' || next.info.kind !== 'negator') continue;
    if (!POST_NEGATORS.has(text.slice(next.start, next.end))) continue;
    if (text.slice(item.end, next.start).replace(/[倒是就也还都]/g, '').length > 0) continue;
    const after = text[next.end];
    if (after === undefined || after === '了' || CLAUSE_BREAK.test(after)) item.negated = true;
  }
}

/** Attaches 剧烈/厉害 and 突然 to the nearest mention of the same clause. */
function applyModifiers(text: string, hasBreak: BreakTest, tokens: Token[], mentions: Mention[]): boolean {
  let suddenAny = false;
  const longest = mentions.reduce((n, m) => Math.max(n, m.end - m.start), 0);
  /** The first mention that could start at or after `pos` (mentions are sorted by start). */
  const firstFrom = (pos: number): number => firstIndex(mentions.length, (i) => mentions[i].start >= pos);
  /** Only mentions near the modifier can be chosen, so only those are visited, in text order. */
  const nearest = (start: number, end: number, before: number, after: number): Mention | null => {
    let best: Mention | null = null;
    let bestGap = Infinity;
    let previous: Mention | null = null;
    const last = end + after;
    for (let i = firstFrom(start - Math.max(before, ANAPHORA_REACH) - longest); i < mentions.length && mentions[i].start <= last; i++) {
      const m = mentions[i];
      if (!m.negated && m.end <= start && start - m.end <= ANAPHORA_REACH && (!previous || m.end > previous.end)) previous = m;
      if (m.negated) continue;
      if (m.start <= start && m.end >= end) return m;
      if (m.end <= start && start - m.end <= before && !hasBreak(m.end, start) && start - m.end < bestGap) {
        best = m;
        bestGap = start - m.end;
      }
      if (m.start >= end && m.start - end <= after && !hasBreak(end, m.start) && m.start - end < bestGap) {
        best = m;
        bestGap = m.start - end;
      }
    }
    return best ?? previous;
  };
  tokens.forEach((t, i) => {
    if (t.type !== 'term') return;
    if (t.info.kind === 'severity') {
      const prev = tokens[i - 1];
      const denied = prev?.type === 'term' && prev.info.kind === 'negator' && residue(text, prev.end, t.start).length === 0;
      if (denied) return;
      const m = nearest(t.start, t.end, 6, 4);
      if (m && t.info.level > m.severity) m.severity = t.info.level;
    } else if (t.info.kind === 'sudden' || (t.info.kind === 'duration' && t.info.duration === 'sudden')) {
      suddenAny = true;
      const m = nearest(t.start, t.end, 6, 10);
      if (m) m.sudden = true;
    }
  });
  return suddenAny;
}

export function analyzeText(text: string): TextAnalysis {
  const tokens = tokenize(text);
  const mentions: Mention[] = [];
  const persons: PersonItem[] = [];
  const durations: DurationClass[] = [];
  const numbers: NumberSpan[] = [];
  for (const t of tokens) {
    if (t.type === 'number') {
      numbers.push(t.num);
      if (t.num.duration) durations.push(t.num.duration);
      continue;
    }
    const { info } = t;
    if (info.kind === 'entry') {
      const surface = text.slice(t.start, t.end);
      mentions.push({
        id: info.entry.id,
        start: t.start,
        end: t.end,
        surface,
        negated: false,
        severity: worse(t.severity ?? 0, severityWithin(surface)),
        sudden: SUDDEN_INSIDE.test(surface),
        source: 'text',
      });
    } else if (info.kind === 'person') {
      if (!OBJECT_OF.test(text.slice(Math.max(0, t.start - 3), t.start))) persons.push({ start: t.start, end: t.end, cue: info.cue, negated: false });
    } else if (info.kind === 'duration') {
      durations.push(info.duration);
    }
  }
  const hasBreak = clauseBreaks(text);
  pairParts(text, hasBreak, tokens, mentions);
  mentions.sort((a, b) => a.start - b.start);
  applyNegation(
    text,
    hasBreak,
    tokens,
    [...mentions, ...persons].sort((a, b) => a.start - b.start),
  );
  const sudden = applyModifiers(text, hasBreak, tokens, mentions);

  const firstOf = (kind: NumberSpan['kind']): number | null => numbers.find((n) => n.kind === kind)?.value ?? null;
  const maxOf = (kind: NumberSpan['kind']): number | null => {
    const values = numbers.filter((n) => n.kind === kind).map((n) => n.value);
    return values.length > 0 ? Math.max(...values) : null;
  };
  const heartRates = numbers.filter((n) => n.kind === 'heart_rate').map((n) => n.value);
  const extremeRate = heartRates.find((v) => v >= 150 || v <= 40) ?? heartRates[0] ?? null;

  const positive = persons.filter((p) => !p.negated);
  const age = firstOf('age') ?? positive.find((p) => p.cue.age !== undefined)?.cue.age ?? null;
  const sex = positive.find((p) => p.cue.sex !== undefined)?.cue.sex ?? null;
  const pregnantSaid = positive.some((p) => p.cue.pregnant) || numbers.some((n) => n.kind === 'gestation');
  const pregnantDenied = persons.some((p) => p.negated && p.cue.pregnant);

  return {
    mentions,
    durations,
    durationDays: numbers.filter((n) => n.kind === 'duration').map((n) => n.value),
    sudden,
    age,
    sex,
    pregnant: pregnantSaid ? true : pregnantDenied ? false : null,
    temperature: maxOf('temperature'),
    systolic: maxOf('systolic'),
    heartRate: extremeRate,
    glucose: firstOf('glucose'),
  };
}
