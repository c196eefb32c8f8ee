/**
 * The nurse's console: call next, recall (重呼), skip (过号), priority, 回诊, pause and resume, the
 * room, checking a patient in, and the clinic area's check-in code. Calls carry a requestId: the same
 * request never calls two patients.
 */
import { ErrorCode } from '../../../miniprogram/shared/errors';
import type { AppointmentDoc } from '../../domain/booking/docs';
import { stateProblem } from '../../domain/queue/check-in';
import { clinicCode } from '../../domain/queue/clinic-code';
import * as order from '../../domain/queue/order';
import { qrMatrix } from '../../domain/queue/qr';
import { queueSettingsOf } from '../../domain/queue/settings';
import { departmentOr404 } from '../content/lookups';
import { hospitalOr404 } from '../framework/hospital';
import { AppError, notFound } from '../framework/app-error';
import type { Ctx } from '../framework/context';
import { queue } from '../../../miniprogram/shared/contract/queue';
import { action } from '../framework/define';
import { requireNurse, requireToday } from './access';
import { clinicSecret } from './clinic-keys';
import { joinQueue } from './join';
import { queueNotices } from './notices';
import { changeEntry, changeSession, recentStats, sessionOrEmpty, type SessionKey } from './session-store';
import { entryView } from './views';
import { staff } from '../framework/who';

/** The session of a key, if the caller nurses its area, today. */
async function nursedSession(ctx: Ctx, key: SessionKey) {
  requireToday(ctx, key.date);
  const s = await sessionOrEmpty(ctx, key);
  if (!s) {
    ctx.user();
    throw new AppError(ErrorCode.NOT_FOUND, '该诊次没有预约');
  }
  await requireNurse(ctx, s.hospitalId, s.departmentId);
  return s;
}

/** The appointment, if the caller nurses its area, today. */
export async function nursedAppointment(ctx: Ctx, appointmentId: string): Promise<AppointmentDoc> {
  const a = await ctx.db.get<AppointmentDoc>('appointments', appointmentId);
  if (!a) throw notFound('预约');
  await requireNurse(ctx, a.hospitalId, a.departmentId);
  requireToday(ctx, a.date);
  return a;
}

export const callNext = action(queue.callNext, {
  who: staff('nurse'),
  async run({ requestId, ...key }, ctx) {
    const s = await nursedSession(ctx, key);
    const stats = await recentStats(ctx, s);
    const done = await changeSession(
      ctx,
      s._id,
      { requestId, action: 'callNext' },
      (cur) => {
        if (cur.pausedReason) return { refused: `本诊次已暂停（${cur.pausedReason}），请先恢复` };
        const { body, called } = order.callNext(cur, ctx.now);
        return { body, result: called, patch: { stats } };
      },
      s,
    );
    if (!done.repeated) await queueNotices(ctx.ports, done.session, done.result);
    return { called: done.result };
  },
});

export const recall = action(queue.recall, {
  who: staff('nurse'),
  async run({ appointmentId, requestId }, ctx) {
    const a = await nursedAppointment(ctx, appointmentId);
    const done = await changeEntry(ctx, a, { requestId, action: 'recall' }, (cur) => order.recall(cur, appointmentId, ctx.now));
    return { recalled: done.result };
  },
});

export const skip = action(queue.skip, {
  who: staff('nurse'),
  async run({ appointmentId, requestId }, ctx) {
    const a = await nursedAppointment(ctx, appointmentId);
    const places = queueSettingsOf((await hospitalOr404(ctx.db, a.hospitalId)).queue).skipPlaces;
    const done = await changeEntry(ctx, a, { requestId, action: 'skip' }, (cur) => order.skip(cur, appointmentId, places));
    if (!done.repeated) await queueNotices(ctx.ports, done.session, null);
    const e = done.session.entries.find((x) => x.appointmentId === appointmentId);
    return { skipped: done.result, entry: e ? entryView(done.session, e) : null };
  },
});

export const checkInFor = action(queue.checkInFor, {
  who: staff('nurse'),
  async run({ appointmentId }, ctx) {
    const a = await nursedAppointment(ctx, appointmentId);
    const problem = stateProblem(a);
    if (problem) throw new AppError(problem.code, problem.message);
    const { entry, session } = await joinQueue(ctx, a._id);
    await queueNotices(ctx.ports, session, null);
    return { entry: entryView(session, entry) };
  },
});

export const setPriority = action(queue.setPriority, {
  who: staff('nurse'),
  async run({ appointmentId, priority, reason }, ctx) {
    if (priority && reason === '') throw new AppError(ErrorCode.VALIDATION_FAILED, '请填写优先的原因', 'reason');
    const a = await nursedAppointment(ctx, appointmentId);
    await changeEntry(ctx, a, null, (cur) => order.setPriority(cur, appointmentId, priority, reason));
    return { appointmentId };
  },
});

export const markReturning = action(queue.markReturning, {
  who: staff('nurse'),
  async run({ appointmentId }, ctx) {
    const a = await nursedAppointment(ctx, appointmentId);
    if (a.ownerType === 'resource') throw new AppError(ErrorCode.STATE_CONFLICT, '检查室没有回诊：带结果回诊请到开单医生的诊区排队');
    await changeEntry(ctx, a, null, (cur) => order.returnWithResults(cur, appointmentId));
    return { appointmentId };
  },
});

export const pause = action(queue.pause, {
  who: staff('nurse'),
  async run({ reason, ...key }, ctx) {
    const s = await nursedSession(ctx, key);
    await changeSession(ctx, s._id, null, (cur) => ({ body: cur, result: null, patch: { pausedReason: reason } }), s);
    return { pausedReason: reason };
  },
});

export const resume = action(queue.resume, {
  who: staff('nurse'),
  async run(key, ctx) {
    const s = await nursedSession(ctx, key);
    await changeSession(ctx, s._id, null, (cur) => ({ body: cur, result: null, patch: { pausedReason: '' } }), s);
    return { pausedReason: '' };
  },
});

export const setRoom = action(queue.setRoom, {
  who: staff('nurse'),
  async run({ room, ...key }, ctx) {
    const s = await nursedSession(ctx, key);
    await changeSession(ctx, s._id, null, (cur) => ({ body: cur, result: null, patch: { room } }), s);
    return { room };
  },
});

export const areaCode = action(queue.areaCode, {
  who: staff('nurse'),
  async run({ departmentId }, ctx) {
    const d = await departmentOr404(ctx.db, departmentId);
    await requireNurse(ctx, d.hospitalId, d._id);
    const code = clinicCode(await clinicSecret(ctx, d.hospitalId), { hospitalId: d.hospitalId, departmentId: d._id });
    return { code, qr: qrMatrix(code), departmentName: d.name, location: d.location };
  },
});
