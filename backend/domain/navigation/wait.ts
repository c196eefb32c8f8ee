/**
 * The care path's port for predicted waits. The queue function answers it from the live queues
 * (backend/handlers/queue/live-wait.ts): for a stop with a queue — the doctor's session, an exam
 * room's — the turns before the patient and the session's ETA; for desks without a bookable queue
 * (cashier, blood draw, pharmacy) the people the store shows waiting there (desk-wait.ts).
 */
import type { Session } from '../../../miniprogram/shared/enums';
import type { StopKind } from './care-path';

/** One doctor's or exam room's session today. */
export interface QueueKey {
  ownerId: string;
  date: string;
  session: Session;
}

export interface WaitQuery {
  kind: StopKind;
  /** The exam type, for exams. */
  examType?: string;
  /** The queues that can take the patient (an exam with several rooms has several); none for a desk. */
  queues: QueueKey[];
  /** The patient's own appointment in that queue, with its slot, when there is one. */
  appointment?: { id: string; openid: string; patientName: string; slotStart: number; slotEnd: number };
  /** 回诊: back with results, after the next patient. */
  returning?: boolean;
  /** A desk's stop: the hospital whose desk it is and the patient's own visit, left out of the count. */
  desk?: { hospitalId: string; visitId: string };
}

export interface WaitEstimate {
  /** Predicted minutes in the queue for someone arriving now (the median). */
  minutes: number;
  /** 前面3人，约 16–27 分钟 from a live queue; empty for a default. */
  text: string;
  /** A guess more than a measure: a default, a desk counted from orders, an exam room, or few consultations. */
  uncertain: boolean;
}

export interface WaitEstimator {
  wait(query: WaitQuery, now: number): Promise<WaitEstimate>;
}
