/** What the staff side of scheduling (`schedule` cloud function) answers with. */
import type { Session } from '../enums';

export interface TemplateView {
  id: string;
  ownerType: 'doctor' | 'resource';
  ownerId: string;
  ownerName: string;
  departmentId: string;
  weekday: number;
  weekdayLabel: string;
  session: Session;
  sessionLabel: string;
  startTime: string;
  endTime: string;
  slotMinutes: number;
  capacity: number;
  onsiteReserve: number;
  feeFen: number;
  feeText: string;
}

export interface TemplateInput {
  ownerType: 'doctor' | 'resource';
  ownerId: string;
  weekday: number;
  session: Session;
  startTime: string;
  endTime: string;
  slotMinutes: number;
  capacity: number;
  onsiteReserve: number;
  feeFen: number;
}

export interface BookingSettingsView {
  windowDays: number;
  releaseTime: string;
  cancelDeadlineMinutes: number;
  holdMinutes: number;
  dailyCap: number;
  noShowCount: number;
  noShowWithinDays: number;
  noShowRestrictDays: number;
}

export interface PublishResult {
  created: number;
  updated: number;
  removed: number;
  /** Slots left as they are because they have bookings. */
  keptBooked: number;
  /** Slots left as they are because their session was stopped. */
  keptStopped: number;
  dates: string[];
}

export interface StaffSlotView {
  id: string;
  startTime: string;
  endTime: string;
  capacity: number;
  onsiteReserve: number;
  remaining: number;
  booked: number;
  state: 'open' | 'stopped';
  stopReason: string;
  addOnCount: number;
}

export interface ResourceView {
  id: string;
  name: string;
  examType: string;
  departmentId: string;
  location: string;
  prepNotes: string[];
}

export interface StopClinicResult {
  slotsStopped: number;
  appointmentsCancelled: number;
  noticesSent: number;
  refundsOwed: number;
  /** `running` while appointments are still being cancelled or notified: a retry or the timer finishes them. */
  status: 'running' | 'done';
  /** Appointments still to cancel or notify. */
  remaining: number;
}
