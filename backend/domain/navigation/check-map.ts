/**
 * What a map must satisfy before it replaces a hospital's map: unique ids, floors of known
 * buildings, points on known floors, edges between known points with a positive length, one main
 * entrance, an information desk, and every department and exam room reachable step-free from the
 * main entrance. Answers the problems in Chinese, empty when the map is sound.
 */
import { NavGraph } from './graph';
import type { NavMap } from './map';

export function mapProblems(map: NavMap): string[] {
  const problems: string[] = [];
  const dup = (ids: string[]): string | undefined => ids.find((id, i) => ids.indexOf(id) !== i);
  const buildingIds = new Set(map.buildings.map((b) => b.id));
  const floorIds = new Set(map.floors.map((f) => f.id));
  const pointIds = new Set(map.points.map((p) => p.id));
  const dupBuilding = dup(map.buildings.map((b) => b.id));
  if (dupBuilding) problems.push(`楼栋编号重复：${dupBuilding}`);
  const dupFloor = dup(map.floors.map((f) => f.id));
  if (dupFloor) problems.push(`楼层编号重复：${dupFloor}`);
  const dupPoint = dup(map.points.map((p) => p.id));
  if (dupPoint) problems.push(`地点编号重复：${dupPoint}`);
  for (const f of map.floors) if (!buildingIds.has(f.buildingId)) problems.push(`楼层 ${f.id} 所在的楼栋不存在`);
  for (const p of map.points) if (p.floorId !== null && !floorIds.has(p.floorId)) problems.push(`地点 ${p.id} 所在的楼层不存在`);
  for (const e of map.edges) {
    if (!pointIds.has(e.from) || !pointIds.has(e.to)) problems.push(`通道 ${e.from} - ${e.to} 连接的地点不存在`);
    if (!(e.meters > 0)) problems.push(`通道 ${e.from} - ${e.to} 的长度必须大于0`);
  }
  const mains = map.points.filter((p) => p.main);
  if (mains.length !== 1) problems.push('必须有且只有一个门诊主入口');
  if (!map.points.some((p) => p.kind === 'info')) problems.push('缺少服务台');
  if (problems.length > 0 || mains.length !== 1) return problems;
  const graph = new NavGraph(map);
  const places = map.points.filter((p) => (p.departmentIds ?? []).length > 0 || (p.resourceIds ?? []).length > 0);
  const seconds = graph.secondsTo(
    mains[0].id,
    places.map((p) => p.id),
    { stepFree: true, pace: 'normal' },
  );
  places.forEach((p, i) => {
    if (seconds[i] === Infinity) problems.push(`${p.name}无法从门诊主入口无障碍到达`);
  });
  return problems;
}
