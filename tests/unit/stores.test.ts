/**
 * The MobX stores of state that outlives a page (miniprogram/stores): one load for concurrent
 * callers, held data while fresh, loading again after a write, the unpaid badge, the default family
 * member and the journey computed from the other stores. The api client's calls are replaced by jest
 * functions answering envelopes; the pages over the real backend are in tests/pages/main/cross-page.test.ts.
 */
import { autorun } from 'mobx-miniprogram';
import { api } from '../../miniprogram/api/index';
import type { OrderView } from '../../miniprogram/shared/dto/billing';
import type { AppointmentView, PatientView } from '../../miniprogram/shared/dto/booking';
import type { QueueStatus } from '../../miniprogram/shared/dto/queue';
import type { Envelope } from '../../miniprogram/shared/envelope';
import { ErrorCode } from '../../miniprogram/shared/errors';
import { appointments } from '../../miniprogram/stores/appointments';
import { family } from '../../miniprogram/stores/family';
import { journey, visitsChanged } from '../../miniprogram/stores/journey-store';
import { orders } from '../../miniprogram/stores/orders';
import { MAX_AGE_MS, Remote, resetRemotes } from '../../miniprogram/stores/resource';
import { session } from '../../miniprogram/stores/session';
import { order, visit } from '../support/journey-fixtures';

jest.mock('../../miniprogram/api/index', () => {
  const { api: actual } = jest.requireActual<typeof import('../../miniprogram/api/index')>('../../miniprogram/api/index');
  return { api: { ...actual, booking: { mine: jest.fn() }, orders: { mine: jest.fn() }, patients: { list: jest.fn() }, queue: { status: jest.fn() } } };
});

const mineMock = jest.mocked(api.booking.mine);
const ordersMock = jest.mocked(api.orders.mine);
const patientsMock = jest.mocked(api.patients.list);
const queueMock = jest.mocked(api.queue.status);

const ok = <T>(data: T): Envelope<T> => ({ ok: true, data });
const offline: Envelope<never> = { ok: false, error: { code: ErrorCode.NETWORK, message: '网络不太好，请稍后重试' } };

