/**
 * One queue document per doctor (or exam room) session, changed only inside a transaction that
 * reads it, applies a pure rule of backend/domain/queue/order.ts and writes it back: two nurses
 * calling at once never call one patient twice. A call event with a requestId records its answer in
 * the same transaction (`queueCalls`), so the same request answers the first result.
 */
import type { Session } from '../../../miniprogram/shared/enums';
import { ErrorCode } from '../../../miniprogram/shared/errors';
import { hashId } from '../../ids';
import type { AppointmentDoc } from '../../domain/booking/docs';
import type { ConsultationDoc, DurationStats, QueueCallDoc, QueueSessionDoc } from '../../domain/queue/docs';
import { DEFAULT_STATS, ROLLING, durationStats } from '../../domain/queue/eta';
import type { Outcome, QueueBody } from '../../domain/queue/order';
import type { TxDb } from '../../ports';
import { AppError } from '../framework/app-error';
import type { Ctx } from '../framework/context';

export interface SessionKey {
  ownerId: string;
  date: string;
  session: Session;
}

export const sessionIdOf = (k: SessionKey): string => `queue-${k.ownerId}-${k.date.replace(/-/g, '')}-${k.session}`;

/** A new, empty queue for the appointment's session. */
export function newSession(a: AppointmentDoc, now: number): QueueSessionDoc {
  return {
    _id: sessionIdOf(a),
    hospitalId: a.hospitalId,
    ownerId: a.ownerId,
    ownerName: a.ownerName,
    ownerType: a.ownerType,
    departmentId: a.departmentId,
    departmentName: a.departmentName,
    date: a.date,
    session: a.session,
    room: a.location,
    pausedReason: '',
    entries: [],
    order: [],
    stats: DEFAULT_STATS,
    updatedAt: now,
  };
}

export async function sessionDoc(ctx: Ctx, key: SessionKey): Promise<QueueSessionDoc | null> {
  return ctx.db.get<QueueSessionDoc>('queueSessions', sessionIdOf(key));
}

/** The session's queue, or an empty one when it has appointments and nobody has checked in; null when it has neither. */
export async function sessionOrEmpty(ctx: Ctx, key: SessionKey): Promise<QueueSessionDoc | null> {
  const s = await sessionDoc(ctx, key);
  if (s) return s;
  const [first] = await ctx.db.find<AppointmentDoc>('appointments', { where: { ownerId: key.ownerId, date: key.date, session: key.session }, limit: 1 });
  return first ? newSession(first, ctx.now) : null;
}

/** The doctor's recent consultations of this session type, then the department's: the ETA's basis. */
export async function recentStats(ctx: Ctx, s: Pick<QueueSessionDoc, 'ownerId' | 'departmentId' | 'session'>): Promise<DurationStats> {
  const newest: Array<[string, 'desc']> = [['doneAt', 'desc']];
  const own = await ctx.db.find<ConsultationDoc>('consultations', { where: { ownerId: s.ownerId, session: s.session }, orderBy: newest, limit: ROLLING });
  const dept =
    own.length >= 10
      ? []
      : await ctx.db.find<ConsultationDoc>('consultations', { where: { departmentId: s.departmentId, session: s.session }, orderBy: newest, limit: ROLLING });
  return durationStats(
    own.map((c) => c.minutes),
    dept.map((c) => c.minutes),
  );
}

export type Change<R> = { body: QueueBody; result: R; patch?: Partial<QueueSessionDoc> } | { refused: string };

/**
 * Reads the session in a transaction (or starts from `empty` when nobody has checked in yet),
 * applies `change`, writes it back. With a requestId, the first answer of that request is returned
 * again instead of changing anything.
 */
export async function changeSession<R extends string | null>(
  ctx: Ctx,
  sessionId: string,
  request: { requestId: string; action: string } | null,
  change: (s: QueueSessionDoc, tx: TxDb) => Promise<Change<R>> | Change<R>,
  empty: QueueSessionDoc | null = null,
): Promise<{ result: R; session: QueueSessionDoc; repeated: boolean }> {
  return ctx.db.transaction(async (tx) => {
    const callId = request ? hashId('qcall', sessionId, request.requestId) : '';
    const s = (await tx.get<QueueSessionDoc>('queueSessions', sessionId)) ?? empty;
    if (!s) throw new AppError(ErrorCode.NOT_FOUND, '该诊次还没有患者签到');
    if (request) {
      const earlier = await tx.get<QueueCallDoc>('queueCalls', callId);
      if (earlier) return { result: earlier.appointmentId as R, session: s, repeated: true };
    }
    const outcome = await change(s, tx);
    if ('refused' in outcome) throw new AppError(ErrorCode.STATE_CONFLICT, outcome.refused);
    const next: QueueSessionDoc = { ...s, ...(outcome.patch ?? {}), entries: outcome.body.entries, order: outcome.body.order, updatedAt: ctx.now };
    await tx.set<QueueSessionDoc>('queueSessions', next);
    if (request) await tx.insert<QueueCallDoc>('queueCalls', { _id: callId, sessionId, action: request.action, appointmentId: outcome.result, at: ctx.now });
    return { result: outcome.result, session: next, repeated: false };
  });
}

/** Applies a rule to one appointment's entry in its session; answers the appointment id. */
export function changeEntry(
  ctx: Ctx,
  a: AppointmentDoc,
  request: { requestId: string; action: string } | null,
  rule: (body: QueueBody) => Outcome,
): Promise<{ result: string; session: QueueSessionDoc; repeated: boolean }> {
  return changeSession<string>(ctx, sessionIdOf(a), request, (cur) => {
    const out = rule(cur);
    return 'refused' in out ? out : { body: out.body, result: a._id };
  });
}
