import { addMonths, daysFrom, shanghaiDate, shanghaiInstant, shanghaiTime } from '../../miniprogram/shared/time';

describe('Asia/Shanghai time', () => {
  it('00:30 in Shanghai is still the previous day in UTC, and the right day here', () => {
    const t = shanghaiInstant('2026-11-26', '00:30');
    expect(new Date(t).toISOString()).toBe('2026-11-25T16:30:00.000Z');
    expect(shanghaiDate(t)).toBe('2026-11-26');
    expect(shanghaiTime(t)).toBe('00:30');
  });

  it('23:59 stays on its day; year ends roll over', () => {
    expect(shanghaiDate(shanghaiInstant('2026-12-31', '23:59'))).toBe('2026-12-31');
    expect(shanghaiDate(shanghaiInstant('2026-12-31', '23:59') + 60_000)).toBe('2027-01-01');
  });

  it('round-trips every half hour of a day', () => {
    for (let m = 0; m < 24 * 60; m += 30) {
      const hh = String(Math.floor(m / 60)).padStart(2, '0');
      const mm = String(m % 60).padStart(2, '0');
      const t = shanghaiInstant('2026-03-08', `${hh}:${mm}`);
      expect([shanghaiDate(t), shanghaiTime(t)]).toEqual(['2026-03-08', `${hh}:${mm}`]);
    }
  });
});

describe('months and runs of days', () => {
  it('moves a month across a year', () => {
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2026-12', 1)).toBe('2027-01');
  });
  it('lists consecutive days across a month end, the first day first', () => {
    expect(daysFrom('2026-09-29', 4)).toEqual(['2026-09-29', '2026-09-30', '2026-10-01', '2026-10-02']);
  });
});
