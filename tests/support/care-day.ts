/** A visit day on the seeded store: a free 老年医学科 visit booked today, optionally completed with HIS orders and an ultrasound booked. */
import type { SlotDoc } from '../../backend/domain/scheduling/docs';
import { requestIdOf } from './booking-fixtures';
import { FROZEN_NOW, type LocalSystem } from './local-system';

const TODAY = '2026-11-25';

export async function slotToday(sys: LocalSystem, where: Record<string, string>): Promise<SlotDoc> {
  const slots = await sys.ports.db.find<SlotDoc>('slots', { where: { ...where, date: TODAY, onlineRemaining: { gt: 0 }, start: { gt: FROZEN_NOW } }, orderBy: [['start', 'asc']], limit: 1 });
  if (!slots[0]) throw new Error(`no slot today for ${JSON.stringify(where)}`);
  return slots[0];
}

/** Books a 老年医学科 visit today for a family member of demo-patient (张建国 by default); answers the appointment id. */
export async function visitToday(sys: LocalSystem, n = 1, patientId = 'pat-demo-zhang'): Promise<string> {
  const slot = await slotToday(sys, { departmentId: 'd-zz-geri' });
  return (await sys.ok<{ id: string }>('booking', 'demo-patient', { action: 'book', slotId: slot._id, patientId, requestId: requestIdOf(`care-${n}`) })).id;
}

/** The doctor completes the visit (diabetes: fasting blood tests and a prescription, unpaid) and the patient books the abdominal ultrasound today. */
export async function afterTheVisit(sys: LocalSystem, visitId: string, n = 1): Promise<void> {
  await sys.ok('clinic', 'demo-admin-zz', { action: 'completeVisit', appointmentId: visitId, diagnosis: '2型糖尿病复查' });
  const exam = await slotToday(sys, { ownerId: 'res-zz-us-abd' });
  await sys.ok('booking', 'demo-patient', { action: 'bookExam', examOrderId: 'exo-demo-us', slotId: exam._id, requestId: requestIdOf(`care-exam-${n}`) });
}
