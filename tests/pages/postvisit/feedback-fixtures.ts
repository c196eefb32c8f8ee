/**
 * Shared setup of the 就医反馈 page tests: the real handlers on a seeded store, a service-desk
 * member of 郑州康宁医院, a completed visit of demo-patient, and opening a page until it has loaded.
 */
import { session } from '../../../miniprogram/stores/session';
import type { LocalSystem } from '../../support/local-system';
import { DOCTOR, paidRegistration, PATIENT, ZZ } from '../billing/fixtures';
import { renderPage, routeRequests, startLocalSystem, waitFor, wxMock, type Rendered } from '../setup/page';

export { paidRegistration, PATIENT, ZZ };
export const SERVICE = 'svc-zz-0001';
export const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 9, 9]).toString('base64');

export async function feedbackSystem(): Promise<LocalSystem> {
  wxMock.request.mockReset();
  wxMock.navigateTo.mockReset();
  wxMock.redirectTo.mockReset();
  wxMock.showToast.mockReset();
  session.setHospitalsStatus('idle', '');
  session.selectHospital(ZZ);
  session.setDemoOpenid(PATIENT);
  const system = await startLocalSystem();
  routeRequests(system);
  await system.ok('staff', 'demo-admin-zz', { action: 'grant', hospitalId: ZZ, openid: SERVICE, name: '客服李敏', role: 'service' });
  return system;
}

/** A paid visit of 张建国 with 陈立民 that the doctor completed. */
export async function completedVisit(system: LocalSystem): Promise<string> {
  const b = await paidRegistration(system);
  await system.ok('clinic', DOCTOR, { action: 'completeVisit', appointmentId: b.appointmentId, diagnosis: '原发性高血压' });
  return b.appointmentId;
}

/** Renders the page, runs onLoad (or onShow) and waits until it is no longer loading. */
export async function openPage(id: string, query: Record<string, string> = {}, lifecycle: 'onLoad' | 'onShow' = 'onLoad'): Promise<Rendered> {
  const rendered = renderPage(id);
  await (lifecycle === 'onLoad' ? rendered.instance.onLoad(query) : rendered.instance.onShow());
  await waitFor(() => expect(rendered.data.view.status).not.toBe('loading'));
  return rendered;
}
