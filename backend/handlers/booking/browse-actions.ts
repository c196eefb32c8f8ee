/** What patients browse before booking: a doctor's 7-day strip, a day's slots, a department's day, the rules. */
import type { BookingRules } from '../../../miniprogram/shared/dto/booking';
import { doctorTitleLabels } from '../../../miniprogram/shared/enums';
import { departmentOr404, doctorOr404 } from '../content/lookups';
import { findAll } from '../framework/find-all';
import type { DoctorDoc } from '../../domain/content/docs';
import { today } from '../../domain/scheduling/calendar';
import { addDays } from '../../../miniprogram/shared/time';
import { publishDates } from '../../domain/scheduling/window';
import { action } from '../framework/define';
import { booking } from '../../../miniprogram/shared/contract/booking';
import { findSlots, hospitalSettings, settingsOf } from './lookups';
import { dayLabel, daySummaries, sessionSummaries, slotView } from './views';
import { anyone } from '../framework/who';

export const doctorSchedule = action(booking.doctorSchedule, {
  who: anyone(),
  async run({ doctorId }, ctx) {
    const doctor = await doctorOr404(ctx.db, doctorId);
    const [{ settings }, dept] = await Promise.all([hospitalSettings(ctx.db, doctor.hospitalId), departmentOr404(ctx.db, doctor.departmentId)]);
    const dates = publishDates(ctx.now, settings);
    const slots = await findSlots(ctx.db, { ownerId: doctorId, date: { gte: dates[0], lte: dates[dates.length - 1] } });
    return {
      schedule: {
        ownerId: doctorId,
        ownerName: doctor.name,
        subtitle: doctorTitleLabels[doctor.title],
        departmentName: dept.name,
        days: daySummaries(dates, slots, ctx.now, settings),
        releaseTime: settings.releaseTime,
      },
    };
  },
});

export const listSlots = action(booking.listSlots, {
  who: anyone(),
  async run({ doctorId, date: day }, ctx) {
    const doctor = await doctorOr404(ctx.db, doctorId);
    const settings = await settingsOf(ctx.db, doctor.hospitalId);
    const slots = await findSlots(ctx.db, { ownerId: doctorId, date: day });
    return { slots: slots.map((s) => slotView(s, ctx.now, settings)) };
  },
});

export const departmentSchedule = action(booking.departmentSchedule, {
  who: anyone(),
  async run({ departmentId, date: requested }, ctx) {
    const dept = await departmentOr404(ctx.db, departmentId);
    const settings = await settingsOf(ctx.db, dept.hospitalId);
    const dates = publishDates(ctx.now, settings);
    const day = requested ?? addDays(today(ctx.now), 1);
    const [doctors, slots] = await Promise.all([
      findAll<DoctorDoc>(ctx.db, 'doctors', { hospitalId: dept.hospitalId, departmentId }, [['sort', 'asc']]),
      findSlots(ctx.db, { departmentId, date: day, ownerType: 'doctor' }),
    ]);
    return {
      date: day,
      days: dates.map((d) => ({ date: d, dayLabel: dayLabel(d, ctx.now), shortDate: d.slice(5) })),
      doctors: doctors
        .map((d) => ({
          doctorId: d._id,
          name: d.name,
          titleLabel: doctorTitleLabels[d.title],
          specialties: d.specialties,
          sessions: sessionSummaries(
            slots.filter((s) => s.ownerId === d._id),
            ctx.now,
            settings,
          ),
        }))
        .filter((d) => d.sessions.length > 0),
    };
  },
});

export const rules = action(booking.rules, {
  who: anyone(),
  async run({ hospitalId }, ctx) {
    const { settings: s } = await hospitalSettings(ctx.db, hospitalId);
    const view: BookingRules = {
      windowDays: s.windowDays,
      releaseTime: s.releaseTime,
      cancelDeadlineMinutes: s.cancelDeadlineMinutes,
      holdMinutes: s.holdMinutes,
      dailyCap: s.dailyCap,
      noShowText: `${s.noShow.withinDays}天内爽约${s.noShow.count}次，${s.noShow.restrictDays}天内不能预约`,
    };
    return { rules: view };
  },
});
