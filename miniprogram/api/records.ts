/** Typed calls of the `records` cloud function: reports, prescriptions, medication guidance, and the critical-value worklist. */
import type { CriticalTask, DrugMonographView, InteractionView, MedicationPlanView, PlanAnswer, PrescriptionView, ReportDetail, ReportSummary, TrendView } from '../shared/dto/records';
import { callFunction } from './transport';

const call = <T>(action: string, params: object = {}) => callFunction<T>('records', action, params);

export const reports = (patientId: string, hospitalId: string) => call<{ reports: ReportSummary[]; page: number; hasMore: boolean }>('reports', hospitalId ? { patientId, hospitalId } : { patientId });
export const report = (reportId: string, options: { idLast4?: string; abnormalFirst?: boolean } = {}) => call<{ report: ReportDetail }>('report', { reportId, ...options });
export const trend = (patientId: string, code: string) => call<{ trend: TrendView }>('trend', { patientId, code });
export const prescriptions = (patientId: string) => call<{ prescriptions: PrescriptionView[] }>('prescriptions', { patientId });
export const drug = (code: string) => call<{ drug: DrugMonographView }>('drug', { code });
export const interactions = (patientId: string) => call<{ interactions: InteractionView[]; disclaimer: string }>('interactions', { patientId });
export const criticalList = (hospitalId: string) => call<{ tasks: CriticalTask[] }>('criticalList', { hospitalId });
export const recordContact = (reportId: string, contactedPerson: string, method: 'phone' | 'in_person' | 'other', note: string, requestId: string) =>
  call<{ reportId: string; contactedBy: string; at: number }>('recordContact', { reportId, contactedPerson, method, note, requestId });
export const plan = (prescriptionId: string) => call<PlanAnswer>('plan', { prescriptionId });
export const savePlan = (prescriptionId: string, times: string[], remind: boolean, requestId: string) => call<{ plan: MedicationPlanView }>('savePlan', { prescriptionId, times, remind, requestId });
export const markDose = (planId: string, date: string, time: string, taken: boolean) => call<{ plan: MedicationPlanView }>('markDose', { planId, date, time, taken });
