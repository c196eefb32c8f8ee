/**
 * 医护到家 domain: the catalogue, the nurse's qualification, the risk screen, and the request's
 * state machine (every allowed and refused transition) with what a cancel refunds. Pure.
 */
import { catalogOf, DEFAULT_CATALOG } from '../../backend/domain/homecare/catalog';
import { nurseProblem } from '../../backend/domain/homecare/nurses';
import { cancelRefundFen, eventTarget, homecareNext, homecareStep, reschedulable, type HomecareEvent } from '../../backend/domain/homecare/requests';
import { riskRefusal } from '../../backend/domain/homecare/risk';
import { HomecareStatus } from '../../miniprogram/shared/enums';

it('the catalogue: seven low-risk services; a hospital overrides by code', () => {
  expect(DEFAULT_CATALOG.map((e) => e.code)).toEqual(['injection', 'dressing', 'catheter', 'picc', 'pressure_ulcer', 'blood_draw', 'rehab_guidance']);
  const own = catalogOf([{ code: 'dressing', name: '伤口换药', serviceFen: 6000, travelFen: 2000, needsOrder: false, active: true }]);
  expect(own.find((e) => e.code === 'dressing')?.serviceFen).toBe(6000);
  expect(own).toHaveLength(7);
});

it.each([
  [{ nurseTitle: 'senior_nurse' as const, practiceSinceYear: 2021 }, 2026, null],
  [{ nurseTitle: 'senior_nurse' as const, practiceSinceYear: 2022 }, 2026, '居家护理须由执业5年以上的护士承担'],
  [{ nurseTitle: 'nurse' as const, practiceSinceYear: 2000 }, 2026, '居家护理须由护师及以上职称的护士承担'],
  [{ nurseTitle: 'chief' as const, practiceSinceYear: 1995 }, 2026, null],
  [{}, 2026, '该护士未登记职称和执业年限'],
])('nurse %j in %i → %s', (profile, year, problem) => {
  expect(nurseProblem(profile, year)).toBe(problem);
});

describe('risk screen', () => {
  const calm = { drugAllergy: false, infectious: false, consciousness: 'clear' as const, aggression: false };
  it('passes a calm, conscious patient', () => expect(riskRefusal(calm, 'injection')).toBeNull());
  it.each([
    [{ infectious: true }, 'dressing', '传染'],
    [{ consciousness: 'unconscious' as const }, 'dressing', '意识不清'],
    [{ aggression: true }, 'dressing', '护士安全'],
    [{ drugAllergy: true }, 'injection', '过敏'],
  ])('refuses %j for %s', (answers, code, reason) => {
    expect(riskRefusal({ ...calm, ...answers }, code)).toContain(reason);
  });
  it('an allergy does not refuse a dressing change; drowsiness is not refused', () => {
    expect(riskRefusal({ ...calm, drugAllergy: true }, 'dressing')).toBeNull();
    expect(riskRefusal({ ...calm, consciousness: 'drowsy' }, 'dressing')).toBeNull();
  });
});

describe('the request state machine', () => {
  const events = Object.keys(eventTarget) as HomecareEvent[];
  const all = Object.values(HomecareStatus).flatMap((from) => events.map((e) => ({ from, e, allowed: homecareNext[from].includes(eventTarget[e]) })));

  it('allows exactly the documented moves', () => {
    expect(
      all
        .filter((c) => c.allowed)
        .map((c) => `${c.from}:${c.e}`)
        .sort(),
    ).toEqual(
      [
        'requested:accept',
        'requested:decline',
        'requested:cancel',
        'accepted:pay',
        'accepted:cancel',
        'paid:assign',
        'paid:cancel',
        'assigned:assign',
        'assigned:depart',
        'assigned:cancel',
        'departed:start',
        'departed:cancel',
        'started:finish',
      ].sort(),
    );
  });

  it.each(all)('$from with $e → allowed $allowed', ({ from, e, allowed }) => {
    const step = homecareStep(from, e);
    expect(step.ok).toBe(allowed);
    if (!step.ok) expect(step.message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('a cancel refunds everything before departure, all but the travel fee after, nothing unpaid', () => {
    const paid = { serviceFen: 8000, travelFen: 3000 };
    expect(cancelRefundFen('requested', paid)).toBe(0);
    expect(cancelRefundFen('accepted', paid)).toBe(0);
    expect(cancelRefundFen('paid', paid)).toBe(11000);
    expect(cancelRefundFen('assigned', paid)).toBe(11000);
    expect(cancelRefundFen('departed', paid)).toBe(8000);
    expect(homecareStep('started', 'cancel')).toEqual({ ok: false, message: '护士已到达，不能取消' });
  });

  it('the window can move only before the nurse leaves', () => {
    expect(Object.values(HomecareStatus).filter(reschedulable)).toEqual(['accepted', 'paid', 'assigned']);
  });
});
