/**
 * Gathers what the engine knows: mentions from the words, the body-map picks and follow-up
 * answers, readings (38.5度 → 发热; 血压180 → 高血压), and the patient (age, sex, pregnancy)
 * from the input first and the words second.
 */
import type { TriagePicks } from '../../../miniprogram/shared/dto/triage';
import type { Mention, TextAnalysis } from './analyze';
import { dominantDuration, type Evidence, type EvidenceMap } from './conditions';
import { ageHints, femaleHints, maleHints, pregnancyHints, requests } from './data/modifiers';
import { regions } from './data/regions';
import { entryById } from './lexicon';
import { worse, type DurationClass, type PatientContext, type QuestionOption, type Severity, type Sex } from './types';

export interface EngineInput {
  text?: string;
  picks?: TriagePicks;
  age?: number | null;
  sex?: Sex | null;
  pregnant?: boolean | null;
}

export interface Gathered {
  evidence: EvidenceMap;
  /** Names of what was denied and not said elsewhere. */
  denied: string[];
  ctx: PatientContext;
}

const REGION_TAP_STRENGTH = 0.4;
/** How a symptom was said: the first few wordings are kept (the first one is shown as the reason). */
const MAX_SURFACES = 8;

function pickMentions(picks: TriagePicks | undefined): { mentions: Mention[]; durations: DurationClass[] } {
  const mentions: Mention[] = [];
  const durations: DurationClass[] = [];
  if (!picks) return { mentions, durations };
  const region = regions.find((r) => r.id === picks.regionId);
  const chosen: QuestionOption[] = [];
  for (const a of picks.answers) {
    const question = regions.flatMap((r) => r.questions).find((q) => q.id === a.questionId);
    const option = question?.options.find((o) => o.id === a.optionId);
    if (option) chosen.push(option);
  }
  const severity = chosen.reduce<Severity>((s, o) => worse(s, o.severity ?? 0), 0);
  const sudden = chosen.some((o) => o.sudden === true);
  for (const id of picks.symptomIds) {
    const entry = entryById.get(id);
    if (entry) mentions.push({ id, start: -1, end: -1, surface: `选择：${entry.name}`, negated: false, severity, sudden, source: 'pick' });
  }
  for (const option of chosen) {
    if (option.duration) durations.push(option.duration);
    for (const id of option.adds ?? []) {
      if (entryById.has(id))
        mentions.push({
          id,
          start: -1,
          end: -1,
          surface: `回答：${option.label}`,
          negated: false,
          severity: option.severity ?? severity,
          sudden: option.sudden ?? sudden,
          source: 'answer',
        });
    }
  }
  if (region && mentions.length === 0) {
    const entry = entryById.get(region.defaultSymptom);
    if (entry) mentions.push({ id: entry.id, start: -2, end: -2, surface: `选择：${region.name}`, negated: false, severity, sudden, source: 'pick' });
  }
  return { mentions, durations };
}

function readingMentions(a: TextAnalysis | null): Mention[] {
  if (!a) return [];
  const out: Mention[] = [];
  const add = (id: string, surface: string, severity: 0 | 1 | 2 = 0): void => {
    out.push({ id, start: -1, end: -1, surface, negated: false, severity, sudden: false, source: 'number' });
  };
  if (a.temperature !== null && a.temperature >= 37.3) add('fever', `体温${a.temperature}度`, a.temperature >= 39 ? 1 : 0);
  if (a.systolic !== null && a.systolic >= 140) add('hypertension', `血压${a.systolic}`, a.systolic >= 180 ? 1 : 0);
  if (a.systolic !== null && a.systolic <= 90) add('hypotension', `血压${a.systolic}`);
  if (a.glucose !== null && a.glucose >= 7) add('diabetes', `血糖${a.glucose}`);
  if (a.glucose !== null && a.glucose < 3.9) add('low_glucose', `血糖${a.glucose}`);
  if (a.heartRate !== null && (a.heartRate >= 120 || a.heartRate <= 45)) add('arrhythmia', `心率${a.heartRate}`);
  return out;
}

export function gather(input: EngineInput, analysis: TextAnalysis | null, extra: Mention[]): Gathered {
  const picked = pickMentions(input.picks);
  const mentions = [...(analysis?.mentions ?? []), ...picked.mentions, ...readingMentions(analysis), ...extra];
  const evidence: EvidenceMap = new Map();
  for (const m of mentions) {
    if (m.negated && !requests.includes(m.id)) continue;
    const strength = m.start === -2 ? REGION_TAP_STRENGTH : 1;
    const e: Evidence = evidence.get(m.id) ?? { id: m.id, severity: 0, sudden: false, surfaces: [], strength };
    e.severity = worse(e.severity, m.severity);
    e.sudden = e.sudden || m.sudden;
    e.strength = Math.max(e.strength, strength);
    if (e.surfaces.length < MAX_SURFACES && !e.surfaces.includes(m.surface)) e.surfaces.push(m.surface);
    evidence.set(m.id, e);
  }
  const denied = [
    ...new Set(mentions.filter((m) => m.negated && !evidence.has(m.id) && !requests.includes(m.id)).map((m) => entryById.get(m.id)?.name ?? m.id)),
  ];

  const ids = [...evidence.keys()];
  let age = input.age ?? analysis?.age ?? null;
  if (age === null) for (const id of ids) if (ageHints[id] !== undefined) age = Math.min(age ?? Infinity, ageHints[id]);
  let sex: Sex | null = input.sex ?? analysis?.sex ?? null;
  if (sex === null && ids.some((id) => femaleHints.includes(id))) sex = 'female';
  if (sex === null && ids.some((id) => maleHints.includes(id))) sex = 'male';
  const saidPregnant = analysis?.pregnant === true || ids.some((id) => pregnancyHints.includes(id));
  const pregnant = sex !== 'male' && (age === null || age >= 12) && (input.pregnant === true || (saidPregnant && input.pregnant !== false));
  if (pregnant) sex = 'female';
  const durations = [...(analysis?.durations ?? []), ...picked.durations];
  if (analysis?.sudden && durations.length === 0) durations.push('sudden');
  else if (analysis?.sudden && !durations.some((d) => d !== 'chronic')) durations.push('acute');
  const ctx: PatientContext = {
    age,
    sex,
    pregnant,
    postpartum: evidence.has('postpartum'),
    duration: dominantDuration(durations),
    durationDays: analysis && analysis.durationDays.length > 0 ? Math.min(...analysis.durationDays) : null,
    temperature: analysis?.temperature ?? null,
    systolic: analysis?.systolic ?? null,
    heartRate: analysis?.heartRate ?? null,
    glucose: analysis?.glucose ?? null,
  };
  return { evidence, denied, ctx };
}
