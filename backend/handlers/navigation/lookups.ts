/** Reads the navigation actions share: a hospital's map (its graph built once per version) and its places. */
import { ErrorCode } from '../../../miniprogram/shared/errors';
import { navigationDocId, type NavigationDoc } from '../../domain/navigation/docs';
import { NavGraph } from '../../domain/navigation/graph';
import type { NavMap, Point } from '../../domain/navigation/map';
import type { Db } from '../../ports';
import { AppError } from '../framework/app-error';

const graphs = new Map<string, { version: number; graph: NavGraph }>();

export interface HospitalMap {
  doc: NavigationDoc;
  graph: NavGraph;
}

export async function hospitalMapOr404(db: Db, hospitalId: string): Promise<HospitalMap> {
  const doc = await db.get<NavigationDoc>('navigation', navigationDocId(hospitalId));
  if (!doc) throw new AppError(ErrorCode.NOT_FOUND, '该医院暂未提供院内导航，请到门诊大厅服务台咨询');
  const cached = graphs.get(doc._id);
  if (cached && cached.version === doc.updatedAt) return { doc, graph: cached.graph };
  const graph = new NavGraph(doc.map);
  graphs.set(doc._id, { version: doc.updatedAt, graph });
  return { doc, graph };
}

/** Where to ask: the information desk's name (门诊楼1楼服务台). */
export function infoDesk(map: NavMap): string {
  const desk = map.points.find((p) => p.kind === 'info');
  return desk ? desk.name : '门诊大厅服务台';
}

/** A point by its id, or the point of a department or an exam room. */
export function findPlace(map: NavMap, id: string): Point | undefined {
  return map.points.find((p) => p.id === id) ?? map.points.find((p) => (p.departmentIds ?? []).includes(id) || (p.resourceIds ?? []).includes(id));
}

export const mainEntrance = (map: NavMap): Point | undefined => map.points.find((p) => p.main);

export const firstOfKind = (map: NavMap, kind: Point['kind']): Point | undefined => map.points.find((p) => p.kind === kind);

export const examPlace = (map: NavMap, examType: string): Point | undefined => map.points.find((p) => (p.examTypes ?? []).includes(examType));
