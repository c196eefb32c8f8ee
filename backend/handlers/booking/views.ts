/** Slots and appointments → the DTOs of the API contract. */
import type { AppointmentView, DaySummary, SessionSummary, SlotView } from '../../../miniprogram/shared/dto/booking';
import { appointmentStatusLabels, sessionLabels, type Session } from '../../../miniprogram/shared/enums';
import { feeText } from '../../../miniprogram/shared/money';
import type { AppointmentDoc } from '../../domain/booking/docs';
import { cancellable } from '../../domain/booking/transitions';
import { today } from '../../domain/scheduling/calendar';
import { addDays, shanghaiTime, weekdayLabels, weekdayOf } from '../../../miniprogram/shared/time';
import type { SlotDoc } from '../../domain/scheduling/docs';
import type { BookingSettings } from '../../domain/scheduling/settings';
import { sessionOrder, sessionStatus, slotStatus, slotStatusLabels } from '../../domain/scheduling/slots';

export function slotView(s: SlotDoc, now: number, settings: BookingSettings): SlotView {
  const status = slotStatus(s, now, settings);
  return {
    id: s._id,
    start: s.start,
    end: s.end,
    startTime: shanghaiTime(s.start),
    endTime: shanghaiTime(s.end),
    date: s.date,
    session: s.session,
    capacity: s.capacity,
    remaining: status === 'open' ? s.onlineRemaining : 0,
    status,
    statusLabel: slotStatusLabels[status],
    feeFen: s.feeFen,
    feeText: feeText(s.feeFen),
  };
}

export function sessionSummaries(slots: SlotDoc[], now: number, settings: BookingSettings): SessionSummary[] {
  const bySession = new Map<Session, SlotDoc[]>();
  for (const s of slots) bySession.set(s.session, [...(bySession.get(s.session) ?? []), s]);
  return [...bySession.entries()]
    .sort(([a], [b]) => sessionOrder(a) - sessionOrder(b))
    .map(([session, list]) => {
      const views = list.map((s) => slotView(s, now, settings));
      const status = sessionStatus(views.map((v) => v.status));
      return {
        session,
        sessionLabel: sessionLabels[session],
        status,
        statusLabel: slotStatusLabels[status],
        remaining: views.reduce((n, v) => n + v.remaining, 0),
        feeFen: list[0].feeFen,
        feeText: feeText(list[0].feeFen),
      };
    });
}

export function dayLabel(date: string, now: number): string {
  const t = today(now);
  if (date === t) return '今天';
  if (date === addDays(t, 1)) return '明天';
  return weekdayLabels[weekdayOf(date)];
}

export function daySummaries(dates: string[], slots: SlotDoc[], now: number, settings: BookingSettings): DaySummary[] {
  return dates.map((date) => ({
    date,
    dayLabel: dayLabel(date, now),
    shortDate: date.slice(5),
    sessions: sessionSummaries(
      slots.filter((s) => s.date === date),
      now,
      settings,
    ),
  }));
}

const refundTexts: Record<AppointmentDoc['refund'], string> = { none: '', owed: '退款处理中', refunded: '已退款', failed: '退款未成功，请到收费处办理' };

export function appointmentView(a: AppointmentDoc, now: number, settings: BookingSettings): AppointmentView {
  return {
    id: a._id,
    status: a.status,
    statusLabel: appointmentStatusLabels[a.status],
    hospitalId: a.hospitalId,
    hospitalName: a.hospitalName,
    patientId: a.patientId,
    patientName: a.patientName,
    ownerType: a.ownerType,
    ownerName: a.ownerName,
    departmentName: a.departmentName,
    location: a.location,
    date: a.date,
    session: a.session,
    sessionLabel: sessionLabels[a.session],
    start: a.start,
    end: a.end,
    timeText: `${a.date} ${weekdayLabels[weekdayOf(a.date)]} ${sessionLabels[a.session]} ${shanghaiTime(a.start)}-${shanghaiTime(a.end)}`,
    feeFen: a.feeFen,
    feeText: feeText(a.feeFen),
    holdUntil: a.holdUntil,
    cancellable: cancellable(a, now, settings),
    cancelReason: a.cancelReason,
    refund: a.refund,
    refundText: refundTexts[a.refund],
    prepNotes: a.prepNotes,
    examOrderId: a.examOrderId,
    placeId: placeOf(a),
    createdAt: a.createdAt,
  };
}

/** Where 带我去 leads for an appointment (院内导航): the exam room for an exam, else the department. */
export function placeOf(a: Pick<AppointmentDoc, 'ownerType' | 'ownerId' | 'departmentId'>): string {
  return a.ownerType === 'resource' ? a.ownerId : a.departmentId;
}
