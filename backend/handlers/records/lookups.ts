/** The records a caller may see: only those of a family member their own account manages (another's: NOT_FOUND). */
import type { PatientDoc } from '../../domain/booking/docs';
import type { PrescriptionDoc, ReportDoc } from '../../domain/records/docs';
import { notFound } from '../framework/app-error';
import type { Ctx } from '../framework/context';
import { ownPatient } from '../patients';

export { ownPatient };

async function ownRecord<T extends { _id: string; patientId: string }>(
  ctx: Ctx,
  collection: string,
  id: string,
  what: string,
): Promise<{ record: T; patient: PatientDoc }> {
  const record = await ctx.db.get<T>(collection, id);
  const patient = record ? await ctx.db.get<PatientDoc>('patients', record.patientId) : null;
  if (!record || !patient || patient.openid !== ctx.user()) throw notFound(what);
  return { record, patient };
}

export async function ownReport(ctx: Ctx, reportId: string): Promise<{ report: ReportDoc; patient: PatientDoc }> {
  const { record, patient } = await ownRecord<ReportDoc>(ctx, 'reports', reportId, '报告');
  return { report: record, patient };
}

export async function ownPrescription(ctx: Ctx, prescriptionId: string): Promise<{ prescription: PrescriptionDoc; patient: PatientDoc }> {
  const { record, patient } = await ownRecord<PrescriptionDoc>(ctx, 'prescriptions', prescriptionId, '处方');
  return { prescription: record, patient };
}
