import { only, row, staff, type Rows } from './table';
import { ZZ } from './world';

// completeVisit: the visit's own doctor (the grant's doctorId) only; admins are not doctors.
export const clinic: Rows = {
  sessionAppointments: row(() => ({ ownerId: 'doc-zz-001', date: '2026-11-25', session: 'pm' }), staff(['nurse', 'doctor'])),
  checkIn: row((w) => ({ appointmentId: w.a.upcomingId }), staff(['nurse', 'doctor'])),
  completeVisit: row((w) => ({ appointmentId: w.a.visitId, diagnosis: '原发性高血压' }), only(['Z:doctor'])),
  hisIssues: row(() => ({ hospitalId: ZZ }), staff(['billing'])),
};
