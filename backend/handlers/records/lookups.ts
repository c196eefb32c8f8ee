/** The records a caller may see: only those of a family member their own account manages (another's: NOT_FOUND). */
import type { PatientDoc } from '../../domain/booking/docs';
import type { PrescriptionDoc, ReportDoc } from '../../domain/records/docs';
import { notFound } from '../framework/app-error';
import type { Ctx } from '../framework/context';
import { ownPatient } from '../patients';

export { ownPatient };

export async function ownReport(ctx: Ctx, reportId: string): Promise<{ report: ReportDoc; patient: PatientDoc }> {
  const report = await ctx.db.get<ReportDoc>('reports', reportId);
  if (!report) throw notFound('报告');
  const patient = await ctx.db.get<PatientDoc>('patients', report.patientId);
  if (!patient || patient.openid !== ctx.user()) throw notFound('报告');
  return { report, patient };
}

export async function ownPrescription(ctx: Ctx, prescriptionId: string): Promise<{ prescription: PrescriptionDoc; patient: PatientDoc }> {
  const prescription = await ctx.db.get<PrescriptionDoc>('prescriptions', prescriptionId);
  if (!prescription) throw notFound('处方');
  const patient = await ctx.db.get<PatientDoc>('patients', prescription.patientId);
  if (!patient || patient.openid !== ctx.user()) throw notFound('处方');
  return { prescription, patient };
}
