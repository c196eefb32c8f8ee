/**
 * The triage engine: free text and/or body-map picks, plus age, sex and pregnancy, to the top 3
 * of the hospital's own departments with reasons, red flags and advice. Pure: no I/O, no clock.
 *
 * Example (the demo tier-3 hospital):
 *   assess({ text: '胸口疼，出了一身冷汗' }, departments)
 *   → emergency: true, redFlags: [胸痛伴大汗],
 *     departments: [急诊科 (胸痛伴大汗), 心血管内科 (“胸口疼”（胸痛）), …]
 */
import type { TriageDepartment, TriageResult, TriageStatus, TriageUnderstood } from '../../../miniprogram/shared/dto/triage';
import { emergencyAdvice, emptyAdvice, knowledgeNotice, routineAdvice, type EmptyReason } from './advice';
import type { EvidenceMap } from './conditions';
import { analyzeText, type Mention } from './analyze';
import { readDangers } from './danger';
import { selfHarmTopics } from './danger-parts';
import { fillDepartments } from './fallback';
import { redFlags } from './data/red-flags';
import { gather, type EngineInput } from './evidence';
import { emergencyDepartment, routeTable, type HospitalDepartment, type RouteTable } from './hospital-map';
import { looksLikeLabReport, readLabReport } from './lab';
import { entryById } from './lexicon';
import { normalize } from './normalize';
import { detectRedFlags } from './red-flags';
import { scoreKeys, type Scores } from './score';
import { tallyDepartments, type DeptTally } from './tally';
import { unrealMask } from './unreal';
import { blendDepartments } from './learned/blend';
import { saidGrams } from './learned/grams';
import { departmentChances, speaks } from './learned/model';
import { learnedTables } from './learned/stored';
import type { DurationClass, RedFlagRule } from './types';

export type { EngineInput } from './evidence';
export type { HospitalDepartment } from './hospital-map';

const TOP = 3;
export const PREGNANCY_TEST_NOTICE = '月经推迟又恶心，可能是怀孕：建议先用早孕试纸（验孕棒）自测或抽血查HCG，再看产科或妇科。';
const MAX_REASONS = 3;
const LONG_TEXT = 2000;
/** Below this total the suggestion is a best effort. */
const WEAK_TOTAL = 3;

const durationLabels: Record<DurationClass, string> = { sudden: '突发', acute: '1–2天内', subacute: '几天到几周', chronic: '一个月以上' };

function toView(t: DeptTally, total: number): TriageDepartment {
  const reasons = [...t.reasons.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_REASONS)
    .map(([r]) => r);
  return {
    departmentId: t.department.id,
    name: t.department.name,
    score: Math.max(1, Math.round((100 * t.value) / total)),
    reasons: [...reasons, ...t.notes],
    location: t.department.location,
  };
}

/** Puts 急诊 first, with the red flags and the words that raised them (“吞了电池”) as its reasons. */
function boostEmergency(scores: Scores, labels: string[], words: string[]): void {
  const top = Math.max(0, ...[...scores.values()].map((s) => s.value));
  const er = scores.get('emergency') ?? { value: 0, reasons: new Map<string, number>() };
  er.value += top + 5;
  labels.forEach((label, i) => er.reasons.set(`${label}（危险信号）`, top + 100 - i));
  words.forEach((word, i) => er.reasons.set(`“${word}”`, top + 50 - i));
  scores.set('emergency', er);
}

/** The rules found, plus those named by danger concepts (by their id in data/red-flags.ts), once each. */
function withFlags(found: RedFlagRule[], ids: string[]): RedFlagRule[] {
  const out = [...found];
  for (const id of ids) {
    const rule = redFlags.find((r) => r.id === id);
    if (rule && !out.includes(rule)) out.push(rule);
  }
  return out;
}

const QUESTION = /(吗|呢|\?|？|能不能|可不可以|会不会|要不要|需不需要|是不是|有没有|怎么|如何|什么|啥|哪些|哪个科|多久|要紧|严重不)/;

