import { careStepOf, journeyOf, NO_CARE_STEP, NO_STEP, nextStep, visitForCarePath } from '../../miniprogram/stores/journey';
import type { CarePathView } from '../../miniprogram/shared/dto/navigation';
import type { AppointmentView } from '../../miniprogram/shared/dto/booking';
import type { QueueStatus } from '../../miniprogram/shared/dto/queue';
import { order, visit } from '../support/journey-fixtures';

describe('the next step of the journey', () => {
  it('an unpaid registration comes first', () => {
    const step = nextStep([visit({})], [order({ kind: 'registration', id: 'reg', totalText: '¥35.00' })]);
    expect(step).toMatchObject({ kind: 'pay', stage: 0, url: '/billing/order/index?id=reg', title: '挂号费待支付 ¥35.00' });
  });

  it('then unpaid outpatient orders, added up', () => {
    expect(nextStep([visit({})], [order({}), order({ id: 'o2', totalFen: 2560 })])).toMatchObject({
      stage: 3,
      title: '2笔门诊费用待缴',
      detail: expect.stringContaining('¥40.60'),
    });
  });

  it('then the earliest booked visit, or the queue once checked in', () => {
    expect(nextStep([visit({ id: 'late', start: 9 }), visit({ id: 'soon', start: 5 })], [])).toMatchObject({
      stage: 1,
      action: '去签到',
      url: '/queue/status/index?id=soon',
    });
    expect(nextStep([visit({ status: 'checked_in' })], [])).toMatchObject({ stage: 2, title: '已签到，请留意叫号' });
  });

  it('the live queue state once checked in: waiting with the people ahead and the wait, called with the room', () => {
    const q = (over: Partial<QueueStatus>): QueueStatus => ({
      appointmentId: 'a1',
      hospitalId: 'h',
      state: 'waiting',
      stateLabel: '候诊中',
      ahead: 3,
      room: '3诊室',
      etaMinutes: { p50: 24, p90: 31, uncertain: false },
      etaText: '约 24–31 分钟',
      pausedReason: '',
      doctorName: '陈立民',
      departmentName: '心血管内科',
      patientName: '张建国',
      slotText: '08:00-08:30',
      checkInOpensAt: 0,
      checkInOpensText: '07:00',
      locationCheckIn: false,
      unpaid: false,
      placeId: 'd-zz-cardio',
      exam: false,
      ...over,
    });
    const checkedIn = [visit({ status: 'checked_in' })];
    expect(nextStep(checkedIn, [], q({}))).toMatchObject({
      stage: 2,
      title: '候诊中，前面还有 3 人',
      detail: expect.stringContaining('预计等待约 24–31 分钟'),
      url: '/queue/status/index?id=a1',
    });
    expect(nextStep(checkedIn, [], q({ state: 'called', ahead: 0 }))).toMatchObject({ title: '请到3诊室就诊' });
    expect(nextStep(checkedIn, [], q({ state: 'called', ahead: 0, exam: true, room: '医技楼1楼CT室' }))).toMatchObject({ title: '请到医技楼1楼CT室检查' });
    expect(nextStep(checkedIn, [], q({ state: 'in_consultation', ahead: 0, exam: true }))).toMatchObject({ title: '检查中' });
    expect(nextStep(checkedIn, [], q({ appointmentId: 'other' }))).toMatchObject({ title: '已签到，请留意叫号' });
  });

  it('orders that can no longer be paid and ended visits show nothing', () => {
    expect(nextStep([visit({ status: 'cancelled' })], [order({ payable: false })])).toMatchObject({ kind: 'none' });
  });
});

