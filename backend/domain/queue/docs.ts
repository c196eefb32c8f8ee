/** Stored shapes of the queue (function 9): one document per doctor (or exam room) session. */
import type { Session } from '../../../miniprogram/shared/enums';
import type { QueueState as EntryState, PriorityKind } from '../../../miniprogram/shared/dto/queue';
import type { OwnerType } from '../scheduling/docs';

export interface QueueEntry {
  appointmentId: string;
  openid: string;
  patientName: string;
  slotStart: number;
  slotEnd: number;
  checkedInAt: number;
  /** Checked in after the slot ended: queues after the session's on-time patients. */
  late: boolean;
  state: EntryState;
  /** How many times the patient was skipped (过号). */
  skips: number;
  priority: PriorityKind | null;
  priorityReason: string;
  /** 回诊: back with same-day results, after the next patient. */
  returning: boolean;
  calledAt: number | null;
  recalls: number;
  startedAt: number | null;
  doneAt: number | null;
}

/** Consultation minutes as the ETA uses them: mean and spread of recent visits, and where they came from. */
export interface DurationStats {
  mean: number;
  sd: number;
  /** Sorted recent durations (minutes), for the quantiles of one patient ahead. */
  recent: number[];
  samples: number;
  source: 'doctor' | 'department' | 'default';
}

export interface QueueSessionDoc {
  _id: string;
  hospitalId: string;
  ownerId: string;
  ownerName: string;
  /** 'resource' for an exam room's session (its nurses start and finish the exams); absent on sessions queued before it was kept: a doctor's. */
  ownerType?: OwnerType;
  departmentId: string;
  departmentName: string;
  date: string;
  session: Session;
  room: string;
  /** Paused by the nurse (doctor stepped out), with the reason patients see. */
  pausedReason: string;
  entries: QueueEntry[];
  /** The waiting patients (waiting or skipped), in calling order. */
  order: string[];
  stats: DurationStats;
  updatedAt: number;
}

/** A call event already answered, by the caller's requestId: the same request never calls twice. */
export interface QueueCallDoc {
  _id: string;
  sessionId: string;
  action: string;
  appointmentId: string | null;
  at: number;
}

/** One finished consultation, for the ETA (per doctor and session type, and per department). */
export interface ConsultationDoc {
  _id: string;
  hospitalId: string;
  ownerId: string;
  departmentId: string;
  session: Session;
  minutes: number;
  doneAt: number;
}

/** The clinic areas (departments) a nurse works in, set by the admin. */
export interface NurseAreasDoc {
  _id: string;
  hospitalId: string;
  openid: string;
  departmentIds: string[];
  updatedAt: number;
}
