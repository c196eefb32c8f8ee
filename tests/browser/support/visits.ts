/**
 * Where every page of app.json is opened in the browser tests (pages.test.ts, elder-audit.test.ts):
 * the query and demo identity that make a page show content, with ids from the seed or from data
 * set up once through the emulator's API. A page not listed opens without a query as demo-patient
 * (staff pages as the hospital's admin).
 */
import { bookFirstOpen, call, payAppointmentViaApi } from './emulator-api';
import type { Emulator } from './harness';

export interface Visit {
  /** Query string, or one computed from data set up through the API. */
  query?: string | ((scene: Scene) => Promise<string>);
  openid?: string;
}

/** Data some pages need, created once per run on first use. */
export class Scene {
  private appointment: Promise<{ appointmentId: string; slotId: string; date: string; patientId: string }> | null = null;
  constructor(private readonly emu: Emulator) {}

  bookedAppointment() {
    this.appointment ??= bookFirstOpen(this.emu.baseUrl, 'doc-zz-002', 'demo-patient');
    return this.appointment;
  }

  async registrationOrderId(): Promise<string> {
    const { appointmentId } = await this.bookedAppointment();
    const { order } = await call<{ order: { id: string } }>(this.emu.baseUrl, 'orders', 'demo-patient', { action: 'payAppointment', appointmentId });
    return order.id;
  }

  /** A registration paid in the sandbox (another doctor's slot, so the unpaid one stays unpaid). */
  async paidOrderId(): Promise<string> {
    const { appointmentId } = await bookFirstOpen(this.emu.baseUrl, 'doc-zz-003', 'demo-patient');
    return payAppointmentViaApi(this.emu.baseUrl, 'demo-patient', appointmentId);
  }

  /** A completed visit of the seed the patient may rate. */
  async visitToRate(): Promise<string> {
    const { visits } = await call<{ visits: Array<{ appointmentId: string }> }>(this.emu.baseUrl, 'feedback', 'demo-patient', { action: 'myVisits' });
    return visits[0]?.appointmentId ?? '';
  }

  async reportId(): Promise<string> {
    const { reports } = await call<{ reports: Array<{ id: string; title: string }> }>(this.emu.baseUrl, 'records', 'demo-patient', {
      action: 'reports',
      patientId: 'pat-demo-zhang',
    });
    return reports.find((r) => r.title === '肝功能')?.id ?? '';
  }

  async prescriptionId(): Promise<string> {
    const { prescriptions } = await call<{ prescriptions: Array<{ id: string }> }>(this.emu.baseUrl, 'records', 'demo-patient', {
      action: 'prescriptions',
      patientId: 'pat-demo-zhang',
    });
    return prescriptions[0]?.id ?? '';
  }

  async visitId(): Promise<string> {
    await this.registrationOrderId();
    const { bills } = await call<{ bills: Array<{ visitId: string }> }>(this.emu.baseUrl, 'orders', 'demo-patient', { action: 'bills' });
    return bills.length > 0 ? bills[0].visitId : '';
  }
}

export const STAFF = 'demo-admin-zz';

