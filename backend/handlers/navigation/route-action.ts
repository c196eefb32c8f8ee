/**
 * `route`: the quickest way from a place (the main outpatient entrance by default) to a point, a
 * department or an exam room, as plain Chinese steps and floor plans, with the other choice
 * (step-free or quickest) always offered. Elder mode walks slower and goes step-free by default.
 */
import { navigation } from '../../../miniprogram/shared/contract/navigation';
import { ErrorCode } from '../../../miniprogram/shared/errors';
import type { DepartmentDoc } from '../../domain/content/docs';
import { routePlans } from '../../domain/navigation/floor-plan';
import type { Route, RouteOptions } from '../../domain/navigation/graph';
import type { Point } from '../../domain/navigation/map';
import { routeSteps } from '../../domain/navigation/steps';
import type { Db } from '../../ports';
import { AppError } from '../framework/app-error';
import { action } from '../framework/define';
import { findPlace, hospitalMapOr404, infoDesk, mainEntrance } from './lookups';
import { anyone } from '../framework/who';

const dataUri = (svg: string): string => `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;

const minutesText = (seconds: number): string => `约${Math.max(1, Math.round(seconds / 60))}分钟`;

/** 心血管内科（门诊楼2楼A区）when a department of the hospital was asked for; the point's own name otherwise. */
async function destinationName(db: Db, hospitalId: string, point: Point, asked: string): Promise<string> {
  if (asked === point.id) return point.name;
  const department = await db.get<DepartmentDoc>('departments', asked);
  return department && department.hospitalId === hospitalId ? `${department.name}（${point.name}）` : point.name;
}

export const route = action(navigation.route, {
  who: anyone(),
  offer: { key: 'navigation' },
  async run({ hospitalId, from, to, stepFree, elder }, ctx) {
    const { doc, graph } = await hospitalMapOr404(ctx.db, hospitalId);
    const map = doc.map;
    const desk = infoDesk(map);
    const start = from ? findPlace(map, from) : mainEntrance(map);
    if (!start) throw new AppError(ErrorCode.NOT_FOUND, `没有找到出发地点，请到${desk}咨询`, from ? 'from' : undefined);
    const end = findPlace(map, to);
    if (!end) throw new AppError(ErrorCode.NOT_FOUND, `地图上没有找到这个地点，请到${desk}咨询`, 'to');
    const options: RouteOptions = { stepFree: stepFree ?? elder ?? false, pace: elder ? 'elder' : 'normal' };
    const chosen: Route | null = graph.route(start.id, end.id, options);
    const other = graph.route(start.id, end.id, { ...options, stepFree: !options.stepFree });
    if (!chosen) {
      const hint = options.stepFree && other ? '，可关闭“无障碍路线”查看含楼梯的路线' : '';
      throw new AppError(ErrorCode.NOT_FOUND, `暂时无法规划到${end.name}的${options.stepFree ? '无障碍' : ''}路线${hint}，请到${desk}咨询`, 'to');
    }
    const name = await destinationName(ctx.db, hospitalId, end, to);
    return {
      hospitalId,
      from: { id: start.id, name: start.name },
      to: { id: end.id, name },
      meters: Math.round(chosen.meters),
      seconds: Math.round(chosen.seconds),
      summary: `${minutesText(chosen.seconds)} · ${Math.round(chosen.meters)}米`,
      steps: routeSteps(map, chosen, name),
      usesStairs: chosen.usesStairs,
      stepFree: options.stepFree,
      plans: routePlans(map, chosen).map((p) => ({ planId: p.planId, label: p.label, image: dataUri(p.svg) })),
      alternative: other ? { stepFree: !options.stepFree, seconds: Math.round(other.seconds), minutesText: minutesText(other.seconds) } : null,
    };
  },
});