/** The conditions a question is about when it names conditions and says no symptom (高血压可以吃味精吗). */
function knowledgeQuestion(text: string, evidence: EvidenceMap): string[] {
  if (!QUESTION.test(text)) return [];
  const said = [...evidence.values()].filter((e) => e.strength >= 1);
  if (said.some((e) => entryById.get(e.id)?.kind === 'symptom')) return [];
  return said.filter((e) => entryById.get(e.id)?.kind === 'disease').map((e) => entryById.get(e.id)?.name ?? e.id);
}

/** Below this share of the evidence, the first department is a guess. */
const SURE_SHARE = 0.45;

/** The engine is unsure: little evidence, no clear first department, or 急诊 already among the first three. */
function unsure(scores: Scores, table: RouteTable): boolean {
  const tallies = tallyDepartments(scores, table);
  const total = tallies.reduce((sum, t) => sum + t.value, 0);
  if (tallies.length === 0 || total < WEAK_TOTAL) return true;
  if (tallies[0].value / total < SURE_SHARE) return true;
  return tallies.slice(0, TOP).some((t) => t.department.category === 'emergency');
}

/**
 * A danger concept said in part escalates, when the engine is unsure of the complaint, once this share of
 * its groups of parts is said (danger.ts `readDangers`): three of four, or all of them too far apart. Chosen
 * by the false alarms it costs on the non-urgent halves of sealed sets 1–5 and the gold set (docs/triage.md).
 */
const HALF_SAID = 0.75;

/**
 * What the learned reader adds to the rules' red flags (learned/model.ts): the crisis screen when the
 * text reads like self-harm and the rules did not see it; when the rules raised nothing, an emergency
 * when it reads like one.
 */
function addLearnedFlags(said: string[], flags: RedFlagRule[]): void {
  if (said.length === 0) return;
  const tables = learnedTables();
  if (!flags.some((f) => f.id === 'suicidal') && speaks(tables.selfHarm, said)) flags.push(...withFlags([], ['suicidal']));
  if (flags.length === 0 && speaks(tables.emergency, said)) flags.push(...withFlags([], ['resembles_emergency']));
}

/** Why a department only the learned reader named is shown. */
const LEARNED_REASON = '相似的描述多在此科就诊';

/** The rules' departments blended with the learned reader's (learned/blend.ts). */
function blended(rules: DeptTally[], said: string[], table: RouteTable): DeptTally[] {
  return blendDepartments(rules, departmentChances(learnedTables(), said), table, LEARNED_REASON);
}

/** The engine's layers: the rules always; the learned reader unless a test of the rules alone turns it off. */
export interface EngineLayers {
  learned: boolean;
}

