/**
 * Shared setup of the 在线复诊 / 药品快递 page tests: the real handlers on a seeded store with the
 * demo history (张建国 seen in 心血管内科 20 days ago for hypertension and dyslipidaemia), and
 * steps that bring a follow-up and its prescription to a given state.
 */
import type { DeliveryView, FollowupView, RxView } from '../../../miniprogram/shared/dto/online';
import { session } from '../../../miniprogram/stores/session';
import type { LocalSystem } from '../../support/local-system';
import { deliver, payInSandbox } from '../../support/payment-fixtures';
import { routeRequests, startLocalSystem, wxMock } from '../setup/page';

export const ZZ = 'h-zzcentral';
export const PATIENT = 'demo-patient';
export const ZHANG = 'pat-demo-zhang';
export const DOCTOR = 'demo-doctor-zz';
export const PHARMACIST = 'demo-pharmacist-zz';
export const ADDRESS = { name: '张建国', phone: '13800000000', province: '河南省', city: '郑州市', district: '金水区', detail: '花园路100号' };

export async function onlineSystem(openid = PATIENT): Promise<LocalSystem> {
  wxMock.request.mockReset();
  wxMock.navigateTo.mockReset();
  wxMock.redirectTo.mockReset();
  wxMock.showToast.mockReset();
  wxMock.showModal.mockClear();
  session.setHospitalsStatus('idle', '');
  session.selectHospital(ZZ);
  session.setDemoOpenid(openid);
  const system = await startLocalSystem({ history: true });
  routeRequests(system);
  return system;
}

export async function pay(system: LocalSystem, orderId: string): Promise<void> {
  const { payment } = await system.ok<{ payment: { outTradeNo: string } }>('orders', PATIENT, { action: 'pay', orderId });
  await deliver(system, await payInSandbox(system, payment.outTradeNo));
}

export async function startedFollowup(system: LocalSystem): Promise<FollowupView> {
  const { followup } = await system.ok<{ followup: FollowupView }>('followup', PATIENT, {
    action: 'start',
    patientId: ZHANG,
    departmentId: 'd-zz-cardio',
    changes: '血压平稳，药快吃完了',
    requestId: 'req-page-fu001',
  });
  return followup;
}

export async function acceptedFollowup(system: LocalSystem): Promise<FollowupView> {
  const f = await startedFollowup(system);
  await pay(system, f.orderId ?? '');
  return (await system.ok<{ followup: FollowupView }>('followup', DOCTOR, { action: 'accept', followupId: f.id })).followup;
}

export async function renewedRx(system: LocalSystem): Promise<{ followup: FollowupView; rx: RxView }> {
  const followup = await acceptedFollowup(system);
  const { prescription } = await system.ok<{ prescription: RxView }>('followup', DOCTOR, {
    action: 'renew',
    followupId: followup.id,
    requestId: 'req-page-rx001',
  });
  return { followup, rx: prescription };
}

export async function paidRx(system: LocalSystem): Promise<{ followup: FollowupView; rx: RxView }> {
  const r = await renewedRx(system);
  await system.ok('followup', PHARMACIST, { action: 'review', prescriptionId: r.rx.id, decision: 'approve' });
  await pay(system, `rx-${r.rx.id}`);
  return r;
}

export async function chosenDelivery(system: LocalSystem): Promise<DeliveryView> {
  const { rx } = await paidRx(system);
  await system.ok('delivery', PATIENT, { action: 'choose', prescriptionId: rx.id, mode: 'delivery', address: ADDRESS });
  await pay(system, `dlfee-${rx.id}`);
  return (await system.ok<{ delivery: DeliveryView }>('delivery', PATIENT, { action: 'get', prescriptionId: rx.id })).delivery;
}
