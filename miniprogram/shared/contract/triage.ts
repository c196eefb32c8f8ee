/**
 * The `triage` cloud function (backend/handlers/triage.ts): smart triage (智能导诊) and the body-map
 * knowledge. Which region, symptom and answer ids exist is the engine's knowledge
 * (backend/domain/triage/knowledge.ts): the handler checks them in `run`, with the same code and
 * message a schema refinement gave.
 */
import { z } from 'zod';
import type { TriageKnowledge, TriageResult } from '../dto/triage';
import { act } from './define';
import { fields } from './fields';

/** Longer text is refused; up to this, the engine reads it all (a pasted report, a long story). */
export const TRIAGE_MAX_TEXT = 20_000;

const picks = z.object({
  regionId: fields.id().optional(),
  symptomIds: z.array(fields.id()).max(30).default([]),
  answers: z
    .array(z.object({ questionId: fields.id(), optionId: fields.id() }))
    .max(40)
    .default([]),
});

export const triage = {
  assess: act<TriageResult>()(
    z.object({
      hospitalId: fields.id(),
      text: z.string().max(TRIAGE_MAX_TEXT).optional(),
      picks: picks.optional(),
      age: z.number().min(0).max(130).optional(),
      sex: z.enum(['male', 'female']).optional(),
      pregnant: z.boolean().optional(),
      patientId: fields.id().optional(),
    }),
  ),
  knowledge: act<TriageKnowledge>()(z.object({})),
};
