/**
 * Eligibility from the HIS's visit history (`His.visits`), each visit checked at the boundary
 * (backend/domain/his/visits.ts; a bad one is recorded in hisIssues and left out), then judged by
 * backend/domain/online/eligibility.ts with the hospital's window. Only a person the account has
 * brought to a completed visit is asked about (backend/handlers/records/his-patient.ts).
 */
import type { EligibilityView } from '../../../miniprogram/shared/dto/online';
import { feeText } from '../../../miniprogram/shared/money';
import type { PatientDoc } from '../../domain/booking/docs';
import { hisVisitSchema } from '../../domain/his/visits';
import { followupEligibility } from '../../domain/online/eligibility';
import type { Ctx } from '../framework/context';
import { departmentOr404 } from '../content/lookups';
import { hospitalOr404 } from '../framework/hospital';
import { checkedEach, listOf } from '../records/his-records';
import { askableHisPatient } from '../records/his-patient';
import { settingsOf } from './access';

const DAY_MS = 86_400_000;

export async function eligibilityOf(ctx: Ctx, patient: PatientDoc, departmentId: string): Promise<EligibilityView> {
  const dept = await departmentOr404(ctx.db, departmentId);
  await hospitalOr404(ctx.db, dept.hospitalId);
  const settings = await settingsOf(ctx.db, dept.hospitalId);
  // Visits from before the window still tell "too long ago" apart from "never": ask for twice the window.
  // A person the account has not brought to a completed visit is not asked about (records/his-patient.ts): "never".
  const asked = await askableHisPatient(ctx.db, patient, ctx.now);
  const raw = asked ? await ctx.ports.his.visits(asked, ctx.now - 2 * settings.windowDays * DAY_MS) : { visits: [] };
  const list = await listOf(ctx.ports, raw, 'visits', patient._id, ctx.now);
  const visits = list ? await checkedEach(ctx.ports, hisVisitSchema, list, patient._id, '就诊', ctx.now) : [];
  const result = followupEligibility(visits, {
    hospitalId: dept.hospitalId,
    departmentId: dept._id,
    departmentName: dept.name,
    windowDays: settings.windowDays,
    now: ctx.now,
  });
  return {
    ...result,
    hospitalId: dept.hospitalId,
    departmentId: dept._id,
    departmentName: dept.name,
    feeText: feeText(settings.feeFen),
    windowDays: settings.windowDays,
  };
}
