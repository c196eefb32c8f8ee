/**
 * Fills the departments up to three when the evidence names fewer: first by the departments the
 * text names (之前在中医科看过 → 中医科), then by the body parts the text mentions (data/part-departments.ts, in the order they are said; a part right after 不/没/无
 * is skipped), then by the patient's age group (新生儿科, 儿科, 老年医学科), then 全科. Each filler
 * gets a score far below any evidence, so it never outranks what the words said. One pass over a
 * trie of the body-part words: linear in the text.
 *
 * Example: "头皮上一层白屑" (no symptom the lexicon knows) → 皮肤科 (头皮 … the hair and skin
 * words come first), then 神经内科.
 */
import { canonicalDepartments } from './data/departments';
import { bodyParts } from './data/parts';
import { partDepartments } from './data/part-departments';
import { CHILD_AGE_LIMIT, ELDERLY_AGE, NEONATE_AGE_LIMIT } from './data/modifiers';
import { once } from './once';
import type { Scores } from './score';
import type { DeptKey } from './types';

interface Node {
  next: Map<string, Node>;
  part?: string;
}

/** Everyday words that hold a body-part character without being about the body (手机, 担心, 门口). */
const NOT_PARTS =
  '手机|手续|手表|手纸|手套|手工|手艺|手头|动手|洗手|顺手|拿手|对手|一手|心情|心理|心里|开心|担心|放心|小心|关心|耐心|伤心|用心|点心|中心|口罩|口气|胃口|入口|出口|路口|门口|口味|口服|眼镜|眼光|眼看|眼下|背包|腰包|脚步|脚本|头绪|头脑|带头|开头|里头|外头|上头|个头|老头|头一回|头几天|头两天|头回|一头|回头|肚量';

const trie = once(() => {
  const root: Node = { next: new Map() };
  const insert = (term: string, part: string): void => {
    let node = root;
    for (const ch of term) {
      const child = node.next.get(ch) ?? { next: new Map<string, Node>() };
      node.next.set(ch, child);
      node = child;
    }
    node.part = node.part ?? part;
  };
  for (const word of NOT_PARTS.split('|')) insert(word, '');
  for (const part of bodyParts) {
    if (!partDepartments[part.id]) continue;
    for (const term of part.terms) insert(term, part.id);
  }
  return root;
});

const DENIAL = new Set(['不', '没', '无']);

/** The body parts of the text in the order said, each once, the longest word at each place. */
export function partsSaid(text: string): string[] {
  const seen: string[] = [];
  for (let i = 0; i < text.length; i++) {
    let node: Node | undefined = trie();
    let found: string | undefined;
    let end = i;
    for (let j = i; j < text.length && node; j++) {
      node = node.next.get(text[j]);
      if (node?.part !== undefined) {
        found = node.part;
        end = j;
      }
    }
    if (found === undefined) continue;
    if (found !== '' && !DENIAL.has(text[i - 1] ?? '') && !seen.includes(found)) seen.push(found);
    i = end;
  }
  return seen;
}

/** Department names (心内科, 皮肤科 …) with their canonical key, longest first; 急诊 is never a filler. */
const departmentNames = once(() =>
  canonicalDepartments
    .filter((c) => c.key !== 'emergency')
    .flatMap((c) => [c.label, ...c.names].map((name): [string, DeptKey] => [name, c.key]))
    .filter(([name], i, all) => name.length >= 2 && all.findIndex(([n]) => n === name) === i)
    .sort((a, b) => b[0].length - a[0].length),
);
/** A denial right before a name, or before 是/去/挂/看/找 and the name (不是心内科, 没去消化科). */
const NAME_DENIAL = /[不没别非][是去挂看找]?$/;

/**
 * The departments the text names (之前在中医科看过, 想挂个内分泌科), in the order said, each once; a name inside a
 * longer one (神经科 in 神经内科) or right after a denial (不是皮肤科, 没去消化科) does not count. One search per name: linear.
 */
export function departmentsNamed(text: string): DeptKey[] {
  const taken = new Uint8Array(text.length);
  const found: Array<[number, DeptKey]> = [];
  for (const [name, key] of departmentNames()) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      if (taken[at] === 1 || taken[at + name.length - 1] === 1) continue;
      taken.fill(1, at, at + name.length);
      if (!NAME_DENIAL.test(text.slice(Math.max(0, at - 2), at))) found.push([at, key]);
    }
  }
  const keys: DeptKey[] = [];
  for (const [, key] of found.sort((a, b) => a[0] - b[0])) if (!keys.includes(key)) keys.push(key);
  return keys;
}

/** Below the weakest evidence: a filler only orders what is left. */
const FILLER_VALUE = 0.05;

export interface FillInput {
  text: string;
  age: number | null;
  /** The text denied symptoms and named none: fill only from body parts it still says. */
  deniedOnly: boolean;
  /** How many hospital departments the scores reach now. */
  count: (scores: Scores) => number;
  want: number;
}

/**
 * Adds departments by age group and body part (a child's age group first, an old person's after
 * the parts), then 全科, until `want` are reached or none is left. With nothing recognisable but
 * the words say who is ill, a 导诊 nurse sends a newborn to 新生儿科, a child to 儿科 and an old
 * person to 老年医学科 to be seen there first.
 */
export function fillDepartments(scores: Scores, input: FillInput): void {
  const named: Array<[DeptKey, string]> = departmentsNamed(input.text).map((key) => [key, '您提到了这个科室']);
  const byPart: Array<[DeptKey, string]> = [];
  for (const part of partsSaid(input.text)) {
    const name = bodyParts.find((p) => p.id === part)?.terms[0] ?? part;
    for (const key of partDepartments[part] ?? []) byPart.push([key, `说到${name}，可先看这里`]);
  }
  if (input.deniedOnly && byPart.length === 0 && named.length === 0) return;
  const age = input.age;
  const young: Array<[DeptKey, string]> = [];
  const old: Array<[DeptKey, string]> = [];
  if (age !== null) {
    if (age < NEONATE_AGE_LIMIT) young.push(['neonatology', '新生儿，先看新生儿科']);
    if (age < CHILD_AGE_LIMIT) young.push(['pediatrics', '儿童，先看儿科']);
    if (age >= ELDERLY_AGE) old.push(['geriatrics', '老年人，先看老年医学科']);
  }
  const candidates = [...named, ...young, ...byPart, ...old];
  if (candidates.length > 0 || scores.size > 0) candidates.push(['general_practice', '全科医生可先帮您判断']);
  let value = FILLER_VALUE;
  for (const [key, reason] of candidates) {
    if (input.count(scores) >= input.want) return;
    if (scores.has(key)) continue;
    scores.set(key, { value, reasons: new Map([[reason, value]]) });
    value *= 0.9;
  }
}
