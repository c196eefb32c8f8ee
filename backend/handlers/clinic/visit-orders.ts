/**
 * Making a completed visit's outpatient orders. The HIS is asked once and its checked answer is
 * recorded before any order is made from it (the first answer stands); each order's id comes from
 * the appointment and its place in the answer; the patient is told once. Every step can run again,
 * so the doctor's retry or the clinic timer finishes exactly once what a crash left half done.
 */
import { AppointmentStatus } from '../../../miniprogram/shared/enums';
import { ErrorCode } from '../../../miniprogram/shared/errors';
import { ageAt } from '../../domain/booking/age';
import type { AppointmentDoc, PatientDoc } from '../../domain/booking/docs';
import type { OrderDoc } from '../../domain/billing/docs';
import { newOrder, visitOfAppointment } from '../../domain/billing/orders';
import type { HisOrder } from '../../domain/his/answer';
import type { HisAnswerDoc } from '../../domain/his/docs';
import type { Ports } from '../../ports';
import { insertOnce } from '../framework/insert-once';
import { visitOrderId } from '../orders/lookups';
import { AppError } from '../framework/app-error';
import { checkHisAnswer, HIS_FAULT_MESSAGE } from './his-answer';
import { recordHisIssue } from './his-issues';
import { hisPatientOf } from '../records/his-patient';

export interface VisitResult {
  status: typeof AppointmentStatus.completed;
  /** How many orders the HIS answer holds: the same on every retry. */
  orders: number;
}

/** The recorded HIS answer of the visit; asks the HIS and records its answer when there is none yet. */
async function recordedAnswer(ports: Ports, a: AppointmentDoc, now: number): Promise<HisAnswerDoc> {
  const id = `his-${a._id}`;
  const stored = await ports.db.get<HisAnswerDoc>('hisAnswers', id);
  if (stored) return stored;
  const diagnosis = a.diagnosis ?? '';
  const patient = await ports.db.get<PatientDoc>('patients', a.patientId);
  const raw = await ports.his.ordersForVisit({
    appointmentId: a._id,
    hospitalId: a.hospitalId,
    departmentId: a.departmentId,
    departmentName: a.departmentName,
    doctorName: a.ownerName,
    patientName: a.patientName,
    patientAge: patient ? ageAt(patient.birthDate, now) : null,
    patient: patient ? hisPatientOf(patient) : null,
    diagnosis,
  });
  const checked = checkHisAnswer(raw);
  if (!checked.ok) {
    await recordHisIssue(ports, a, checked.problem, now);
    await ports.db.update('appointments', { _id: a._id, visitOrders: 'pending' }, { set: { visitOrders: 'his_rejected', updatedAt: now } });
    throw new AppError(ErrorCode.STATE_CONFLICT, HIS_FAULT_MESSAGE);
  }
  if (a.visitOrders === 'his_rejected')
    await ports.db.update('appointments', { _id: a._id, visitOrders: 'his_rejected' }, { set: { visitOrders: 'pending', updatedAt: now } });
  await insertOnce<HisAnswerDoc>(ports.db, 'hisAnswers', {
    _id: id,
    hospitalId: a.hospitalId,
    appointmentId: a._id,
    diagnosis,
    orders: checked.answer.orders,
    answeredAt: now,
  });
  const first = await ports.db.get<HisAnswerDoc>('hisAnswers', id);
  if (!first) throw new Error(`HIS answer ${id} not stored`);
  return first;
}

function visitOrder(a: AppointmentDoc, n: number, draft: HisOrder, now: number): OrderDoc {
  const items = draft.items.map((i) => ({ ...i, amountFen: i.quantity * i.unitFen }));
  return newOrder({ ...visitOfAppointment(a), _id: visitOrderId(a._id, n), kind: 'outpatient', title: draft.title, items }, now);
}

/** Makes what is missing of a completed visit's orders and tells the patient; answers the same result every time. */
export async function finishVisit(ports: Ports, a: AppointmentDoc, now: number): Promise<VisitResult> {
  const answer = await recordedAnswer(ports, a, now);
  if (a.visitOrders !== 'done') {
    for (const [n, draft] of answer.orders.entries()) await insertOnce(ports.db, 'orders', visitOrder(a, n, draft, now));
    if (answer.orders.length > 0) {
      await ports.notifier.notify({
        openid: a.openid,
        hospitalId: a.hospitalId,
        kind: 'orders_ready',
        key: `orders:${a._id}`,
        page: 'billing/orders/index?status=unpaid',
        data: { patient: a.patientName.slice(0, 10), count: String(answer.orders.length), department: a.departmentName.slice(0, 20) },
      });
    }
    await ports.db.update('appointments', { _id: a._id }, { set: { visitOrders: 'done', updatedAt: now } });
  }
  return { status: AppointmentStatus.completed, orders: answer.orders.length };
}
