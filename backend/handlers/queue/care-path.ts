/**
 * `queue.carePath` (最优就诊路径): today's pending stops of an appointment in the order that ends
 * soonest (the domain solver, backend/domain/navigation/care-path.ts) with the waits of the live
 * queues (live-wait.ts), re-planned on every request, so it follows each call; the stops already
 * done today listed apart. Routes between stops come from the hospital's map (navigation).
 */
import type { CarePathView, CareStopView } from '../../../miniprogram/shared/dto/navigation';
import { ErrorCode } from '../../../miniprogram/shared/errors';
import { shanghaiDate, shanghaiInstant } from '../../../miniprogram/shared/time';
import type { AppointmentDoc } from '../../domain/booking/docs';
import { planCarePath, type CareStop } from '../../domain/navigation/care-path';
import type { RouteOptions } from '../../domain/navigation/graph';
import type { WaitEstimator } from '../../domain/navigation/wait';
import type { Db } from '../../ports';
import { AppError } from '../framework/app-error';
import { queue } from '../../../miniprogram/shared/contract/queue';
import { action } from '../framework/define';
import { findPlace, hospitalMapOr404, infoDesk, mainEntrance } from '../navigation/lookups';
import { ownAppointment } from './access';
import { liveWaits } from './live-wait';
import { dayStops, type StopSeed } from './pending-stops';
import { owner } from '../framework/who';

/** Desks and rooms without a booked time or published slots keep outpatient hours. */
const OPENING_TIME = '08:00';
const CLOSING_TIME = '17:30';
/** What an unreachable stop costs in walking minutes: last in any order that can avoid it. */
const UNREACHABLE_MINUTES = 999;

const minutesFrom = (now: number, at: number): number => (at - now) / 60_000;

function notesOf(seed: StopSeed, stop: CareStop): string[] {
  const notes = [...seed.notes];
  if (stop.needsFasting) notes.push('需空腹，先做');
  if (stop.breaksFasting) notes.push(stop.kind === 'pharmacy' ? '取药后可进食服药' : '需喝水憋尿');
  if (stop.needsPayment) notes.push('缴费后');
  if (stop.needsResults) notes.push('等检查结果出来后');
  return notes;
}

export interface CarePathRequest {
  appointment: AppointmentDoc;
  /** Where the patient is: a point id; the main entrance when missing. */
  from?: string;
  options: RouteOptions;
  estimator: WaitEstimator;
  now: number;
}

export async function carePathOf(db: Db, { appointment, from, options, estimator, now }: CarePathRequest): Promise<CarePathView> {
  const { doc, graph } = await hospitalMapOr404(db, appointment.hospitalId);
  const start = from ? findPlace(doc.map, from) : mainEntrance(doc.map);
  if (from && !start) throw new AppError(ErrorCode.NOT_FOUND, `没有找到出发地点，请到${infoDesk(doc.map)}咨询`, 'from');
  const day = start ? await dayStops(db, doc.map, appointment, doc.payBeforeExam, now) : { pending: [], done: [] };
  const seeds = day.pending;
  const date = shanghaiDate(now);
  const opening = shanghaiInstant(date, OPENING_TIME);
  const closing = shanghaiInstant(date, CLOSING_TIME);
  const waits = await Promise.all(seeds.map((s) => estimator.wait({ kind: s.profile.kind, examType: s.examType, ...s.wait }, now)));
  const stops: CareStop[] = seeds.map((s, i) => ({
    id: s.key,
    kind: s.profile.kind,
    pointId: s.point.id,
    waitMinutes: waits[i].minutes,
    serviceMinutes: s.profile.serviceMinutes,
    opensAt: minutesFrom(now, s.opensAtMs ?? opening),
    closesAt: minutesFrom(now, s.closesAtMs ?? closing),
    needsFasting: s.needsFasting ?? s.profile.needsFasting,
    breaksFasting: s.profile.breaksFasting,
    isPayment: s.isPayment,
    needsPayment: s.needsPayment,
    resultMinutes: s.profile.resultMinutes,
    needsResults: s.needsResults,
  }));
  const places = [start ? start.id : '', ...stops.map((s) => s.pointId)];
  const travel = places.map((p) => graph.secondsTo(p, places, options).map((sec) => (sec === Infinity ? UNREACHABLE_MINUTES : sec / 60)));
  const path = planCarePath({ stops, travel });
  const views: CareStopView[] = path.stops.map((p, i) => {
    const stop = stops[p.index];
    const seed = seeds[p.index];
    return {
      kind: stop.kind,
      label: seed.profile.label,
      place: seed.point.name,
      pointId: seed.point.id,
      fromPointId: i === 0 ? places[0] : stops[path.stops[i - 1].index].pointId,
      etaMinutes: Math.round(p.startAt),
      walkMinutes: Math.round(p.walkMinutes),
      waitMinutes: Math.round(p.startAt - p.arriveAt),
      queueText: waits[p.index].text,
      uncertain: waits[p.index].uncertain,
      notes: notesOf(seed, stop),
      late: p.late,
    };
  });
  return {
    appointmentId: appointment._id,
    hospitalId: appointment.hospitalId,
    patientName: appointment.patientName,
    stops: views,
    done: day.done.map((d) => ({ kind: d.profile.kind, label: d.profile.label, place: d.point.name })),
    totalMinutes: Math.round(path.totalMinutes),
    exact: path.exact,
  };
}

export const carePath = action(queue.carePath, {
  who: owner(),
  async run({ appointmentId, from, elder }, ctx): Promise<CarePathView> {
    const appointment = await ownAppointment(ctx, appointmentId);
    const options: RouteOptions = { stepFree: !!elder, pace: elder ? 'elder' : 'normal' };
    return carePathOf(ctx.db, { appointment, from, options, estimator: liveWaits(ctx.db), now: ctx.now });
  },
});
