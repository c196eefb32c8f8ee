/** Helpers for records tests: the seeded reports, and a recorder of every answer a patient got. */
import type { ReportSummary } from '../../miniprogram/shared/dto/records';
import type { Envelope } from '../../miniprogram/shared/envelope';
import type { LocalSystem } from './local-system';
import { deliver, payInSandbox, startPaidBooking } from './payment-fixtures';

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

/** 张建国 books, pays and the doctor completes the visit with this diagnosis: answers the appointment. */
export async function completedVisit(sys: LocalSystem, diagnosis: string): Promise<string> {
  const b = await startPaidBooking(sys);
  await deliver(sys, await payInSandbox(sys, b.outTradeNo));
  await sys.ok('clinic', 'demo-doctor-zz', { action: 'completeVisit', appointmentId: b.appointmentId, diagnosis });
  return b.appointmentId;
}