export function assess(input: EngineInput, departments: HospitalDepartment[], layers: EngineLayers = { learned: true }): TriageResult {
  const raw = input.text ?? '';
  const notices: string[] = [];
  const isLab = raw.trim().length > 0 && looksLikeLabReport(raw);
  const lab = isLab ? readLabReport(raw) : null;
  const norm = normalize(lab ? lab.freeText : raw);
  const analysis = norm.text.length > 0 ? analyzeText(norm.text) : null;
  const labMentions: Mention[] = lab?.findings ?? [];
  if (raw.length > LONG_TEXT) notices.push(`内容较长（${raw.length}字），已从中找出与症状有关的部分。`);
  if (lab) notices.push('识别为检验报告：只看标记异常的项目，结果仅供挂号参考。');
  if (norm.english) notices.push('已按英文关键词尽量理解，用中文描述会更准确。');

  const { evidence, denied, ctx } = gather(input, analysis, labMentions);
  const unreal = unrealMask(norm.text);
  const said = layers.learned && raw.length <= LONG_TEXT && !norm.english ? saidGrams(norm.text, unreal) : [];
  const topics = selfHarmTopics(norm.text);
  for (let i = 0; i < unreal.length; i++) if (topics[i] === 1) unreal[i] = 1;
  const real = analysis ? { ...analysis, mentions: analysis.mentions.filter((m) => m.start < 0 || unreal[m.start] === 0) } : null;
  const realEvidence = gather(input, real, labMentions).evidence;
  const reading = readDangers(norm.text, unreal, realEvidence, ctx);
  const dangers = reading.hits;
  const flags = withFlags(
    detectRedFlags(realEvidence, ctx),
    dangers.filter((d) => d.concept.amber !== true).map((d) => d.concept.flag),
  );
  const { scores, syndromes } = scoreKeys(evidence, ctx);
  const asked = knowledgeQuestion(norm.text, evidence);
  if (asked.length > 0) notices.unshift(knowledgeNotice(asked));
  if (syndromes.some((s) => s.id === 'early_pregnancy')) notices.push(PREGNANCY_TEST_NOTICE);
  const table = routeTable(departments);
  const amber = dangers.filter((d) => d.concept.amber === true).map((d) => d.concept.flag);
  if (flags.length === 0 && amber.length > 0 && unsure(scores, table)) flags.push(...withFlags([], amber));
  const halfSaid = reading.partial.filter((p) => p.coverage >= HALF_SAID && p.concept.flag !== 'suicidal');
  if (flags.length === 0 && halfSaid.length > 0 && unsure(scores, table)) flags.push(...withFlags([], ['danger_unsure']));
  const raisedBy = [...dangers, ...halfSaid].filter((d) => flags.some((f) => f.id === d.concept.flag || f.id === 'danger_unsure')).map((d) => d.surface);
  addLearnedFlags(said, flags);
  if (flags.length > 0)
    boostEmergency(
      scores,
      flags.map((f) => f.label),
      raisedBy,
    );
  if (flags.length === 0) {
    const deniedOnly = scores.size === 0 && denied.length > 0;
    fillDepartments(scores, { text: norm.text, age: ctx.age, deniedOnly, count: (s) => tallyDepartments(s, table).length, want: TOP });
  }

  const er = emergencyDepartment(table);
  const emergencyDept = er ? { departmentId: er.id, name: er.name, location: er.location, phone: er.phone } : null;
  const tallies = tallyDepartments(scores, table);
  const total = tallies.reduce((sum, t) => sum + t.value, 0);
  const shown = flags.length === 0 && tallies.length > 0 && said.length > 0 ? blended(tallies, said, table) : tallies;
  const shownTotal = shown.reduce((sum, t) => sum + t.value, 0);
  const top = shown.slice(0, TOP).map((t) => toView(t, shownTotal));

  const understood: TriageUnderstood = {
    symptoms: [...evidence.values()]
      .filter((e) => e.strength >= 1 && entryById.get(e.id)?.kind !== 'context')
      .map((e) => entryById.get(e.id)?.name ?? e.id)
      .slice(0, 12),
    denied: denied.slice(0, 8),
    duration: ctx.duration ? durationLabels[ctx.duration] : null,
    age: ctx.age === null ? null : Math.round(ctx.age * 10) / 10,
    sex: ctx.sex,
    pregnant: ctx.pregnant,
  };
  const redFlags = flags.map((f) => ({ id: f.id, label: f.label, advice: f.advice }));

  if (flags.length > 0) {
    return {
      status: 'emergency',
      emergency: true,
      advice: emergencyAdvice(flags, emergencyDept),
      departments: top,
      redFlags,
      understood,
      notices,
      emergencyDepartment: emergencyDept,
    };
  }
  if (top.length === 0) {
    const reason: EmptyReason =
      raw.trim().length === 0 && !input.picks
        ? 'empty'
        : denied.length > 0
          ? 'denied_only'
          : lab
            ? 'lab_normal'
            : norm.english
              ? 'english'
              : norm.hadEmoji && analysis === null
                ? 'emoji'
                : 'unrecognized';
    return {
      status: 'need_symptoms',
      emergency: false,
      advice: emptyAdvice(reason, denied),
      departments: [],
      redFlags,
      understood,
      notices,
      emergencyDepartment: emergencyDept,
    };
  }
  const weak = total < WEAK_TOTAL || norm.english || lab !== null || [...evidence.values()].every((e) => e.strength < 1);
  const status: TriageStatus = weak ? 'best_effort' : 'ok';
  const labNames = labMentions.map((m) => entryById.get(m.id)?.name ?? m.id);
  return {
    status,
    emergency: false,
    advice: routineAdvice(status, top, labNames),
    departments: top,
    redFlags,
    understood,
    notices,
    emergencyDepartment: emergencyDept,
  };
}
