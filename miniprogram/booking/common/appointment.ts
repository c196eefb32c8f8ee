/** What the appointment pages show of an appointment: the status tag, the result heading, the hold notice. */
import type { AppointmentView } from '../../shared/dto/booking';
import type { AppointmentStatus } from '../../shared/enums';

export type TagType = 'primary' | 'success' | 'warning' | 'danger' | 'default';

const tagTypes: Record<AppointmentStatus, TagType> = {
  pending_payment: 'warning',
  booked: 'success',
  checked_in: 'primary',
  completed: 'default',
  cancelled: 'default',
  expired: 'default',
  no_show: 'danger',
};

export function statusTagType(status: AppointmentStatus): TagType {
  return tagTypes[status];
}

/** The heading of the result page: 预约成功, 待支付, or the status as it is now. */
export function resultTitle(a: Pick<AppointmentView, 'status' | 'statusLabel'>): string {
  if (a.status === 'booked') return '预约成功';
  return a.statusLabel;
}

/** How long an unpaid booking is held, in whole minutes (the hospital's rule, 15 by default). */
export function holdMinutesOf(a: Pick<AppointmentView, 'holdUntil' | 'createdAt'>): number {
  return a.holdUntil === null ? 0 : Math.max(1, Math.round((a.holdUntil - a.createdAt) / 60_000));
}

export interface AppointmentCard {
  id: string;
  statusLabel: string;
  tagType: TagType;
  ownerName: string;
  departmentName: string;
  patientName: string;
  timeText: string;
  feeText: string;
  location: string;
}

export function appointmentCard(a: AppointmentView): AppointmentCard {
  return {
    id: a.id,
    statusLabel: a.statusLabel,
    tagType: statusTagType(a.status),
    ownerName: a.ownerName,
    departmentName: a.departmentName,
    patientName: a.patientName,
    timeText: a.timeText,
    feeText: a.feeText,
    location: a.location,
  };
}
