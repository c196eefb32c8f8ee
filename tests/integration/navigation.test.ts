/**
 * The `navigation` function on the seeded store: routes from the main entrance to every department
 * and exam room of both demo hospitals (quickest and step-free), the Chinese errors, elder mode,
 * staff replacing a map, and the care path of a real visit day (booked, completed with HIS orders,
 * an exam booked) re-planned as a queue grows.
 */
import type { CarePathView, CareStopKind, PlacesView, RouteView } from '../../miniprogram/shared/dto/navigation';
import { departments } from '../../backend/dev-server/seed/content';
import { resources } from '../../backend/dev-server/seed/schedule';
import { navigationMaps } from '../../backend/dev-server/seed/navigation';
import { startLocalSystem, FROZEN_NOW, type LocalSystem } from '../support/local-system';
import { afterTheVisit, completeAsItsDoctor, slotToday, visitToday } from '../support/care-day';

let sys: LocalSystem;
beforeAll(async () => {
  sys = await startLocalSystem();
});

const route = (params: Record<string, unknown>) => sys.call<RouteView>('navigation', null, { action: 'route', ...params });

describe('routes on the seeded hospitals', () => {
  it('every department’s location names the point it links to', () => {
    for (const d of departments) {
      const map = navigationMaps.find((m) => m.hospitalId === d.hospitalId)!.map;
      const point = map.points.find((p) => (p.departmentIds ?? []).includes(d._id));
      expect({ id: d._id, name: point ? point.name : '' }).toEqual({ id: d._id, name: d.location });
    }
    for (const r of resources) {
      const map = navigationMaps.find((m) => m.hospitalId === r.hospitalId)!.map;
      expect(map.points.find((p) => (p.resourceIds ?? []).includes(r._id))!.name).toBe(r.location);
    }
  });

  it.each(departments.map((d) => ({ hospitalId: d.hospitalId, id: d._id, name: d.name })))('$hospitalId → $name: reachable, and step-free without stairs', async ({ hospitalId, id, name }) => {
    const quickest = await route({ hospitalId, to: id });
    const stepFree = await route({ hospitalId, to: id, stepFree: true });
    if (!quickest.ok || !stepFree.ok) throw new Error(`no route to ${id}`);
    expect(quickest.data.from.name).toBe('门诊楼正门');
    expect(quickest.data.to.name).toContain(name);
    expect(quickest.data.steps[quickest.data.steps.length - 1].text).toContain(name);
    expect(quickest.data.meters).toBeGreaterThan(0);
    expect(quickest.data.plans.length).toBeGreaterThan(0);
    expect(quickest.data.plans[0].image).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(stepFree.data.usesStairs).toBe(false);
    expect(stepFree.data.steps.map((s) => s.text).join('')).not.toMatch(/楼梯|扶梯/);
    expect(stepFree.data.seconds).toBeGreaterThanOrEqual(quickest.data.seconds);
    expect(quickest.data.alternative).not.toBeNull();
  });

  it.each(resources.map((r) => ({ id: r._id, name: r.name })))('exam room $name is reachable', async ({ id }) => {
    expect(await route({ hospitalId: 'h-zzcentral', to: id })).toMatchObject({ ok: true, data: { steps: expect.any(Array) } });
  });

  it('answers the contract: meters, seconds, steps with text and floor, usesStairs', async () => {
    const res = await route({ hospitalId: 'h-zzcentral', to: 'd-zz-cardio' });
    expect(res).toMatchObject({ ok: true, data: { meters: expect.any(Number), seconds: expect.any(Number), usesStairs: expect.any(Boolean), steps: [{ text: expect.stringContaining('从门诊楼正门进入'), floor: '门诊楼1楼' }, expect.anything()] } });
  });

  it('elder mode walks slower and is step-free unless asked otherwise', async () => {
    const normal = await route({ hospitalId: 'h-zzcentral', to: 'd-zz-ophth', stepFree: true });
    const elder = await route({ hospitalId: 'h-zzcentral', to: 'd-zz-ophth', elder: true });
    if (!normal.ok || !elder.ok) throw new Error('no route');
    expect(elder.data.stepFree).toBe(true);
    expect(elder.data.usesStairs).toBe(false);
    expect(elder.data.seconds).toBeGreaterThan(normal.data.seconds);
    expect((await route({ hospitalId: 'h-zzcentral', to: 'd-zz-ophth', elder: true, stepFree: false })).ok).toBe(true);
  });

  it('goes from a given place: the cashier to the pharmacy, on one floor', async () => {
    const res = await route({ hospitalId: 'h-zzcentral', from: 'zz-cashier', to: 'zz-pharmacy' });
    if (!res.ok) throw new Error(res.error.message);
    expect(res.data.steps.map((s) => s.floor)).toEqual(['门诊楼1楼']);
    expect(res.data.usesStairs).toBe(false);
  });

  it('an unknown place, an unknown start or a hospital without a map: NOT_FOUND in Chinese with the information desk', async () => {
    expect(await route({ hospitalId: 'h-zzcentral', to: 'd-nowhere' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'to', message: expect.stringContaining('门诊楼1楼服务台') } });
    expect(await route({ hospitalId: 'h-zzcentral', from: 'x-nowhere', to: 'd-zz-cardio' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'from', message: expect.stringContaining('服务台') } });
    expect(await route({ hospitalId: 'h-zzcentral', to: 'd-xy-internal' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await route({ hospitalId: 'h-none', to: 'd-zz-cardio' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('暂未提供院内导航') } });
  });
});

describe('places to go to', () => {
  it('lists the facilities, then every department of the hospital under its building', async () => {
    const { groups } = await sys.ok<PlacesView>('navigation', null, { action: 'places', hospitalId: 'h-zzcentral' });
    expect(groups[0].title).toBe('常用设施');
    expect(groups[0].places.slice(0, 4).map((p) => p.name)).toEqual(['收费处', '药房', '采血处', '服务台']);
    expect(groups[0].places.find((p) => p.name === 'CT室')).toMatchObject({ id: 'zz-ct', detail: '医技楼1楼CT室' });
    const listed = groups.slice(1).flatMap((g) => g.places);
    expect(listed.map((p) => p.id).sort()).toEqual(departments.filter((d) => d.hospitalId === 'h-zzcentral').map((d) => d._id).sort());
    expect(groups.find((g) => g.title === '妇儿楼')!.places.map((p) => p.detail)).toEqual(['妇儿楼1楼A区', '妇儿楼2楼A区', '妇儿楼3楼A区', '妇儿楼4楼A区']);
    expect(await sys.call('navigation', null, { action: 'places', hospitalId: 'h-none' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('staff replace a map', () => {
  const zz = navigationMaps[0].map;
  const { hospitalId: _hospital, ...body } = zz;

  it('only editors and admins of the hospital; a map that fails its checks is refused on map', async () => {
    expect(await sys.call('navigation', 'demo-patient', { action: 'replaceMap', hospitalId: 'h-zzcentral', map: body })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await sys.call('navigation', 'demo-editor-xy', { action: 'getMap', hospitalId: 'h-zzcentral' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const noDesk = { ...body, points: body.points.map((p) => (p.kind === 'info' ? { ...p, kind: 'kiosk' } : p)) };
    expect(await sys.call('navigation', 'demo-editor-zz', { action: 'replaceMap', hospitalId: 'h-zzcentral', map: noDesk })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', field: 'map', message: '缺少服务台' } });
  });

  it('an unreachable place answers NOT_FOUND with the information desk; the map is then replaced whole', async () => {
    const island = { id: 'zz-island', kind: 'toilet' as const, name: '孤岛卫生间', floorId: 'zz-op-f1', x: 1, y: 1 };
    const res = await sys.call<{ points: number }>('navigation', 'demo-editor-zz', { action: 'replaceMap', hospitalId: 'h-zzcentral', map: { ...body, points: [...body.points, island] } });
    expect(res).toMatchObject({ ok: true, data: { points: body.points.length + 1 } });
    expect(await route({ hospitalId: 'h-zzcentral', to: 'zz-island' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'to', message: expect.stringMatching(/暂时无法规划到孤岛卫生间的路线，请到门诊楼1楼服务台咨询/) } });
    expect(await sys.ok<{ map: { points: unknown[] } }>('navigation', 'demo-editor-zz', { action: 'getMap', hospitalId: 'h-zzcentral' })).toMatchObject({ map: { points: expect.arrayContaining([expect.objectContaining({ id: 'zz-island' })]) } });
    await sys.ok('navigation', 'demo-editor-zz', { action: 'replaceMap', hospitalId: 'h-zzcentral', map: body });
  });
});

describe('the care path', () => {
  const ME = 'demo-patient';
  let examStart = 0;
  const TODAY = '2026-11-25';
  const carePath = (appointmentId: string, openid = ME) => sys.call<CarePathView>('navigation', openid, { action: 'carePath', appointmentId });

  let visitId = '';

  beforeAll(async () => {
    visitId = await visitToday(sys);
  });

  it('before the visit: the visit itself, at its department, no earlier than its time', async () => {
    const res = await carePath(visitId);
    if (!res.ok) throw new Error(res.error.message);
    expect(res.data.stops).toHaveLength(1);
    expect(res.data.stops[0]).toMatchObject({ kind: 'visit', place: '门诊楼4楼C区', pointId: 'zz-op-4c' });
    expect(res.data.exact).toBe(true);
  });

  it('another account’s appointment is NOT_FOUND; without an openid UNAUTHENTICATED', async () => {
    expect(await carePath(visitId, 'demo-patient-2')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await carePath('appt-nowhere')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await sys.call('navigation', ME, { action: 'carePath', appointmentId: visitId, from: 'x-nowhere' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'from' } });
    expect(await carePath(visitId, null as unknown as string)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('after the visit: pay first, fasting tests before the pharmacy, 回诊 once the results are out', async () => {
    examStart = (await slotToday(sys, { ownerId: 'res-zz-us-abd' })).start;
    await afterTheVisit(sys, visitId);
    const res = await carePath(visitId);
    if (!res.ok) throw new Error(res.error.message);
    const kinds = res.data.stops.map((s) => s.kind);
    expect([...kinds].sort()).toEqual(['blood', 'cashier', 'pharmacy', 'revisit', 'ultrasound']);
    const at = (k: CareStopKind) => kinds.indexOf(k);
    expect(at('cashier')).toBeLessThan(at('blood'));
    expect(at('cashier')).toBeLessThan(at('pharmacy'));
    expect(at('blood')).toBeLessThan(at('pharmacy'));
    expect(at('ultrasound')).toBeLessThan(at('pharmacy'));
    expect(at('revisit')).toBeGreaterThan(Math.max(at('blood'), at('ultrasound')));
    const ultrasound = res.data.stops[at('ultrasound')];
    expect(ultrasound.place).toBe('医技楼2楼超声科');
    expect(ultrasound.etaMinutes).toBeGreaterThanOrEqual(Math.floor((examStart - FROZEN_NOW) / 60_000));
    expect(res.data.stops[at('blood')].notes).toContain('需空腹，先做');
    expect(res.data.stops.map((s) => s.fromPointId)).toEqual(['zz-gate-main', ...res.data.stops.slice(0, -1).map((s) => s.pointId)]);
    expect(res.data.totalMinutes).toBeGreaterThanOrEqual(res.data.stops[res.data.stops.length - 1].etaMinutes);
  });

  it('an exam from an order keeps its room’s hours today: the CT room closes at its last slot', async () => {
    const other = await visitToday(sys, 2, 'pat-demo-zhang-mother');
    await completeAsItsDoctor(sys, other, '咳嗽两周');
    const ctSlots = await sys.ports.db.find<{ _id: string; end: number }>('slots', { where: { ownerId: 'res-zz-ct', date: TODAY }, orderBy: [['start', 'desc']], limit: 1 });
    const ct = (p: CarePathView) => p.stops.find((s) => s.kind === 'ct')!;
    const morning = await sys.ok<CarePathView>('navigation', ME, { action: 'carePath', appointmentId: other });
    expect(ct(morning)).toMatchObject({ place: '医技楼1楼CT室', late: false, notes: ['胸部CT平扫', '缴费后'] });
    sys.setNow(ctSlots[0].end + 60_000);
    const evening = await sys.ok<CarePathView>('navigation', ME, { action: 'carePath', appointmentId: other });
    sys.setNow(FROZEN_NOW);
    expect(ct(evening).late).toBe(true);
  });

  it('is planned again on every request: a longer queue at the ultrasound room makes the day longer', async () => {
    const before = await sys.ok<CarePathView>('navigation', ME, { action: 'carePath', appointmentId: visitId });
    for (let i = 0; i < 6; i++) {
      await sys.ports.db.insert('appointments', { _id: `queue-${i}`, ownerId: 'res-zz-us-abd', date: TODAY, status: 'checked_in', start: FROZEN_NOW - 60_000, openid: `someone-${i}` });
    }
    sys.setNow(examStart);
    const after = await sys.ok<CarePathView>('navigation', ME, { action: 'carePath', appointmentId: visitId });
    sys.setNow(FROZEN_NOW);
    const waitOf = (p: CarePathView) => p.stops.find((s) => s.kind === 'ultrasound')!.waitMinutes;
    expect(waitOf(after)).toBeGreaterThanOrEqual(60);
    expect(waitOf(before)).toBeLessThan(waitOf(after));
  });
});
