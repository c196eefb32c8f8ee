/** A morning of 陈立民 (doc-zz-001) on 2026-11-28, and of the CT room on 2026-11-25, for the nurse's and doctor's console tests. */
import type { ExamOrderDoc } from '../../../backend/domain/booking/docs';
import type { SlotDoc } from '../../../backend/domain/scheduling/docs';
import { shanghaiInstant } from '../../../miniprogram/shared/time';
import { makePeople, requestIdOf, slotsOf } from '../../support/booking-fixtures';
import type { LocalSystem } from '../../support/local-system';
import { deliver, payInSandbox } from '../../support/payment-fixtures';
import { session } from '../../../miniprogram/stores/session';
import { renderPage, routeRequests, startLocalSystem, waitFor, wxMock, type Rendered } from '../setup/page';

export const NURSE = 'demo-nurse-zz';
export const DAY = '2026-11-28';
export const KEY = `doc-zz-001|${DAY}|am`;
/** The CT room's morning (a Wednesday: exam rooms work on weekdays). */
export const CT_DAY = '2026-11-25';
export const CT_KEY = `res-zz-ct|${CT_DAY}|am`;

export interface Patient {
  openid: string;
  id: string;
  name: string;
}

/** Three paid patients of 陈立民's morning; the first `arrived` (two) check in at 07:40, the others have not arrived. */
export async function morning(system: LocalSystem, arrived = 2): Promise<Patient[]> {
  const people = await makePeople(system, 3, 'nursepage');
  const slot = (await slotsOf(system, 'doc-zz-001', DAY)).find((s) => s.status === 'open' && s.remaining >= 3)!;
  const out: Patient[] = [];
  for (const [n, p] of people.entries()) {
    const { id } = await system.ok<{ id: string }>('booking', p.openid, {
      action: 'book',
      slotId: slot.id,
      patientId: p.patientId,
      requestId: requestIdOf(`np${n}`),
    });
    const { order } = await system.ok<{ order: { id: string } }>('orders', p.openid, { action: 'payAppointment', appointmentId: id });
    const { payment } = await system.ok<{ payment: { outTradeNo: string } }>('orders', p.openid, { action: 'pay', orderId: order.id });
    await deliver(system, await payInSandbox(system, payment.outTradeNo));
    const a = (await system.ports.db.get<{ _id: string; patientName: string }>('appointments', id))!;
    out.push({ openid: p.openid, id, name: a.patientName });
  }
  await system.ports.db.update('hospitals', { _id: 'h-zzcentral' }, { set: { queue: { checkInOpensMinutes: 600 } } });
  system.setNow(shanghaiInstant(DAY, '07:40'));
  const { code } = await system.ok<{ code: string }>('queue', NURSE, { action: 'areaCode', departmentId: 'd-zz-cardio' });
  for (const p of out.slice(0, arrived)) await system.ok('queue', p.openid, { action: 'checkIn', appointmentId: p.id, code });
  return out;
}

/** Two patients with CT orders book this morning's 09:40 CT places and check in with 放射科's code. */
export async function ctMorning(system: LocalSystem): Promise<Patient[]> {
  system.setNow(shanghaiInstant(CT_DAY, '09:20'));
  await system.ok('queue', 'demo-admin-zz', { action: 'assignAreas', hospitalId: 'h-zzcentral', openid: NURSE, departmentIds: ['d-zz-radio'] });
  const [slot] = await system.ports.db.find<SlotDoc>('slots', {
    where: { ownerId: 'res-zz-ct', date: CT_DAY, start: shanghaiInstant(CT_DAY, '09:40') },
    limit: 1,
  });
  const { code } = await system.ok<{ code: string }>('queue', NURSE, { action: 'areaCode', departmentId: 'd-zz-radio' });
  const out: Patient[] = [];
  for (const [n, p] of (await makePeople(system, 2, 'ctpage')).entries()) {
    const examOrderId = `exo-page-${n}`;
    await system.ports.db.insert<ExamOrderDoc>('examOrders', {
      _id: examOrderId,
      hospitalId: 'h-zzcentral',
      openid: p.openid,
      patientId: p.patientId,
      examType: 'ct',
      itemName: '胸部CT平扫',
      departmentName: '呼吸内科',
      orderedBy: '郭文涛',
      orderedAt: 0,
      status: 'open',
    });
    const { id } = await system.ok<{ id: string }>('booking', p.openid, {
      action: 'bookExam',
      examOrderId,
      slotId: slot._id,
      requestId: requestIdOf(`ctp${n}`),
    });
    await system.ok('queue', p.openid, { action: 'checkIn', appointmentId: id, code });
    const a = (await system.ports.db.get<{ _id: string; patientName: string }>('appointments', id))!;
    out.push({ openid: p.openid, id, name: a.patientName });
  }
  return out;
}

/** A fresh system routed to the page as `openid`, in 郑州康宁医院 (each test's beforeEach). */
export async function consoleSystem(openid: string): Promise<LocalSystem> {
  wxMock.request.mockReset();
  wxMock.showModal.mockClear();
  wxMock.showToast.mockReset();
  session.setHospitalsStatus('idle', '');
  session.selectHospital('h-zzcentral');
  const system = await startLocalSystem();
  routeRequests(system);
  session.setDemoOpenid(openid);
  return system;
}

/** The console page opened on 陈立民's morning, its queue loaded. */
export async function openConsole(id: string): Promise<Rendered> {
  const page = renderPage(id);
  await page.instance.onLoad();
  await waitFor(() => expect(page.data.view.status).toBe('ready'));
  await page.instance.select(KEY);
  await waitFor(() => expect(page.data.queueView.status).toBe('ready'));
  return page;
}
