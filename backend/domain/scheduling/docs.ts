/** Stored shapes of scheduling: templates, resources and slots. */
import type { Session } from '../../../miniprogram/shared/enums';
import type { BookingSettings } from './settings';

export type OwnerType = 'doctor' | 'resource';

/** A weekly rule: this doctor or room, this weekday and session, these slots. */
export interface TemplateDoc {
  _id: string;
  hospitalId: string;
  ownerType: OwnerType;
  ownerId: string;
  departmentId: string;
  /** 1 = Monday … 7 = Sunday. */
  weekday: number;
  session: Session;
  /** 'HH:mm', inside the session's bounds. */
  startTime: string;
  endTime: string;
  /** 10, 15, 20 or 30. */
  slotMinutes: number;
  /** Patients per slot. */
  capacity: number;
  /** Places per slot kept for on-site and elderly patients. */
  onsiteReserve: number;
  feeFen: number;
  updatedAt: number;
  updatedBy: string;
}

/** An exam or treatment room or machine (CT, MRI, 超声, 胃镜, 康复理疗 …). */
export interface ResourceDoc {
  _id: string;
  hospitalId: string;
  departmentId: string;
  name: string;
  /** What exam orders it serves, e.g. 'ct', 'mri', 'ultrasound'. */
  examType: string;
  location: string;
  /** Preparation notes shown when booking: 空腹, 憋尿 … */
  prepNotes: string[];
  sort: number;
}

export interface AddOnRecord {
  by: string;
  at: number;
  count: number;
  reason: string;
}

export type SlotState = 'open' | 'stopped';

/**
 * Names and the hospital's booking settings copied onto each slot at publishing, so booking reads
 * no more than the patient and the slot. Saving settings rewrites them on every future slot.
 */
export interface SlotLabels {
  hospitalName: string;
  ownerName: string;
  /** 主任医师 … for a doctor; the exam type for a resource. */
  ownerTitle: string;
  departmentName: string;
  location: string;
  prepNotes: string[];
  settings: BookingSettings;
}

export interface SlotDoc extends SlotLabels {
  _id: string;
  hospitalId: string;
  ownerType: OwnerType;
  ownerId: string;
  departmentId: string;
  templateId: string;
  date: string;
  session: Session;
  start: number;
  end: number;
  capacity: number;
  onsiteReserve: number;
  /** Places online patients may still take; a booking takes one by a conditional update. */
  onlineRemaining: number;
  /** Appointments holding a place (online and on site). */
  booked: number;
  feeFen: number;
  state: SlotState;
  stopReason: string;
  addOns: AddOnRecord[];
  createdAt: number;
  updatedAt: number;
  /** When a place was last taken or given back (0 for never): the place reconciler's clue. */
  touchedAt: number;
}
