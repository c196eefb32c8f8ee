/**
 * The `triage` cloud function (智能导诊, function 7): `assess` turns a complaint (free text and/or
 * body-map picks) into the top 3 departments of the chosen hospital, with reasons, red flags and
 * advice; `knowledge` gives the body-map page its regions, symptom chips and follow-up questions.
 * The engine is pure (backend/domain/triage); this module reads the hospital's departments and,
 * when a family member is chosen, their age and sex.
 */
import { ErrorCode } from '../../miniprogram/shared/errors';
import { triage } from '../../miniprogram/shared/contract/triage';
import type { InputOf } from '../../miniprogram/shared/contract/define';
import type { DepartmentDoc } from '../domain/content/docs';
import { ageInYears } from '../domain/triage/age';
import { assess, type HospitalDepartment } from '../domain/triage/assess';
import { isAnswer, isRegionId, isSymptomId, knowledgeView } from '../domain/triage/knowledge';
import { findAll } from './framework/find-all';
import { hospitalOr404 } from './framework/hospital';
import { AppError } from './framework/app-error';
import { action, defineFunction } from './framework/define';
import { ownPatient } from './patients';
import { anyone } from './framework/who';

type Picks = NonNullable<InputOf<typeof triage.assess>['picks']>;

/** The picks name only what the body map offers (the engine's knowledge, so checked here, not in the contract). */
function checkPicks(picks: Picks): void {
  const refuse = (message: string, field: string): never => {
    throw new AppError(ErrorCode.VALIDATION_FAILED, message, field);
  };
  if (picks.regionId !== undefined && !isRegionId(picks.regionId)) refuse('不是可选的部位', 'picks.regionId');
  picks.symptomIds.forEach((id, i) => {
    if (!isSymptomId(id)) refuse('不是可选的症状', `picks.symptomIds.${i}`);
  });
  picks.answers.forEach((a, i) => {
    if (!isAnswer(a.questionId, a.optionId)) refuse('不是可选的回答', `picks.answers.${i}`);
  });
}

const toHospitalDepartment = (d: DepartmentDoc): HospitalDepartment => ({
  id: d._id,
  name: d.name,
  category: d.category,
  location: d.location,
  phone: d.phone,
});

const assessAction = action(triage.assess, {
  who: anyone(),
  offer: { key: 'triage' },
  async run({ hospitalId, text, picks: chosen, age, sex, pregnant, patientId }, ctx) {
    if (chosen) checkPicks(chosen);
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

const knowledge = action(triage.knowledge, {
  who: anyone(),
  async run() {
    return knowledgeView();
  },
});

export const triageFunction = defineFunction('triage', triage, { assess: assessAction, knowledge });