describe('the journey the home page draws', () => {
  const marks = (appointments: AppointmentView[]) => journeyOf(nextStep(appointments, [])).map((s) => `${s.mark}${s.text}`);

  it('ticks nothing when nothing is under way', () => {
    expect(journeyOf(NO_STEP).map((s) => s.mark)).toEqual(['', '', '', '', '']);
  });

  it('ticks 到院签到 only once the visit is checked in', () => {
    expect(marks([visit({})])).toEqual(['✓预约挂号', '当前到院签到', '候诊就诊', '缴费检查', '复诊随访']);
    expect(marks([visit({ status: 'checked_in' })])).toEqual(['✓预约挂号', '✓到院签到', '当前候诊就诊', '缴费检查', '复诊随访']);
  });

  it('an unpaid registration is the current first step, with nothing ticked', () => {
    expect(journeyOf(nextStep([], [order({ kind: 'registration', holdUntil: 5 })])).map((s) => s.state)).toEqual(['now', 'todo', 'todo', 'todo', 'todo']);
  });
});

describe('the care path on the home page', () => {
  it('follows the earliest booked or checked-in doctor visit; not an exam, not an unpaid hold', () => {
    const list = [
      visit({ id: 'later', start: 9 }),
      visit({ id: 'exam', ownerType: 'resource', start: 1 }),
      visit({ id: 'held', status: 'pending_payment', start: 1 }),
      visit({ id: 'first', status: 'checked_in', start: 5 }),
    ];
    expect(visitForCarePath(list)!.id).toBe('first');
    expect(visitForCarePath([])).toBeNull();
  });

  it('shows the first stop with 带我去 to its point and the whole path', () => {
    const path: CarePathView = {
      appointmentId: 'a1',
      hospitalId: 'h-zzcentral',
      patientName: '张建国',
      totalMinutes: 48,
      exact: true,
      done: [],
      stops: [
        {
          kind: 'cashier',
          label: '缴费',
          place: '门诊楼1楼挂号收费处',
          pointId: 'zz-cashier',
          fromPointId: 'zz-gate-main',
          etaMinutes: 6,
          walkMinutes: 1,
          waitMinutes: 5,
          queueText: '',
          uncertain: false,
          notes: [],
          late: false,
        },
        {
          kind: 'pharmacy',
          label: '取药',
          place: '门诊楼1楼药房',
          pointId: 'zz-pharmacy',
          fromPointId: 'zz-cashier',
          etaMinutes: 20,
          walkMinutes: 1,
          waitMinutes: 8,
          queueText: '',
          uncertain: false,
          notes: [],
          late: false,
        },
      ],
    };
    expect(careStepOf(path)).toEqual({
      shown: true,
      title: '缴费 · 门诊楼1楼挂号收费处',
      detail: '约6分钟后轮到 · 今日共2站，全部完成约48分钟',
      guideUrl: '/navigation/route/index?hospitalId=h-zzcentral&to=zz-cashier',
      pathUrl: '/navigation/care-path/index?appointmentId=a1',
    });
    const [cashier, pharmacy] = path.stops;
    expect(careStepOf({ ...path, stops: [{ ...cashier, uncertain: true }, pharmacy] }).detail).toBe('约6分钟后轮到（估算） · 今日共2站，全部完成约48分钟');
    expect(careStepOf({ ...path, stops: [] })).toBe(NO_CARE_STEP);
    expect(careStepOf(null)).toBe(NO_CARE_STEP);
  });
});

describe('the journey promises only what the hospital offers', () => {
  it('without online booking, queue, payment or reports, each step says what to do at the hospital instead', () => {
    const steps = journeyOf(NO_STEP, { offers: ['hospital', 'departments', 'phones', 'guide'] });
    const text = steps.map((s) => s.desc).join('\n');
    expect(text).not.toMatch(/按时段预约|候诊队列|查看报告/);
    expect(steps.map((s) => s.desc)).toEqual([
      '到挂号窗口或自助机挂号',
      '到诊区分诊台报到',
      '留意叫号，按序就诊',
      '到收费窗口缴费后按指引去检查或取药',
      '按医嘱复诊，报告到医院领取',
    ]);
  });

  it('with everything offered (or no hospital chosen yet) the online steps stay', () => {
    expect(journeyOf(NO_STEP, null).map((s) => s.desc)[0]).toBe('选择科室和医生，按时段预约');
  });
});
