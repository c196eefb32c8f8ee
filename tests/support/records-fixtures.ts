/** Helpers for records tests: the seeded reports, and a recorder of every answer a patient got. */
import type { ReportSummary } from '../../miniprogram/shared/dto/records';
import type { Envelope } from '../../miniprogram/shared/envelope';
import type { LocalSystem } from './local-system';
import { shanghaiDate } from '../../miniprogram/shared/time';
import { firstOpenSlot, requestIdOf } from './booking-fixtures';
import { deliver, payInSandbox } from './payment-fixtures';

export const PATIENT = 'demo-patient';
export const ZHANG = 'pat-demo-zhang';
export const MOTHER = 'pat-demo-zhang-mother';
/** The seeded critical potassium of 王秀兰 (backend/dev-server/seed/history.ts, backend/adapters/local/demo-results.ts). */
export const CRITICAL_K = '6.87';

/** Calls the records function as a patient and keeps every answer, to scan them all. */
export class PatientRecorder {
  readonly answers: Array<Envelope<unknown>> = [];
  constructor(
    private readonly sys: LocalSystem,
    private readonly openid = PATIENT,
  ) {}

  async call<T>(event: Record<string, unknown>): Promise<Envelope<T>> {
    const res = await this.sys.call<T>('records', this.openid, event);
    this.answers.push(res);
    return res;
  }

  async ok<T>(event: Record<string, unknown>): Promise<T> {
    const res = await this.call<T>(event);
    if (!res.ok) throw new Error(`records.${String(event.action)} failed: ${res.error.code} ${res.error.message}`);
    return res.data;
  }

  text(): string {
    return JSON.stringify(this.answers);
  }
}

export async function reportsOf(rec: PatientRecorder, patientId: string): Promise<ReportSummary[]> {
  return (await rec.ok<{ reports: ReportSummary[] }>({ action: 'reports', patientId })).reports;
}

/**
 * 张建国 (or another family member of the demo patient) books 陈立民 today (a doctor completes
 * visits on their day only), pays, and the doctor completes the visit with this diagnosis: answers
 * the appointment.
 */
export async function completedVisit(sys: LocalSystem, diagnosis: string, patientId = ZHANG): Promise<string> {
  const slot = await firstOpenSlot(sys, 'doc-zz-001', shanghaiDate(sys.ports.clock.now()));
  const { id } = await sys.ok<{ id: string }>('booking', PATIENT, {
    action: 'book',
    slotId: slot.id,
    patientId,
    requestId: requestIdOf(`visit-${patientId}-${diagnosis.length}`),
  });
  const { order } = await sys.ok<{ order: { id: string } }>('orders', PATIENT, { action: 'payAppointment', appointmentId: id });
  const { payment } = await sys.ok<{ payment: { outTradeNo: string } }>('orders', PATIENT, { action: 'pay', orderId: order.id });
  await deliver(sys, await payInSandbox(sys, payment.outTradeNo));
  await sys.ok('clinic', 'demo-doctor-zz', { action: 'completeVisit', appointmentId: id, diagnosis });
  return id;
}

/** A final, normal potassium report of `patientId` as a HIS answers it (docs/his-http.md), its id `<visitId>.LAB-K`. */
export function finalPotassium(patientId: string, visitId: string) {
  return {
    id: `${visitId}.LAB-K`,
    hospitalId: 'h-zzcentral',
    visitId,
    patientId,
    code: 'LAB-K',
    title: '血钾',
    kind: 'lab',
    status: 'final',
    departmentId: 'd-zz-nephro',
    departmentName: '肾内科',
    sampleType: '静脉血',
    sampledAt: 1_795_000_000_000,
    reportedAt: 1_795_000_600_000,
    reviewer: '检验科 李静',
    items: [{ code: 'K', name: '钾', value: '4.20', unit: 'mmol/L', range: '3.50-5.30', interpretation: 'N' }],
    findings: '',
    impression: '',
    critical: false,
  };
}
