/** The queue (在线候诊, function 9): what the patient, the nurse and the doctor see. */
import type { Session } from '../enums';

export type QueueState = 'waiting' | 'called' | 'in_consultation' | 'done' | 'skipped';
export const queueStateLabels: Record<QueueState, string> = {
  waiting: '候诊中',
  called: '请就诊',
  in_consultation: '就诊中',
  done: '已完成',
  skipped: '已过号',
};
/** The same states in an exam room's queue (CT, ultrasound …). */
export const examStateLabels: Record<QueueState, string> = { ...queueStateLabels, called: '请检查', in_consultation: '检查中' };

export type PriorityKind = 'elderly80' | 'disability' | 'military';
export const priorityLabels: Record<PriorityKind, string> = {
  elderly80: '80岁以上',
  disability: '残疾人',
  military: '军人',
};

export interface Eta {
  p50: number;
  p90: number;
  /** Few consultations to go by: the range is a rough guess. */
  uncertain: boolean;
}

/** The patient's view of their place. */
export interface QueueStatus {
  appointmentId: string;
  hospitalId: string;
  /** 'not_checked_in' before check-in, then the queue state; 'closed' when the appointment was cancelled, expired or missed. */
  state: QueueState | 'not_checked_in' | 'closed';
  stateLabel: string;
  ahead: number;
  room: string;
  etaMinutes: Eta;
  /** '约 16–27 分钟', or '即将轮到您'. */
  etaText: string;
  pausedReason: string;
  doctorName: string;
  departmentName: string;
  patientName: string;
  /** 08:30-09:00 */
  slotText: string;
  /** Check-in opens at (epoch ms), for the page's hint. */
  checkInOpensAt: number;
  checkInOpensText: string;
  /** The hospital lets patients check in by location. */
  locationCheckIn: boolean;
  /** The registration fee is unpaid: pay before checking in. */
  unpaid: boolean;
  /** Where 带我去 leads (院内导航): the exam room for an exam, else the department. */
  placeId: string;
  /** An exam room's queue (CT, ultrasound …): the patient is called to be examined, not seen by a doctor. */
  exam: boolean;
}

/** What the patient goes in for: '检查' in an exam room, else '就诊' ('请到CT室检查', '就诊中'). */
export const visitWord = (s: { exam: boolean }): string => (s.exam ? '检查' : '就诊');

export interface QueueEntryView {
  appointmentId: string;
  patientName: string;
  slotText: string;
  checkedInText: string;
  state: QueueState;
  stateLabel: string;
  /** Place among the waiting (1 = next), 0 when not waiting. */
  place: number;
  skips: number;
  late: boolean;
  returning: boolean;
  priority: PriorityKind | null;
  /** '80岁以上：…', '回诊', '迟到', '过号1次'. */
  tags: string[];
}

export interface SessionQueue {
  ownerId: string;
  ownerName: string;
  /** An exam room's queue: its nurses start and finish the exams (no doctor, no 回诊). */
  exam: boolean;
  departmentName: string;
  date: string;
  session: Session;
  room: string;
  pausedReason: string;
  entries: QueueEntryView[];
  /** Booked and not yet checked in. */
  notArrived: Array<{ appointmentId: string; patientName: string; slotText: string }>;
  /** The current and next slots with a place left (after an add-on), for a walk-in. */
  walkInSlots: Array<{ slotId: string; slotText: string; remaining: number }>;
}

export interface StaffSessionView {
  ownerId: string;
  ownerName: string;
  /** An exam room's session (CT, ultrasound …), not a doctor's. */
  exam: boolean;
  departmentId: string;
  departmentName: string;
  date: string;
  session: Session;
  sessionLabel: string;
  booked: number;
  checkedIn: number;
}

/** A hospital's queue settings (`queue.getSettings`, admin; `saveSettings` takes the same). */
export interface QueueSettingsView {
  /** Check-in opens this many minutes before the slot starts … */
  checkInOpensMinutes: number;
  /** … and closes this many minutes after it starts. */
  checkInClosesMinutes: number;
  /** A skipped (过号) patient moves back this many places, twice at most. */
  skipPlaces: number;
  /** Check-in by location within this many metres; 0: only by the clinic's code. */
  locationRadiusMeters: number;
}

/** A clinic area's check-in code (`queue.areaCode`, nurse): its text and its QR module matrix, one string of '1' (dark) / '0' per row. */
export interface AreaCodeView {
  code: string;
  qr: { size: number; rows: string[] };
  departmentName: string;
  location: string;
}

/** A nurse of the hospital and the clinic areas (departments) the admin assigned (`queue.listAreas`). */
export interface NurseAreasView {
  openid: string;
  name: string;
  departmentIds: string[];
}

/** A clinic area a nurse may be assigned to. */
export interface AreaDepartmentView {
  id: string;
  name: string;
  location: string;
}

/** One doctor's (or exam room's) session on a day: what the consoles' session calls name. */
export interface SessionRef {
  ownerId: string;
  date: string;
  session: Session;
}
