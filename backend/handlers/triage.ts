/**
 * The `triage` cloud function (智能导诊, function 7): `assess` turns a complaint (free text and/or
 * body-map picks) into the top 3 departments of the chosen hospital, with reasons, red flags and
 * advice; `knowledge` gives the body-map page its regions, symptom chips and follow-up questions.
 * The engine is pure (backend/domain/triage); this module reads the hospital's departments and,
 * when a family member is chosen, their age and sex.
 */
import type { DepartmentDoc } from '../domain/content/docs';
import { ageInYears } from '../domain/triage/age';
import { assess, type HospitalDepartment } from '../domain/triage/assess';
import { isAnswer, isRegionId, isSymptomId, knowledgeView } from '../domain/triage/knowledge';
import { findAll, hospitalOr404 } from './content/lookups';
import { action, defineFunction } from './framework/define';
import { fields, z } from './framework/validation';
import { ownPatient } from './patients';

/** Longer text is refused; up to this, the engine reads it all (a pasted report, a long story). */
export const MAX_TEXT = 20_000;

const picks = z.object({
  regionId: fields.id().refine(isRegionId, { message: '不是可选的部位' }).optional(),
  symptomIds: z
    .array(fields.id().refine(isSymptomId, { message: '不是可选的症状' }))
    .max(30)
    .default([]),
  answers: z
    .array(z.object({ questionId: fields.id(), optionId: fields.id() }).refine((a) => isAnswer(a.questionId, a.optionId), { message: '不是可选的回答' }))
    .max(40)
    .default([]),
});

const toHospitalDepartment = (d: DepartmentDoc): HospitalDepartment => ({
  id: d._id,
  name: d.name,
  category: d.category,
  location: d.location,
  phone: d.phone,
});

const assessAction = action({
  access: 'public',
  offer: { key: 'triage' },
  input: z.object({
    hospitalId: fields.id(),
    text: z.string().max(MAX_TEXT).optional(),
    picks: picks.optional(),
    age: z.number().min(0).max(130).optional(),
    sex: z.enum(['male', 'female']).optional(),
    pregnant: z.boolean().optional(),
    patientId: fields.id().optional(),
  }),
  async run({ hospitalId, text, picks: chosen, age, sex, pregnant, patientId }, ctx) {
    await hospitalOr404(ctx.db, hospitalId);
    let patientAge = age ?? null;
    let patientSex = sex ?? null;
    if (patientId) {
      const p = await ownPatient(ctx, patientId);
      patientAge = ageInYears(p.birthDate, ctx.now) ?? patientAge;
      patientSex = p.sex === '' ? patientSex : p.sex;
    }
    const docs = await findAll<DepartmentDoc>(ctx.db, 'departments', { hospitalId }, [['sort', 'asc']]);
    return assess({ text, picks: chosen, age: patientAge, sex: patientSex, pregnant }, docs.map(toHospitalDepartment));
  },
});

const knowledge = action({
  access: 'public',
  input: z.object({}),
  async run() {
    return knowledgeView();
  },
});

export const triageFunction = defineFunction('triage', { assess: assessAction, knowledge });
