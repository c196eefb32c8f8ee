/** Stored shapes of records: reports and prescriptions as the HIS answered them, with what the platform adds. */
import type { HisPrescription } from './his-prescription';
import type { HisReport } from './his-report';

export type CriticalContactMethod = 'phone' | 'in_person' | 'other';

/** Who handed over a critical value, to whom, when and how. */
export interface CriticalContact {
  staffOpenid: string;
  staffName: string;
  /** Whom the staff member reached (the patient or a relative). */
  contactedPerson: string;
  method: CriticalContactMethod;
  note: string;
  at: number;
}

/** A report (`rep-<hash of hospital and HIS id>`): the checked HIS report and the platform's fields. */
export interface ReportDoc extends Omit<HisReport, 'id'> {
  _id: string;
  hisId: string;
  openid: string;
  patientName: string;
  departmentPhone: string;
  /** 'YYYY-MM-DD' of the visit (Asia/Shanghai). */
  visitDate: string;
  /** The sort key of the list: reported time, or sample time while pending. */
  sortAt: number;
  /** A test on the sensitive list (backend/domain/records/sensitive.ts). */
  sensitive: boolean;
  /** For the staff worklist: 'open' while a critical value awaits handover, 'done' after, 'none' without one. */
  criticalState: 'none' | 'open' | 'done';
  contact: CriticalContact | null;
  syncedAt: number;
}

export interface PrescriptionDoc extends Omit<HisPrescription, 'id'> {
  _id: string;
  hisId: string;
  openid: string;
  patientName: string;
  visitDate: string;
  syncedAt: number;
}

/** When a patient's records were last pulled from the HIS (`sync-<patientId>`). */
export interface RecordSyncDoc {
  _id: string;
  patientId: string;
  reportsAt: number;
  prescriptionsAt: number;
}

/** Wrong ID last-4 answers for a sensitive report, per account and hour (`idtry-<hash>`). */
export interface IdTryDoc {
  _id: string;
  windowStart: number;
  count: number;
}

/** A family member's plan for one prescription (`plan-<hash of account and prescription>`). */
export interface MedicationPlanDoc {
  _id: string;
  openid: string;
  patientId: string;
  patientName: string;
  hospitalId: string;
  prescriptionId: string;
  items: Array<{ code: string; drug: string; dose: string; frequency: string }>;
  /** 'HH:mm', Asia/Shanghai, 1–4 a day. */
  times: string[];
  startDate: string;
  endDate: string;
  /** Send a subscribe message at each time (each needs one consent credit). */
  remind: boolean;
  createdAt: number;
  updatedAt: number;
}

/** Taken or not, one per plan, day and time (`dose-<hash>`). */
export interface DoseLogDoc {
  _id: string;
  planId: string;
  openid: string;
  date: string;
  time: string;
  taken: boolean;
  at: number;
}
