import { shanghaiInstant } from '../../miniprogram/shared/time';
import { initialState, restrictedUntil } from '../../backend/domain/booking/rules';
import { cancelProblem, endingPatch, nextStates } from '../../backend/domain/booking/transitions';
import { defaultBookingSettings as s } from '../../backend/domain/scheduling/settings';

const NOW = shanghaiInstant('2026-11-25', '09:30');
const DAY = 86_400_000;

describe('no-show restriction', () => {
  const rule = s.noShow;
  it('three in 90 days restrict for 30 days from the last', () => {
    const list = [80, 40, 10].map((d, i) => ({ appointmentId: `a${i}`, at: NOW - d * DAY }));
    expect(restrictedUntil(list, rule, NOW)).toBe(NOW - 10 * DAY + 30 * DAY);
  });
  it('older ones do not count; an expired restriction is none', () => {
    expect(
      restrictedUntil(
        [100, 40, 10].map((d) => ({ appointmentId: 'x', at: NOW - d * DAY })),
        rule,
        NOW,
      ),
    ).toBeNull();
    expect(
      restrictedUntil(
        [80, 60, 31].map((d) => ({ appointmentId: 'x', at: NOW - d * DAY })),
        rule,
        NOW,
      ),
    ).toBeNull();
  });
});

describe('states', () => {
  it('paid slots wait for payment for the hold time; free ones are booked', () => {
    expect(initialState(3500, NOW, s)).toEqual({ status: 'pending_payment', holdUntil: NOW + 15 * 60_000 });
    expect(initialState(0, NOW, s)).toEqual({ status: 'booked', holdUntil: null });
  });
  it('ended states go nowhere; completed comes only from checked_in', () => {
    for (const end of ['completed', 'cancelled', 'expired', 'no_show'] as const) expect(nextStates[end]).toEqual([]);
    expect(
      Object.entries(nextStates)
        .filter(([, next]) => next.includes('completed'))
        .map(([from]) => from),
    ).toEqual(['checked_in']);
  });
  it('cancelling: pending any time; booked until the deadline; nothing else', () => {
    const start = shanghaiInstant('2026-11-25', '14:00');
    expect(cancelProblem({ status: 'pending_payment', start }, start - 1, s)).toBeNull();
    expect(cancelProblem({ status: 'booked', start }, start - 120 * 60_000, s)).toBeNull();
    expect(cancelProblem({ status: 'booked', start }, start - 119 * 60_000, s)).not.toBeNull();
    expect(cancelProblem({ status: 'checked_in', start }, NOW, s)).not.toBeNull();
  });
  it('an ending releases the unique keys and owes a refund only when paid', () => {
    const a = { status: 'booked' as const, feeFen: 3500 };
    expect(endingPatch(a, 'cancelled', '患者取消', NOW)).toMatchObject({ status: 'cancelled', refund: 'owed' });
    expect(endingPatch({ ...a, status: 'pending_payment' }, 'expired', '', NOW)).toMatchObject({ refund: 'none' });
  });
});
