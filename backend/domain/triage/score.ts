/**
 * Scores canonical departments from the evidence, with the reasons that led there: each symptom
 * adds its weights (its acute or chronic variant when the duration says so), symptom clusters add
 * theirs, then age, sex, pregnancy and duration move the weights.
 *
 * Example: "孩子发烧咳嗽三天" (age 5) → respiratory 4 + infectious 3 + … (发热伴咳嗽 +3), then the
 * child rule moves internal medicine to 儿科: pediatrics ≈ 12, with the reasons "“咳嗽”",
 * "“发烧”", "5岁儿童，内科问题看儿科".
 */
import { entryById } from './lexicon';
import {
  CHECKUP_YIELD,
  CHILD_AGE_LIMIT,
  ELDERLY_AGE,
  ELDERLY_SHARE,
  INFANT_AGE,
  INFANT_SHARED_MOVE,
  NEONATE_AGE_LIMIT,
  PREGNANCY_BASE,
  PREGNANCY_INTERNAL_SHARE,
  elderlyDecline,
  elderlyInternal,
  ELDERLY_DECLINE_SHARE,
  emergencyByDuration,
  femaleOnly,
  maleOnly,
  pediatricInternal,
  pediatricShared,
  pediatricSurgical,
  pregnancyInternal,
} from './data/modifiers';
import { syndromes } from './data/syndromes';
import { holds, type Evidence, type EvidenceMap } from './conditions';
import { DEPT_KEYS, type DeptKey, type LexEntry, type PatientContext, type SyndromeRule, type Weights } from './types';

export interface KeyScore {
  value: number;
  /** Reason text → how much it contributed. */
  reasons: Map<string, number>;
}

export type Scores = Map<DeptKey, KeyScore>;

const SEVERITY_BONUS = 0.2;
/** 疼得睡不着: sleeplessness caused by another complaint is not the complaint. */
const SECONDARY_INSOMNIA = 0.4;

function weightEntries(w: Weights): Array<[DeptKey, number]> {
  const out: Array<[DeptKey, number]> = [];
  for (const key of DEPT_KEYS) {
    const v = w[key];
    if (v !== undefined) out.push([key, v]);
  }
  return out;
}

function add(scores: Scores, key: DeptKey, amount: number, reason: string): void {
  if (amount === 0) return;
  const s = scores.get(key) ?? { value: 0, reasons: new Map<string, number>() };
  s.value += amount;
  s.reasons.set(reason, (s.reasons.get(reason) ?? 0) + amount);
  scores.set(key, s);
}

/** Moves a share of one key's score to another, keeping its reasons and adding one. */
function move(scores: Scores, from: DeptKey, to: DeptKey, share: number, reason: string): void {
  const s = scores.get(from);
  if (!s || s.value <= 0) return;
  const amount = s.value * share;
  for (const [r, v] of s.reasons) add(scores, to, v * share, r);
  add(scores, to, amount * 0.05, reason);
  if (share >= 1) scores.delete(from);
  else {
    s.value -= amount;
    for (const [r, v] of s.reasons) s.reasons.set(r, v * (1 - share));
  }
}

function weightsFor(entry: LexEntry, ctx: PatientContext): Weights {
  if ((ctx.duration === 'sudden' || ctx.duration === 'acute') && entry.acute) return entry.acute;
  if (ctx.duration === 'chronic' && entry.chronic) return entry.chronic;
  return entry.weights;
}

export function reasonOf(e: Evidence): string {
  const entry = entryById.get(e.id);
  const name = entry?.name ?? e.id;
  const surface = e.surfaces[0] ?? name;
  if (surface.startsWith('选择') || surface.startsWith('回答') || surface.startsWith('检验')) return surface;
  return surface === name ? `“${surface}”` : `“${surface}”（${name}）`;
}

function ageText(age: number): string {
  if (age < 1) return age < NEONATE_AGE_LIMIT ? '新生儿' : `${Math.max(1, Math.round(age * 12))}个月宝宝`;
  return `${Math.floor(age)}岁儿童`;
}

export interface ScoreResult {
  scores: Scores;
  syndromes: SyndromeRule[];
}

