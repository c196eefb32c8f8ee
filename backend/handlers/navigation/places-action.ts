/**
 * `places`: where 院内导航 can take a patient — the facilities (收费处, 药房, 采血, 服务台, 自助机,
 * exam rooms, the ground-floor toilets), then each building's departments in floor order.
 */
import { navigation } from '../../../miniprogram/shared/contract/navigation';
import type { PlaceGroup } from '../../../miniprogram/shared/dto/navigation';
import type { DepartmentDoc } from '../../domain/content/docs';
import type { NavMap, Point } from '../../domain/navigation/map';
import { findAll } from '../framework/find-all';
import { action } from '../framework/define';
import { hospitalMapOr404 } from './lookups';
import { anyone } from '../framework/who';

const FACILITIES: ReadonlyArray<Point['kind']> = ['cashier', 'pharmacy', 'lab', 'info', 'kiosk', 'exam_room', 'toilet'];
const facilityNames: Partial<Record<Point['kind'], string>> = {
  cashier: '收费处',
  pharmacy: '药房',
  lab: '采血处',
  info: '服务台',
  kiosk: '自助机',
  toilet: '卫生间',
};

function levelOf(map: NavMap, p: Point): number {
  const floor = map.floors.find((f) => f.id === p.floorId);
  return floor ? floor.level : 0;
}

function buildingOf(map: NavMap, p: Point): string {
  const floor = map.floors.find((f) => f.id === p.floorId);
  return floor ? floor.buildingId : '';
}

function facilities(map: NavMap): PlaceGroup {
  const groundOnly = (p: Point): boolean => (p.kind === 'toilet' || p.kind === 'kiosk' ? levelOf(map, p) === 1 : true);
  const shown = map.points.filter((p) => FACILITIES.includes(p.kind) && groundOnly(p));
  shown.sort((a, b) => FACILITIES.indexOf(a.kind) - FACILITIES.indexOf(b.kind) || levelOf(map, a) - levelOf(map, b));
  return { title: '常用设施', places: shown.map((p) => ({ id: p.id, name: facilityNames[p.kind] ?? p.name.replace(/^.+?\d+楼/, ''), detail: p.name })) };
}

function departmentGroups(map: NavMap, departments: DepartmentDoc[]): PlaceGroup[] {
  return map.buildings
    .map((b) => {
      const here = departments
        .map((d) => ({ d, point: map.points.find((p) => (p.departmentIds ?? []).includes(d._id)) }))
        .filter((x): x is { d: DepartmentDoc; point: Point } => x.point !== undefined && buildingOf(map, x.point) === b.id)
        .sort((x, y) => levelOf(map, x.point) - levelOf(map, y.point) || x.d.sort - y.d.sort);
      return { title: b.name, places: here.map(({ d, point }) => ({ id: d._id, name: d.name, detail: point.name })) };
    })
    .filter((g) => g.places.length > 0);
}

export const places = action(navigation.places, {
  who: anyone(),
  offer: { key: 'navigation' },
  async run({ hospitalId }, ctx) {
    const { doc } = await hospitalMapOr404(ctx.db, hospitalId);
    const departments = await findAll<DepartmentDoc>(ctx.db, 'departments', { hospitalId }, [['sort', 'asc']]);
    return { hospitalId, groups: [facilities(doc.map), ...departmentGroups(doc.map, departments)] };
  },
});
