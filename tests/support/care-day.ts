/** A visit day on the seeded store: a free 老年医学科 visit booked today, optionally completed with HIS orders and an ultrasound booked. */
import type { StaffDoc } from '../../backend/domain/content/docs';
import type { SlotDoc } from '../../backend/domain/scheduling/docs';
import { StaffRole } from '../../miniprogram/shared/enums';
import { requestIdOf } from './booking-fixtures';
import { FROZEN_NOW, type LocalSystem } from './local-system';
import { deliver, payInSandbox } from './payment-fixtures';

const TODAY = '2026-11-25';

export async function slotToday(sys: LocalSystem, where: Record<string, string>): Promise<SlotDoc> {
  const slots = await sys.ports.db.find<SlotDoc>('slots', {
    where: { ...where, date: TODAY, onlineRemaining: { gt: 0 }, start: { gt: FROZEN_NOW } },
    orderBy: [['start', 'asc']],
    limit: 1,
  });
  if (!slots[0]) throw new Error(`no slot today for ${JSON.stringify(where)}`);
  return slots[0];
}

/** Books a 老年医学科 visit today for a family member of demo-patient (张建国 by default); answers the appointment id. */
export async function visitToday(sys: LocalSystem, n = 1, patientId = 'pat-demo-zhang'): Promise<string> {
  const slot = await slotToday(sys, { departmentId: 'd-zz-geri' });
  return (await sys.ok<{ id: string }>('booking', 'demo-patient', { action: 'book', slotId: slot._id, patientId, requestId: requestIdOf(`care-${n}`) })).id;
}

/** The visit's own doctor (a staff grant bound to that doctor) completes it with a diagnosis. */
export async function completeAsItsDoctor(sys: LocalSystem, visitId: string, diagnosis: string): Promise<void> {
  const visit = await sys.ports.db.get<{ _id: string; ownerId: string; hospitalId: string }>('appointments', visitId);
  if (!visit) throw new Error(`no appointment ${visitId}`);
  const openid = `care-doctor-${visit.ownerId}`;
  const grant: StaffDoc = {
    _id: `staff-${openid}-${visit.hospitalId}`,
    openid,
    hospitalId: visit.hospitalId,
    name: '出诊医生',
    roles: [StaffRole.doctor],
    doctorId: visit.ownerId,
    grantedBy: 'test',
    updatedAt: FROZEN_NOW,
  };
  if (!(await sys.ports.db.get('staff', grant._id))) await sys.ports.db.insert('staff', grant);
  await sys.ok('clinic', openid, { action: 'completeVisit', appointmentId: visitId, diagnosis });
}

/** The doctor completes the visit (diabetes: fasting blood tests and a prescription, unpaid) and the patient books the abdominal ultrasound today. */
export async function afterTheVisit(sys: LocalSystem, visitId: string, n = 1): Promise<void> {
  await completeAsItsDoctor(sys, visitId, '2型糖尿病复查');
  const exam = await slotToday(sys, { ownerId: 'res-zz-us-abd' });
  await sys.ok('booking', 'demo-patient', { action: 'bookExam', examOrderId: 'exo-demo-us', slotId: exam._id, requestId: requestIdOf(`care-exam-${n}`) });
}

/** The patient pays every unpaid outpatient order of the visit in the sandbox. */
export async function payVisitOrders(sys: LocalSystem, visitId: string): Promise<void> {
  const orders = await sys.ports.db.find<{ _id: string; status: string; kind: string }>('orders', { where: { visitId }, limit: 100 });
  for (const o of orders.filter((x) => x.kind === 'outpatient' && x.status === 'unpaid')) {
    const { payment } = await sys.ok<{ payment: { outTradeNo: string } }>('orders', 'demo-patient', { action: 'pay', orderId: o._id });
    await deliver(sys, await payInSandbox(sys, payment.outTradeNo));
  }
}
