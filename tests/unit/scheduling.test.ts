import { shanghaiInstant } from '../../miniprogram/shared/time';
import { sessionOf } from '../../backend/domain/scheduling/calendar';
import { addDays, weekdayOf } from '../../miniprogram/shared/time';
import type { SlotLabels, TemplateDoc } from '../../backend/domain/scheduling/docs';
import { releaseTimeProblem } from '../../miniprogram/shared/schedule-rules';
import { defaultBookingSettings, withDefaults } from '../../backend/domain/scheduling/settings';
import { sessionStatus, slotIdOf, slotStatus, slotsFromTemplate } from '../../backend/domain/scheduling/slots';
import { templateProblem } from '../../backend/domain/scheduling/templates';
import { lastBookableDate, publishDates } from '../../backend/domain/scheduling/window';

const at = (date: string, time: string) => shanghaiInstant(date, time);
const labels: SlotLabels = {
  hospitalName: '医院',
  ownerName: '医生',
  ownerTitle: '主任医师',
  departmentName: '科室',
  location: '1楼',
  prepNotes: [],
  settings: defaultBookingSettings,
};
const monday: TemplateDoc = {
  _id: 'tpl',
  hospitalId: 'h',
  ownerType: 'doctor',
  ownerId: 'doc',
  departmentId: 'd',
  weekday: 1,
  session: 'am',
  startTime: '08:00',
  endTime: '12:00',
  slotMinutes: 30,
  capacity: 3,
  onsiteReserve: 1,
  feeFen: 2500,
  updatedAt: 0,
  updatedBy: 'x',
};

describe('calendar (Asia/Shanghai)', () => {
  it('weekdays run Monday 1 to Sunday 7', () => {
    expect(weekdayOf('2026-11-30')).toBe(1);
    expect(weekdayOf('2026-11-29')).toBe(7);
    expect(weekdayOf('2026-11-25')).toBe(3);
  });
  it('adds days across month and year ends', () => {
    expect(addDays('2026-11-30', 1)).toBe('2026-12-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
  });
  it('a slot at 00:30 belongs to its own day, in the morning session', () => {
    expect(sessionOf(at('2026-11-26', '00:30'))).toBe('am');
    expect(sessionOf(at('2026-11-26', '13:00'))).toBe('pm');
    expect(sessionOf(at('2026-11-26', '18:30'))).toBe('evening');
  });
});

describe('slot generation', () => {
  it('makes half-hour slots on the template weekday only, with on-site places kept', () => {
    const slots = slotsFromTemplate(monday, labels, '2026-11-30', 0);
    expect(slots.map((s) => s._id)).toEqual(['0800', '0830', '0900', '0930', '1000', '1030', '1100', '1130'].map((t) => `slot-doc-20261130-${t}`));
    expect(slots[0]).toMatchObject({
      start: at('2026-11-30', '08:00'),
      end: at('2026-11-30', '08:30'),
      capacity: 3,
      onlineRemaining: 2,
      session: 'am',
      feeFen: 2500,
    });
    expect(slotsFromTemplate(monday, labels, '2026-12-01', 0)).toEqual([]);
  });

  it.each([10, 15, 20, 30])('%i-minute slots fill the hours exactly', (minutes) => {
    const slots = slotsFromTemplate({ ...monday, slotMinutes: minutes }, labels, '2026-11-30', 0);
    expect(slots).toHaveLength(240 / minutes);
    expect(slots[slots.length - 1].end).toBe(at('2026-11-30', '12:00'));
  });

  it('ids are stable, so publishing twice finds the same slots', () => {
    expect(slotIdOf('doc', '2026-11-30', '08:30')).toBe('slot-doc-20261130-0830');
  });

  it('template rules: lengths, bounds, whole slots, reserve', () => {
    expect(templateProblem(monday)).toBeNull();
    expect(templateProblem({ ...monday, slotMinutes: 40 })![0]).toBe('slotMinutes');
    expect(templateProblem({ ...monday, startTime: '06:30' })![0]).toBe('startTime');
    expect(templateProblem({ ...monday, endTime: '12:45' })![0]).toBe('startTime');
    expect(templateProblem({ ...monday, endTime: '11:45' })![0]).toBe('endTime');
    expect(templateProblem({ ...monday, onsiteReserve: 4 })![0]).toBe('onsiteReserve');
  });
});

describe('the booking window', () => {
  const s = defaultBookingSettings;
  it('opens the far day at the release time', () => {
    expect(lastBookableDate(at('2026-11-25', '07:59'), s)).toBe('2026-12-01');
    expect(lastBookableDate(at('2026-11-25', '08:00'), s)).toBe('2026-12-02');
  });
  it('moves at midnight in Shanghai, not in UTC', () => {
    expect(lastBookableDate(at('2026-11-25', '23:59'), s)).toBe('2026-12-02');
    expect(lastBookableDate(at('2026-11-26', '00:00'), s)).toBe('2026-12-02');
    expect(lastBookableDate(at('2026-11-26', '08:00'), s)).toBe('2026-12-03');
  });
  it('publishes today through the far day', () => {
    expect(publishDates(at('2026-11-25', '10:00'), { windowDays: 2 })).toEqual(['2026-11-25', '2026-11-26', '2026-11-27']);
  });
  it('refuses release times from 22:00 to 06:00', () => {
    expect(releaseTimeProblem('21:59')).toBe('');
    expect(releaseTimeProblem('22:00')).not.toBe('');
    expect(releaseTimeProblem('03:00')).not.toBe('');
    expect(releaseTimeProblem('06:00')).toBe('');
  });
  it('stored settings fill in from the defaults', () => {
    expect(withDefaults({ windowDays: 14, noShow: { count: 2, withinDays: 30, restrictDays: 7 } })).toMatchObject({
      windowDays: 14,
      holdMinutes: 15,
      noShow: { count: 2 },
    });
  });
});

describe('what a patient sees of a slot', () => {
  const slot = { state: 'open' as const, start: at('2026-12-02', '08:00'), date: '2026-12-02', onlineRemaining: 2 };
  it.each([
    ['before release', at('2026-11-25', '07:00'), slot, 'not_released'],
    ['after release', at('2026-11-25', '08:00'), slot, 'open'],
    ['full', at('2026-11-25', '09:00'), { ...slot, onlineRemaining: 0 }, 'full'],
    ['stopped', at('2026-11-25', '09:00'), { ...slot, state: 'stopped' as const }, 'stopped'],
    ['started', at('2026-12-02', '08:00'), slot, 'closed'],
  ])('%s', (_why, now, s, status) => {
    expect(slotStatus(s, now, defaultBookingSettings)).toBe(status);
  });
  it('a session is open when any slot is', () => {
    expect(sessionStatus(['full', 'open', 'closed'])).toBe('open');
    expect(sessionStatus(['full', 'closed'])).toBe('full');
    expect(sessionStatus(['closed'])).toBe('closed');
  });
});
