/**
 * The `navigation` function on the seeded store: routes from the main entrance to every department
 * and exam room of both demo hospitals (quickest and step-free), the Chinese errors, elder mode and
 * staff replacing a map. The care path (queue.carePath) is tests/integration/care-path-live.test.ts.
 */
import type { PlacesView, RouteView } from '../../miniprogram/shared/dto/navigation';
import { departments } from '../../backend/dev-server/seed/content';
import { resources } from '../../backend/dev-server/seed/schedule';
import { navigationMaps } from '../../backend/dev-server/seed/navigation';
import { startLocalSystem, type LocalSystem } from '../support/local-system';

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

  it.each(departments.map((d) => ({ hospitalId: d.hospitalId, id: d._id, name: d.name })))(
    '$hospitalId → $name: reachable, and step-free without stairs',
    async ({ hospitalId, id, name }) => {
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
    },
  );

  it.each(resources.map((r) => ({ id: r._id, name: r.name })))('exam room $name is reachable', async ({ id }) => {
    expect(await route({ hospitalId: 'h-zzcentral', to: id })).toMatchObject({ ok: true, data: { steps: expect.any(Array) } });
  });

  it('answers the contract: meters, seconds, steps with text and floor, usesStairs', async () => {
    const res = await route({ hospitalId: 'h-zzcentral', to: 'd-zz-cardio' });
    expect(res).toMatchObject({
      ok: true,
      data: {
        meters: expect.any(Number),
        seconds: expect.any(Number),
        usesStairs: expect.any(Boolean),
        steps: [{ text: expect.stringContaining('从门诊楼正门进入'), floor: '门诊楼1楼' }, expect.anything()],
      },
    });
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
    expect(await route({ hospitalId: 'h-zzcentral', to: 'd-nowhere' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', field: 'to', message: expect.stringContaining('门诊楼1楼服务台') },
    });
    expect(await route({ hospitalId: 'h-zzcentral', from: 'x-nowhere', to: 'd-zz-cardio' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', field: 'from', message: expect.stringContaining('服务台') },
    });
    expect(await route({ hospitalId: 'h-zzcentral', to: 'd-xy-internal' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await route({ hospitalId: 'h-none', to: 'd-zz-cardio' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: expect.stringContaining('暂未提供院内导航') },
    });
  });
});

describe('places to go to', () => {
  it('lists the facilities, then every department of the hospital under its building', async () => {
    const { groups } = await sys.ok<PlacesView>('navigation', null, { action: 'places', hospitalId: 'h-zzcentral' });
    expect(groups[0].title).toBe('常用设施');
    expect(groups[0].places.slice(0, 4).map((p) => p.name)).toEqual(['收费处', '药房', '采血处', '服务台']);
    expect(groups[0].places.find((p) => p.name === 'CT室')).toMatchObject({ id: 'zz-ct', detail: '医技楼1楼CT室' });
    const listed = groups.slice(1).flatMap((g) => g.places);
    expect(listed.map((p) => p.id).sort()).toEqual(
      departments
        .filter((d) => d.hospitalId === 'h-zzcentral')
        .map((d) => d._id)
        .sort(),
    );
    expect(groups.find((g) => g.title === '妇儿楼')!.places.map((p) => p.detail)).toEqual(['妇儿楼1楼A区', '妇儿楼2楼A区', '妇儿楼3楼A区', '妇儿楼4楼A区']);
    expect(await sys.call('navigation', null, { action: 'places', hospitalId: 'h-none' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('staff replace a map', () => {
  const zz = navigationMaps[0].map;
  const { hospitalId: _hospital, ...body } = zz;

  it('only editors and admins of the hospital; a map that fails its checks is refused on map', async () => {
    expect(await sys.call('navigation', 'demo-patient', { action: 'replaceMap', hospitalId: 'h-zzcentral', map: body })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await sys.call('navigation', 'demo-editor-xy', { action: 'getMap', hospitalId: 'h-zzcentral' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const noDesk = { ...body, points: body.points.map((p) => (p.kind === 'info' ? { ...p, kind: 'kiosk' } : p)) };
    expect(await sys.call('navigation', 'demo-editor-zz', { action: 'replaceMap', hospitalId: 'h-zzcentral', map: noDesk })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', field: 'map', message: '缺少服务台' },
    });
  });

  it('an unreachable place answers NOT_FOUND with the information desk; the map is then replaced whole', async () => {
    const island = { id: 'zz-island', kind: 'toilet' as const, name: '孤岛卫生间', floorId: 'zz-op-f1', x: 1, y: 1 };
    const res = await sys.call<{ points: number }>('navigation', 'demo-editor-zz', {
      action: 'replaceMap',
      hospitalId: 'h-zzcentral',
      map: { ...body, points: [...body.points, island] },
    });
    expect(res).toMatchObject({ ok: true, data: { points: body.points.length + 1 } });
    expect(await route({ hospitalId: 'h-zzcentral', to: 'zz-island' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', field: 'to', message: expect.stringMatching(/暂时无法规划到孤岛卫生间的路线，请到门诊楼1楼服务台咨询/) },
    });
    expect(await sys.ok<{ map: { points: unknown[] } }>('navigation', 'demo-editor-zz', { action: 'getMap', hospitalId: 'h-zzcentral' })).toMatchObject({
      map: { points: expect.arrayContaining([expect.objectContaining({ id: 'zz-island' })]) },
    });
    await sys.ok('navigation', 'demo-editor-zz', { action: 'replaceMap', hospitalId: 'h-zzcentral', map: body });
  });
});
