/**
 * The evidence a rule is checked against, and the check itself. Evidence is what was said and
 * not denied (or picked), once per symptom, with the worst severity and any suddenness.
 */
import { CHILD_AGE_LIMIT, INFANT_3_MONTHS } from './data/modifiers';
import type { Cond, ContextTest, DurationClass, PatientContext } from './types';

export interface Evidence {
  id: string;
  severity: 0 | 1 | 2;
  sudden: boolean;
  /** How it was said: the patient's words, or 选择/回答 labels. */
  surfaces: string[];
  /** 1 for what was said or picked; less for a region tapped without a symptom. */
  strength: number;
}

export type EvidenceMap = Map<string, Evidence>;

/** The duration that matters for urgency: the most recent onset mentioned. */
export function dominantDuration(durations: DurationClass[]): DurationClass | null {
  const order: DurationClass[] = ['sudden', 'acute', 'subacute', 'chronic'];
  for (const d of order) if (durations.includes(d)) return d;
  return null;
}

function contextTest(test: ContextTest, ev: EvidenceMap, ctx: PatientContext): boolean {
  const anySudden = ctx.duration === 'sudden' || [...ev.values()].some((e) => e.sudden);
  switch (test) {
    case 'child':
      return ctx.age !== null && ctx.age < CHILD_AGE_LIMIT;
    case 'adult':
      return ctx.age === null || ctx.age >= CHILD_AGE_LIMIT;
    case 'male':
      return ctx.sex !== 'female';
    case 'infant_under_3_months':
      return ctx.age !== null && ctx.age < INFANT_3_MONTHS;
    case 'pregnant':
      return ctx.pregnant;
    case 'not_chronic':
      return ctx.duration !== 'chronic' || anySudden;
    case 'sudden':
      return anySudden;
    case 'adult_40_plus':
      return ctx.age === null || ctx.age >= 40;
    case 'elderly_60':
      return ctx.age !== null && ctx.age >= 60;
    case 'elderly_75':
      return ctx.age !== null && ctx.age >= 75;
    case 'lasting_10_minutes_to_12_hours':
      return ctx.durationDays !== null && ctx.durationDays >= 10 / 1440 && ctx.durationDays <= 0.5;
    case 'temperature_below_38':
      return ctx.temperature !== null && ctx.temperature < 38;
    case 'fever_39':
      return ctx.temperature !== null && ctx.temperature >= 39;
    case 'systolic_180':
      return ctx.systolic !== null && ctx.systolic >= 180;
    case 'systolic_200':
      return ctx.systolic !== null && ctx.systolic >= 200;
    case 'heart_rate_extreme':
      return ctx.heartRate !== null && (ctx.heartRate >= 150 || ctx.heartRate <= 40);
    case 'glucose_low':
      return ctx.glucose !== null && ctx.glucose < 3.9;
  }
}

export function holds(cond: Cond, ev: EvidenceMap, ctx: PatientContext): boolean {
  if ('has' in cond) {
    return cond.has.some((id) => {
      const e = ev.get(id);
      if (!e || e.strength < 1) return false;
      if (cond.severity !== undefined && e.severity < cond.severity) return false;
      if (cond.sudden && !e.sudden) return false;
      return true;
    });
  }
  if ('all' in cond) return cond.all.every((c) => holds(c, ev, ctx));
  if ('some' in cond) return cond.some.some((c) => holds(c, ev, ctx));
  if ('none' in cond) return !holds(cond.none, ev, ctx);
  return contextTest(cond.ctx, ev, ctx);
}

/** Every symptom id a rule mentions (for checking the knowledge base is consistent). */
export function idsOf(cond: Cond): string[] {
  if ('has' in cond) return cond.has;
  if ('all' in cond) return cond.all.flatMap(idsOf);
  if ('some' in cond) return cond.some.flatMap(idsOf);
  if ('none' in cond) return idsOf(cond.none);
  return [];
}