export const VISITS: Record<string, Visit> = {
  'previsit/department/index': { query: 'id=d-zz-cardio' },
  'previsit/doctors/index': { query: 'departmentId=d-zz-cardio' },
  'previsit/doctor/index': { query: 'id=doc-zz-001' },
  'previsit/guide/index': {},
  'booking/doctor/index': { query: 'id=doc-zz-001' },
  'booking/department/index': { query: 'id=d-zz-cardio' },
  'booking/confirm/index': {
    query: async (s) => {
      const a = await s.bookedAppointment();
      return `slotId=${a.slotId}&doctorId=doc-zz-002&date=${a.date}`;
    },
  },
  'booking/result/index': { query: async (s) => `id=${(await s.bookedAppointment()).appointmentId}` },
  'booking/appointment/index': { query: async (s) => `id=${(await s.bookedAppointment()).appointmentId}` },
  'booking/exam/index': { query: 'id=exo-demo-ct' },
  'billing/order/index': { query: async (s) => `id=${await s.registrationOrderId()}` },
  'billing/result/index': { query: async (s) => `id=${await s.registrationOrderId()}` },
  'billing/bill/index': { query: async (s) => `visitId=${await s.visitId()}` },
  'billing/invoice/index': { query: async (s) => `orderId=${await s.paidOrderId()}` },
  'postvisit/rate/index': { query: async (s) => `appointmentId=${await s.visitToRate()}` },
  'postvisit/article/index': { query: 'id=art-001' },
  'navigation/route/index': { query: 'hospitalId=h-zzcentral&to=d-zz-cardio' },
  'navigation/care-path/index': { query: async (s) => `appointmentId=${(await s.bookedAppointment()).appointmentId}` },
  'records/report/index': { query: async (s) => `id=${await s.reportId()}` },
  'records/drug/index': { query: 'code=DRUG-MET' },
  'records/plan/index': { query: async (s) => `prescriptionId=${await s.prescriptionId()}` },
  'staff/critical/index': { openid: 'demo-nurse-zz' },
  'staff/article-edit/index': { query: 'id=art-001', openid: 'demo-editor-zz' },
  'staff/articles/index': { openid: 'demo-editor-zz' },
  'staff/hospital-edit/index': { openid: 'demo-editor-zz' },
  'staff/departments/index': { openid: 'demo-editor-zz' },
  'staff/department-edit/index': { query: 'id=d-zz-cardio', openid: 'demo-editor-zz' },
  'staff/schedule/index': { query: 'ownerId=doc-zz-001', openid: 'demo-scheduler-zz' },
  'staff/template-edit/index': { query: 'ownerType=doctor&ownerId=doc-zz-004&weekday=7&session=pm', openid: 'demo-scheduler-zz' },
  'staff/settings/index': { openid: 'demo-scheduler-zz' },
  'staff/clinic/index': { query: 'doctorId=doc-zz-001', openid: 'demo-scheduler-zz' },
  'queue/status/index': { query: async (s) => `id=${(await s.bookedAppointment()).appointmentId}` },
  'staff/queue/index': { openid: 'demo-nurse-zz' },
  'staff/doctor/index': { openid: 'demo-doctor-zz' },
  'staff/refund/index': { query: async (s) => `orderId=${await s.registrationOrderId()}`, openid: 'demo-billing-zz' },
  'previsit/triage-result/index': { query: `h=h-zzcentral&t=${encodeURIComponent('咳嗽三天，有点发烧，嗓子疼')}&g=45&x=m` },
  'online/followup-start/index': { query: 'patientId=pat-demo-zhang&departmentId=d-zz-cardio' },
  'staff/followups/index': { openid: 'demo-doctor-zz' },
  'staff/rx-review/index': { openid: 'demo-pharmacist-zz' },
  'staff/pharmacy-shipping/index': { openid: 'demo-pharmacist-zz' },
  'online/consult-ask/index': { query: 'doctorId=doc-zz-001' },
  'staff/consults/index': { openid: 'demo-doctor-zz' },
  'staff/consult/index': { openid: 'demo-doctor-zz' },
  'staff/area-code/index': { query: 'departmentId=d-zz-cardio' },
};

/** The identity and the `/route?query` address that open `route` with content. */
export async function visitOf(route: string, scene: Scene): Promise<{ openid: string; address: string }> {
  const visit = VISITS[route] ?? {};
  const query =
    typeof visit.query === 'function'
      ? await visit.query(scene).catch((e: unknown) => {
          throw new Error(`setting up ${route}: ${String(e)}`);
        })
      : (visit.query ?? '');
  return { openid: openidOf(route), address: `/${route}${query ? `?${query}` : ''}` };
}

/** The demo identity a page is opened as. */
export function openidOf(route: string): string {
  return VISITS[route]?.openid ?? (route.startsWith('staff/') ? STAFF : 'demo-patient');
}