/** A promise the test settles itself: a load still under way. */
function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void } {
  let resolve: (v: T) => void = () => undefined;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

let server: { active: AppointmentView[]; past: AppointmentView[]; unpaid: OrderView[]; patients: PatientView[] };

beforeEach(() => {
  resetRemotes();
  server = { active: [], past: [], unpaid: [], patients: [] };
  mineMock.mockReset().mockImplementation(async (params) => ok({ appointments: params?.status === 'past' ? server.past : server.active }));
  ordersMock.mockReset().mockImplementation(async (params) => ok({ orders: params?.status === 'unpaid' ? server.unpaid : [] }));
  patientsMock.mockReset().mockImplementation(async () => ok({ patients: server.patients, max: 5 }));
  queueMock.mockReset();
});

describe('a remote list', () => {
  it('loads once for callers that ask while a load is under way, and answers the held data while fresh', async () => {
    const pending = deferred<Envelope<number[]>>();
    const load = jest.fn(() => pending.promise);
    let now = 1_000;
    const remote = new Remote<number[]>(load, () => now);
    const asks = [remote.get(), remote.refresh(), remote.get()];
    expect(remote.status).toBe('loading');
    pending.resolve(ok([1, 2]));
    expect(await Promise.all(asks)).toEqual([ok([1, 2]), ok([1, 2]), ok([1, 2])]);
    expect(load).toHaveBeenCalledTimes(1);
    expect(remote.status).toBe('ready');
    load.mockResolvedValue(ok([3]));
    expect(await remote.get()).toEqual(ok([1, 2]));
    expect(load).toHaveBeenCalledTimes(1);
    expect(await remote.get(true)).toEqual(ok([3]));
    expect(load).toHaveBeenCalledTimes(2);
    now += MAX_AGE_MS;
    await remote.get();
    expect(load).toHaveBeenCalledTimes(3);
  });

  it('keeps the error with its message, and a retry loads again', async () => {
    const load = jest
      .fn<Promise<Envelope<number[]>>, []>()
      .mockResolvedValueOnce(offline)
      .mockResolvedValueOnce(ok([1]));
    const remote = new Remote<number[]>(load);
    expect(await remote.get()).toEqual(offline);
    expect(remote.status).toBe('error');
    expect(remote.error).toBe('网络不太好，请稍后重试');
    expect(await remote.get()).toEqual(ok([1]));
    expect(remote.status).toBe('ready');
  });

  it('after a write: loads again what was loaded, an answer from before the write is dropped, what was never loaded stays so', async () => {
    const before = deferred<Envelope<string>>();
    const load = jest.fn<Promise<Envelope<string>>, []>().mockReturnValueOnce(before.promise).mockResolvedValueOnce(ok('after'));
    const remote = new Remote<string>(load);
    const first = remote.get();
    await remote.invalidate();
    before.resolve(ok('before'));
    await first;
    expect(remote.data).toBe('after');
    expect(load).toHaveBeenCalledTimes(2);
    const untouched = new Remote<string>(jest.fn());
    await untouched.invalidate();
    expect(untouched.status).toBe('idle');
  });

  it('another account: everything held is forgotten', async () => {
    server.active = [visit({})];
    await appointments.active.get();
    session.setDemoOpenid('demo-patient-2');
    expect(appointments.active.status).toBe('idle');
    expect(appointments.active.data).toBeNull();
  });
});

describe('the appointments store', () => {
  it('after booking, the current list is loaded again and shows the new visit; the past list, never opened, is not asked for', async () => {
    await appointments.active.get();
    expect(appointments.active.data).toEqual([]);
    server.active = [visit({ id: 'new' })];
    await visitsChanged();
    expect(appointments.active.data?.map((a) => a.id)).toEqual(['new']);
    expect(mineMock.mock.calls).toEqual([[{ status: 'active' }], [{ status: 'active' }]]);
  });
});

describe('the orders store: the unpaid badge', () => {
  it('is unknown before loading and offline, then counts what may be paid, and follows a payment', async () => {
    const seen: string[] = [];
    const stop = autorun(() => seen.push(orders.unpaidBadge));
    expect(orders.unpaidBadge).toBe('');
    server.unpaid = [order({ id: 'o1' }), order({ id: 'o2', kind: 'registration' })];
    await orders.unpaid.get();
    expect(orders.unpaidCount).toBe(2);
    expect(orders.unpaidBadge).toBe('2笔');
    server.unpaid = [];
    await visitsChanged();
    expect(orders.unpaidBadge).toBe('无');
    ordersMock.mockResolvedValue(offline);
    await orders.unpaid.get(true);
    expect(orders.unpaidBadge).toBe('');
    stop();
    expect(seen).toEqual(['', '2笔', '无', '']);
  });
});

describe('the family store', () => {
  const member = (id: string, relation: PatientView['relation']): PatientView => ({
    id,
    name: id,
    relation,
    relationLabel: '',
    idType: 'resident_id',
    idTypeLabel: '居民身份证',
    idNumberMasked: '1****1',
    phoneMasked: '138****0000',
    age: 40,
    sex: 'male',
    restrictedUntil: null,
  });

  it('picks 本人 as the default member, else the first, and loads again after a member is added', async () => {
    expect(family.defaultMember).toBeNull();
    server.patients = [member('mother', 'parent'), member('me', 'self')];
    await family.members.get();
    expect(family.defaultMember?.id).toBe('me');
    server.patients = [member('mother', 'parent')];
    await family.changed();
    expect(family.defaultMember?.id).toBe('mother');
    expect(patientsMock).toHaveBeenCalledTimes(2);
  });
});

describe('the journey store', () => {
  const waiting: QueueStatus = {
    appointmentId: 'a1',
    hospitalId: 'h',
    state: 'waiting',
    stateLabel: '候诊中',
    ahead: 2,
    room: '3诊室',
    etaMinutes: { p50: 10, p90: 15, uncertain: false },
    etaText: '约 10–15 分钟',
    pausedReason: '',
    doctorName: '陈立民',
    departmentName: '心血管内科',
    patientName: '张建国',
    slotText: '08:00-08:30',
    checkInOpensAt: 0,
    checkInOpensText: '07:00',
    locationCheckIn: false,
    unpaid: false,
    placeId: 'p-cardio',
    exam: false,
  };

  it('computes the next step from the appointments and unpaid orders it shares with the other pages, and the queue once checked in', async () => {
    server.active = [visit({ id: 'a1' })];
    await journey.refresh();
    expect(journey.next).toMatchObject({ kind: 'visit', action: '去签到' });
    expect(queueMock).not.toHaveBeenCalled();
    expect(journey.steps.map((s) => s.mark)).toEqual(['✓', '当前', '', '', '']);

    server.unpaid = [order({ kind: 'registration', id: 'reg' })];
    await visitsChanged();
    expect(journey.next).toMatchObject({ kind: 'pay', url: '/billing/order/index?id=reg' });

    server.unpaid = [];
    server.active = [visit({ id: 'a1', status: 'checked_in' })];
    queueMock.mockResolvedValue(ok(waiting));
    await visitsChanged();
    expect(queueMock).toHaveBeenCalledWith({ appointmentId: 'a1' });
    expect(journey.next).toMatchObject({ stage: 2, title: '候诊中，前面还有 2 人' });
  });

  it('asks nothing again while what it holds is fresh', async () => {
    await journey.refresh();
    await journey.refresh();
    expect(mineMock).toHaveBeenCalledTimes(1);
    expect(ordersMock).toHaveBeenCalledTimes(1);
    await journey.refresh(true);
    expect(mineMock).toHaveBeenCalledTimes(2);
  });
});
