/**
 * The body-map choices as the page shows and sends them: the regions of a side as chips (with how
 * many things were picked in each), the chosen region's symptom chips for the person's sex, its
 * follow-up questions with the answer given, and the picks the engine takes.
 */
import type { TriageAnswer, TriagePicks, TriageRegionView, TriageSex } from '../../shared/dto/triage';
import { bodyMapSrc } from './body-svg';
import { hotspots, sideLabels, zoneOfRegion, type Hotspot, type Side } from './body-map';

export interface PickState {
  side: Side;
  regionId: string;
  symptomIds: string[];
  answers: TriageAnswer[];
}

export const emptyPicks = (side: Side = 'front'): PickState => ({ side, regionId: '', symptomIds: [], answers: [] });

export interface RegionChip {
  id: string;
  name: string;
  selected: boolean;
  /** Symptoms picked and questions answered in this region. */
  count: number;
}

export interface SymptomChip {
  id: string;
  name: string;
  selected: boolean;
}

export interface QuestionItem {
  id: string;
  text: string;
  /** `questionId:optionId` of the answer given, or ''. */
  value: string;
  /** `name` is `questionId:optionId`, what the radio group reports. */
  options: Array<{ id: string; name: string; label: string }>;
}

export interface BodyMapView {
  mapSrc: string;
  hits: Hotspot[];
  sideLabel: { left: string; right: string };
  regionChips: RegionChip[];
  region: { id: string; name: string } | null;
  symptomChips: SymptomChip[];
  questions: QuestionItem[];
  pickCount: number;
}

export const answerName = (questionId: string, optionId: string): string => `${questionId}:${optionId}`;

/** `questionId:optionId` back to an answer; null for anything else. */
export function parseAnswerName(name: string): TriageAnswer | null {
  const m = /^([A-Za-z0-9_-]+):([A-Za-z0-9_-]+)$/.exec(name);
  return m ? { questionId: m[1], optionId: m[2] } : null;
}

export function toggleSymptom(ids: string[], id: string): string[] {
  return ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id];
}

/** One answer per question: a new answer replaces the earlier one. */
export function setAnswer(answers: TriageAnswer[], answer: TriageAnswer): TriageAnswer[] {
  return [...answers.filter((a) => a.questionId !== answer.questionId), answer];
}

/** The symptoms offered for a person: sex-specific ones only for that sex (all when unknown). */
export function symptomsFor(region: TriageRegionView, sex: TriageSex | null): TriageRegionView['symptoms'] {
  return region.symptoms.filter((s) => s.sex === null || sex === null || s.sex === sex);
}

function countIn(region: TriageRegionView, state: PickState): number {
  const symptoms = region.symptoms.filter((s) => state.symptomIds.includes(s.id)).length;
  const answers = region.questions.filter((q) => state.answers.some((a) => a.questionId === q.id)).length;
  return symptoms + answers;
}

/** The regions drawn on a side, then those without a place on the drawing (皮肤, 全身 …). */
export function regionsOfSide(regions: TriageRegionView[], side: Side): TriageRegionView[] {
  return [...regions.filter((r) => r.views.includes(side)), ...regions.filter((r) => r.views.length === 0)];
}

export function bodyMapView(regions: TriageRegionView[], state: PickState, sex: TriageSex | null): BodyMapView {
  const region = regions.find((r) => r.id === state.regionId) ?? null;
  return {
    mapSrc: bodyMapSrc(state.side, region ? zoneOfRegion(state.side, region.id) : null),
    hits: hotspots(state.side),
    sideLabel: sideLabels(state.side),
    regionChips: regionsOfSide(regions, state.side).map((r) => ({ id: r.id, name: r.name, selected: r.id === state.regionId, count: countIn(r, state) })),
    region: region ? { id: region.id, name: region.name } : null,
    symptomChips: region ? symptomsFor(region, sex).map((s) => ({ id: s.id, name: s.name, selected: state.symptomIds.includes(s.id) })) : [],
    questions: region
      ? region.questions.map((q) => {
          const given = state.answers.find((a) => a.questionId === q.id);
          return {
            id: q.id,
            text: q.text,
            value: given ? answerName(given.questionId, given.optionId) : '',
            options: q.options.map((o) => ({ id: o.id, name: answerName(q.id, o.id), label: o.label })),
          };
        })
      : [],
    pickCount: state.symptomIds.length + state.answers.length,
  };
}

/** What the engine takes from the map, or undefined when nothing was chosen there. */
export function picksOf(state: PickState): TriagePicks | undefined {
  if (!state.regionId && state.symptomIds.length === 0 && state.answers.length === 0) return undefined;
  return {
    ...(state.regionId ? { regionId: state.regionId } : {}),
    symptomIds: [...state.symptomIds],
    answers: state.answers.map((a) => ({ questionId: a.questionId, optionId: a.optionId })),
  };
}

/** The picked symptoms still offered after the person (and so the sex) changed. */
export function allowedSymptoms(regions: TriageRegionView[], ids: string[], sex: TriageSex | null): string[] {
  const offered = new Set(regions.flatMap((r) => symptomsFor(r, sex).map((s) => s.id)));
  return ids.filter((id) => offered.has(id));
}
