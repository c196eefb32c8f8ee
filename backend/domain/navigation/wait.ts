/**
 * The care path's port for predicted waits. The live queue (function 9) will answer it from each
 * session's ETAs; until then backend/handlers/navigation/local-wait.ts estimates it from each
 * room's booked appointments and a default duration per exam type.
 */
import type { StopKind } from './care-path';

export interface WaitQuery {
  kind: StopKind;
  hospitalId: string;
  /** The exam type, for exams. */
  examType?: string;
  /** The room or doctor whose queue it is, when known. */
  ownerId?: string;
  /** The patient's own appointment in that queue, when there is one (not counted ahead). */
  appointmentId?: string;
  /** Shanghai date, YYYY-MM-DD. */
  date: string;
}

export interface WaitEstimator {
  /** Predicted minutes in the queue for someone arriving now. */
  waitMinutes(query: WaitQuery, now: number): Promise<number>;
}
