/** The knowledge the body-map page shows: regions, their symptom chips and follow-up questions. */
import type { TriageKnowledge } from '../../../miniprogram/shared/dto/triage';
import { regions } from './data/regions';
import { symptomEntries } from './lexicon';

export function knowledgeView(): TriageKnowledge {
  return {
    regions: regions.map((r) => ({
      id: r.id,
      name: r.name,
      views: r.views,
      symptoms: symptomEntries.filter((e) => e.region === r.id && !e.hidden).map((e) => ({ id: e.id, name: e.name, sex: e.sex ?? null })),
      questions: r.questions.map((q) => ({ id: q.id, text: q.text, options: q.options.map((o) => ({ id: o.id, label: o.label })) })),
    })),
    symptomCount: symptomEntries.length,
  };
}

/** Whether a symptom id exists (for validating picks). */
export const isSymptomId = (id: string): boolean => symptomEntries.some((e) => e.id === id);
/** Whether a question and option exist. */
export const isAnswer = (questionId: string, optionId: string): boolean =>
  regions.some((r) => r.questions.some((q) => q.id === questionId && q.options.some((o) => o.id === optionId)));
export const isRegionId = (id: string): boolean => regions.some((r) => r.id === id);
