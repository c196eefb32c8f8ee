import type { BookingSettingsView, StaffSlotView, TemplateView } from '../../../miniprogram/shared/dto/schedule';
import { sessionLabels } from '../../../miniprogram/shared/enums';
import { feeText } from '../../../miniprogram/shared/money';
import { shanghaiTime } from '../../../miniprogram/shared/time';
import { weekdayLabels } from '../../../miniprogram/shared/time';
import type { SlotDoc, TemplateDoc } from '../../domain/scheduling/docs';
import type { BookingSettings } from '../../domain/scheduling/settings';

export function templateView(t: TemplateDoc, ownerName: string): TemplateView {
  return {
    id: t._id,
    ownerType: t.ownerType,
    ownerId: t.ownerId,
    ownerName,
    departmentId: t.departmentId,
    weekday: t.weekday,
    weekdayLabel: weekdayLabels[t.weekday],
    session: t.session,
    sessionLabel: sessionLabels[t.session],
    startTime: t.startTime,
    endTime: t.endTime,
    slotMinutes: t.slotMinutes,
    capacity: t.capacity,
    onsiteReserve: t.onsiteReserve,
    feeFen: t.feeFen,
    feeText: feeText(t.feeFen),
  };
}

export function staffSlotView(s: SlotDoc): StaffSlotView {
  return {
    id: s._id,
    startTime: shanghaiTime(s.start),
    endTime: shanghaiTime(s.end),
    capacity: s.capacity,
    onsiteReserve: s.onsiteReserve,
    remaining: s.state === 'stopped' ? 0 : s.onlineRemaining,
    booked: s.booked,
    state: s.state,
    stopReason: s.stopReason,
    addOnCount: s.addOns.reduce((n, a) => n + a.count, 0),
  };
}

export function settingsView(s: BookingSettings): BookingSettingsView {
  return {
    windowDays: s.windowDays,
    releaseTime: s.releaseTime,
    cancelDeadlineMinutes: s.cancelDeadlineMinutes,
    holdMinutes: s.holdMinutes,
    dailyCap: s.dailyCap,
    noShowCount: s.noShow.count,
    noShowWithinDays: s.noShow.withinDays,
    noShowRestrictDays: s.noShow.restrictDays,
  };
}
