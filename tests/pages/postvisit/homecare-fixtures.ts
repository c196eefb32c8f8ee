/** Shared steps of the 医护到家 page tests: a coordinator, a qualified nurse, a request of demo-patient. */
import type { HomecareView } from '../../../miniprogram/shared/dto/homecare';
import type { LocalSystem } from '../../support/local-system';
import { deliver, payInSandbox } from '../../support/payment-fixtures';
import { PATIENT, ZZ } from './feedback-fixtures';
import { ADDRESS } from './record-fixtures';

export const COORD = 'hc-coord-zz1';
export const NURSE = 'hc-nurse-zz1';

export async function homecareStaff(system: LocalSystem): Promise<void> {
  await system.ok('staff', 'demo-admin-zz', { action: 'grant', hospitalId: ZZ, openid: COORD, name: '调度刘芳', role: 'homecare' });
  await system.ok('staff', 'demo-admin-zz', { action: 'grant', hospitalId: ZZ, openid: NURSE, name: '护师周琳', role: 'nurse' });
  await system.ok('homecare', 'demo-admin-zz', { action: 'setNurse', hospitalId: ZZ, openid: NURSE, nurseTitle: 'supervisor', practiceSinceYear: 2015 });
}

export async function homeRequest(system: LocalSystem): Promise<HomecareView> {
  const { request } = await system.ok<{ request: HomecareView }>('homecare', PATIENT, {
    action: 'request',
    hospitalId: ZZ,
    patientId: 'pat-demo-zhang',
    group: 'rehabilitation',
    serviceCode: 'dressing',
    address: ADDRESS,
    date: '2026-11-27',
    startTime: '08:00',
    endTime: '10:00',
    condition: '膝关节置换术后伤口换药',
    risk: { drugAllergy: false, infectious: false, consciousness: 'clear', aggression: false },
    requestId: 'req-page-hc-001',
  });
  return request;
}

/** Accepted, paid in the sandbox and assigned to the nurse. */
export async function assignedRequest(system: LocalSystem): Promise<HomecareView> {
  const r = await homeRequest(system);
  const { request } = await system.ok<{ request: HomecareView }>('homecare', COORD, { action: 'accept', homecareId: r.id, assessment: '伤口情况稳定，可上门' });
  const { payment } = await system.ok<{ payment: { outTradeNo: string } }>('orders', PATIENT, { action: 'pay', orderId: request.orderId });
  await deliver(system, await payInSandbox(system, payment.outTradeNo));
  return (await system.ok<{ request: HomecareView }>('homecare', COORD, { action: 'assign', homecareId: r.id, nurseOpenid: NURSE })).request;
}
