import { row, type Rows } from './table';
import { ZZ } from './world';

export const clinic: Rows = {
  sessionAppointments: row(() => ({ ownerId: 'doc-zz-001', date: '2026-11-25', session: 'pm' })),
  checkIn: row((w) => ({ appointmentId: w.a.upcomingId })),
  completeVisit: row((w) => ({ appointmentId: w.a.visitId, diagnosis: '原发性高血压' })),
  hisIssues: row(() => ({ hospitalId: ZZ })),
};