export function scoreKeys(ev: EvidenceMap, ctx: PatientContext): ScoreResult {
  const scores: Scores = new Map();
  const findings = [...ev.values()].some((e) => {
    const kind = entryById.get(e.id)?.kind;
    return e.strength >= 1 && (kind === 'disease' || kind === 'finding' || (kind === 'symptom' && !e.id.startsWith('checkup')));
  });
  const physical = [...ev.values()].some((e) => {
    const entry = entryById.get(e.id);
    return e.strength >= 1 && entry?.kind === 'symptom' && entry.region !== 'mind' && entry.region !== 'general';
  });
  for (const e of ev.values()) {
    const entry = entryById.get(e.id);
    if (!entry) continue;
    if (entry.sex && ctx.sex && entry.sex !== ctx.sex) continue;
    const yields = e.id === 'checkup_request' && findings ? CHECKUP_YIELD : e.id === 'insomnia' && physical ? SECONDARY_INSOMNIA : 1;
    const factor = yields * e.strength * (1 + SEVERITY_BONUS * e.severity);
    const reason = reasonOf(e);
    for (const [key, w] of weightEntries(weightsFor(entry, ctx))) add(scores, key, w * factor, reason);
  }

  const matched = syndromes.filter((s) => holds(s.when, ev, ctx));
  for (const s of matched) for (const [key, w] of weightEntries(s.weights)) add(scores, key, w, s.label);

  if (ctx.sex === 'male') for (const key of femaleOnly) scores.delete(key);
  if (ctx.sex === 'female') for (const key of maleOnly) scores.delete(key);

  const child = ctx.age !== null && ctx.age < CHILD_AGE_LIMIT;
  if (ctx.pregnant && ctx.sex !== 'male' && !child) {
    move(scores, 'gynecology', 'obstetrics', 1, '孕期的妇科问题由产科接诊');
    for (const key of pregnancyInternal) move(scores, key, 'obstetrics', PREGNANCY_INTERNAL_SHARE, '孕期的内科问题先看产科');
    add(scores, 'obstetrics', PREGNANCY_BASE, '孕期就诊，产科优先');
  }

  if (child && ctx.age !== null) {
    const who = ageText(ctx.age);
    for (const key of pediatricInternal) move(scores, key, 'pediatrics', 1, `${who}，内科问题看儿科`);
    for (const key of pediatricSurgical) move(scores, key, 'pediatric_surgery', 1, `${who}，外科问题看小儿外科`);
    for (const [key, share] of weightEntries(pediatricShared)) {
      const s = scores.get(key);
      if (!s) continue;
      if (ctx.age < INFANT_AGE && key !== 'emergency') move(scores, key, 'pediatrics', INFANT_SHARED_MOVE, `${who}，先看儿科`);
      else add(scores, 'pediatrics', s.value * share, `${who}，儿科也可以看`);
    }
    if (ctx.age < NEONATE_AGE_LIMIT) {
      move(scores, 'pediatrics', 'neonatology', 1, '出生28天内的宝宝看新生儿科');
      move(scores, 'pediatric_surgery', 'neonatology', 0.7, '出生28天内的宝宝看新生儿科');
    }
  }

  if (ctx.age !== null && ctx.age >= ELDERLY_AGE) {
    const involved = elderlyInternal.filter((k) => (scores.get(k)?.value ?? 0) >= 2);
    if (involved.length >= 2) {
      const total = involved.reduce((sum, k) => sum + (scores.get(k)?.value ?? 0), 0);
      add(scores, 'geriatrics', total * ELDERLY_SHARE, `${Math.floor(ctx.age)}岁，多个系统的问题可看老年医学科`);
    }
    if (elderlyDecline.some((id) => (ev.get(id)?.strength ?? 0) >= 1)) {
      const strongest = Math.max(0, ...[...scores.values()].map((s) => s.value));
      add(scores, 'geriatrics', strongest * ELDERLY_DECLINE_SHARE, `${Math.floor(ctx.age)}岁，乏力、吃得少、消瘦或记性差可先看老年医学科`);
    }
  }

  const er = scores.get('emergency');
  if (er && ctx.duration) {
    const f = emergencyByDuration[ctx.duration];
    er.value *= f;
    for (const [r, v] of er.reasons) er.reasons.set(r, v * f);
  }
  return { scores, syndromes: matched };
}
