/** What the `patients`, `booking` and `schedule` cloud functions answer with. */
import type { AppointmentStatus, IdType, Relation, Session } from '../enums';

export interface PatientView {
  id: string;
  name: string;
  relation: Relation;
  relationLabel: string;
  idType: IdType;
  idTypeLabel: string;
  /** Masked to the first and last character: 4****************4. */
  idNumberMasked: string;
  /** Masked: 138****5678. */
  phoneMasked: string;
  /** Whole years today, from a resident ID; null for other documents. The birth date itself is not sent. */
  age: number | null;
  sex: 'male' | 'female' | '';
  /** Until when no-shows restrict booking, or null. */
  restrictedUntil: number | null;
}

export interface PatientInput {
  name: string;
  idType: IdType;
  idNumber: string;
  phone: string;
  relation: Relation;
}

export type SlotStatus = 'open' | 'full' | 'stopped' | 'not_released' | 'closed';

export interface SlotView {
  id: string;
  start: number;
  end: number;
  startTime: string;
  endTime: string;
  date: string;
  session: Session;
  capacity: number;
  /** Places patients can book online now. */
  remaining: number;
  status: SlotStatus;
  statusLabel: string;
  feeFen: number;
  feeText: string;
}

export interface SessionSummary {
  session: Session;
  sessionLabel: string;
  status: SlotStatus;
  statusLabel: string;
  remaining: number;
  feeFen: number;
  feeText: string;
}

export interface DaySummary {
  date: string;
  /** 周一 … 周日, or 今天 / 明天. */
  dayLabel: string;
  /** 11-26 */
  shortDate: string;
  sessions: SessionSummary[];
}

export interface OwnerSchedule {
  ownerId: string;
  ownerName: string;
  /** 主任医师 … for doctors, the room for resources. */
  subtitle: string;
  departmentName: string;
  days: DaySummary[];
  releaseTime: string;
}

export interface DepartmentDoctorSessions {
  doctorId: string;
  name: string;
  titleLabel: string;
  specialties: string;
  sessions: SessionSummary[];
}

export interface AppointmentView {
  id: string;
  status: AppointmentStatus;
  statusLabel: string;
  hospitalId: string;
  hospitalName: string;
  patientId: string;
  patientName: string;
  ownerType: 'doctor' | 'resource';
  ownerName: string;
  departmentName: string;
  location: string;
  date: string;
  session: Session;
  sessionLabel: string;
  start: number;
  end: number;
  /** 2026-11-26 周四 上午 08:30-09:00 */
  timeText: string;
  feeFen: number;
  feeText: string;
  holdUntil: number | null;
  cancellable: boolean;
  cancelReason: string;
  refund: 'none' | 'owed' | 'refunded' | 'failed';
  refundText: string;
  prepNotes: string[];
  examOrderId: string | null;
  /** Where 带我去 leads (院内导航): the exam room for an exam, else the department. */
  placeId: string;
  createdAt: number;
}

export interface ExamOrderView {
  id: string;
  patientId: string;
  patientName: string;
  itemName: string;
  examType: string;
  departmentName: string;
  orderedBy: string;
  orderedAt: number;
  status: 'open' | 'scheduled' | 'done' | 'void';
  statusLabel: string;
  appointmentId: string | null;
  prepNotes: string[];
  resourceIds: string[];
}

export interface BookingRules {
  windowDays: number;
  releaseTime: string;
  cancelDeadlineMinutes: number;
  holdMinutes: number;
  dailyCap: number;
  noShowText: string;
}
