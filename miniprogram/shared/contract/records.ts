/** The `records` cloud function (backend/handlers/records/): reports, prescriptions, medication guidance and plans, the critical-value worklist. */
import { z } from 'zod';
import type {
  CriticalTask,
  DrugMonographView,
  InteractionView,
  MedicationPlanView,
  PlanAnswer,
  PrescriptionView,
  ReportDetail,
  ReportSummary,
  TrendView,
} from '../dto/records';
import { act } from './define';
import { fields } from './fields';

/** A time of day in a medication plan, 'HH:mm'. */
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
/** At most this many times a day in a plan. */
export const MAX_TIMES = 4;

const doseTime = () => z.string().regex(TIME, { message: '时间格式应为HH:mm' });
const code = (message: string) =>
  z
    .string()
    .min(1)
    .max(32)
    .regex(/^[A-Za-z0-9._-]+$/, { message });

export const records = {
  reports: act<{ reports: ReportSummary[]; page: number; hasMore: boolean }>()(
    z.object({ patientId: fields.id(), hospitalId: fields.id().optional(), page: fields.page() }),
  ),
  report: act<{ report: ReportDetail }>()(
    z.object({
      reportId: fields.id(),
      idLast4: z
        .string()
        .regex(/^\d{3}[\dXx]$/, { message: '请输入身份证号后4位' })
        .optional(),
      abnormalFirst: z.boolean().optional(),
    }),
  ),
  trend: act<{ trend: TrendView }>()(z.object({ patientId: fields.id(), code: code('项目编码格式不正确') })),
  prescriptions: act<{ prescriptions: PrescriptionView[] }>()(z.object({ patientId: fields.id() })),
  drug: act<{ drug: DrugMonographView }>()(z.object({ code: code('药品编码格式不正确') })),
  interactions: act<{ interactions: InteractionView[]; disclaimer: string }>()(z.object({ patientId: fields.id() })),
  savePlan: act<{ plan: MedicationPlanView }>()(
    z.object({
      prescriptionId: fields.id(),
      times: z
        .array(doseTime())
        .min(1)
        .max(MAX_TIMES)
        .refine((t) => new Set(t).size === t.length, { message: '服药时间不能重复' }),
      remind: z.boolean(),
      requestId: fields.requestId(),
    }),
  ),
  plan: act<PlanAnswer>()(z.object({ prescriptionId: fields.id() })),
  markDose: act<{ plan: MedicationPlanView }>()(z.object({ planId: fields.id(), date: fields.date(), time: doseTime(), taken: z.boolean() })),
  criticalList: act<{ tasks: CriticalTask[] }>()(z.object({ hospitalId: fields.id() })),
  recordContact: act<{ reportId: string; contactedBy: string; at: number }>()(
    z.object({
      reportId: fields.id(),
      contactedPerson: fields.requiredText(20),
      method: z.enum(['phone', 'in_person', 'other']),
      note: fields.text(100).optional(),
      requestId: fields.requestId(),
    }),
  ),
};
