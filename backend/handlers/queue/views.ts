/** The queue's DTOs (miniprogram/shared/dto/queue.ts), ready to show. */
import { examStateLabels, priorityLabels, queueStateLabels, type QueueEntryView, type SessionQueue } from '../../../miniprogram/shared/dto/queue';
import { shanghaiTime } from '../../../miniprogram/shared/time';
import type { AppointmentDoc } from '../../domain/booking/docs';
import type { QueueEntry, QueueSessionDoc } from '../../domain/queue/docs';
import type { SlotDoc } from '../../domain/scheduling/docs';
import { roomOf } from '../../domain/queue/eta';
import { aheadOf } from '../../domain/queue/order';

const slotText = (start: number, end: number): string => `${shanghaiTime(start)}-${shanghaiTime(end)}`;

function tagsOf(e: QueueEntry): string[] {
  const tags: string[] = [];
  if (e.priority) tags.push(`${priorityLabels[e.priority]}${e.priorityReason ? `：${e.priorityReason}` : ''}`);
  if (e.returning) tags.push('回诊');
  if (e.late) tags.push('迟到');
  if (e.skips > 0) tags.push(`过号${e.skips}次`);
  return tags;
}

export function entryView(s: QueueSessionDoc, e: QueueEntry): QueueEntryView {
  const waiting = s.order.includes(e.appointmentId);
  return {
    appointmentId: e.appointmentId,
    patientName: e.patientName,
    slotText: slotText(e.slotStart, e.slotEnd),
    checkedInText: shanghaiTime(e.checkedInAt),
    state: e.state,
    stateLabel: (roomOf(s) === 'exam' ? examStateLabels : queueStateLabels)[e.state],
    place: waiting ? aheadOf(s, e.appointmentId) + 1 : 0,
    skips: e.skips,
    late: e.late,
    returning: e.returning,
    priority: e.priority,
    tags: tagsOf(e),
  };
}

const STATE_RANK: Record<QueueEntry['state'], number> = { in_consultation: 0, called: 1, waiting: 2, skipped: 2, done: 3 };

/** In consultation and called first, then the waiting in calling order, then the done. */
export function sessionQueueView(s: QueueSessionDoc, notArrived: readonly AppointmentDoc[], openSlots: readonly SlotDoc[]): SessionQueue {
  const entries = s.entries.map((e) => entryView(s, e)).sort((a, b) => STATE_RANK[a.state] - STATE_RANK[b.state] || (a.place || 0) - (b.place || 0));
  return {
    ownerId: s.ownerId,
    ownerName: s.ownerName,
    exam: roomOf(s) === 'exam',
    departmentName: s.departmentName,
    date: s.date,
    session: s.session,
    room: s.room,
    pausedReason: s.pausedReason,
    entries,
    notArrived: notArrived.map((a) => ({ appointmentId: a._id, patientName: a.patientName, slotText: slotText(a.start, a.end) })),
    walkInSlots: openSlots.map((slot) => ({ slotId: slot._id, slotText: slotText(slot.start, slot.end), remaining: slot.onlineRemaining })),
  };
}

export { slotText };
