/**
 * Taking a place in a slot, exact under bursts (DESIGN.md): one conditional update on the slot
 * takes a seat (remaining > 0 → remaining − 1); the appointment insert, with unique keys for the
 * per-session, per-day and per-exam-order limits, makes it the patient's; when the insert is
 * refused the seat goes back. The appointment id comes from the caller's request id, so a retry
 * answers the first result. A successful booking costs 2 reads (patient, slot — which carries the
 * hospital's booking settings) and 2 writes.
 */
import { createHash } from 'node:crypto';
import { ErrorCode } from '../../../miniprogram/shared/errors';
import type { AppointmentDoc, PatientDoc } from '../../domain/booking/docs';
import { dayKeyOf, initialState, noShowProblem, sessionKeyOf, slotProblem, type Problem } from '../../domain/booking/rules';
import type { SlotDoc } from '../../domain/scheduling/docs';
import type { BookingSettings } from '../../domain/scheduling/settings';
import type { Db } from '../../ports';
import { DuplicateKeyError } from '../../ports';
import { AppError } from '../framework/app-error';
import type { Ctx } from '../framework/context';

export function appointmentIdOf(openid: string, requestId: string): string {
  return `appt-${createHash('sha256').update(`${openid}:${requestId}`).digest('hex').slice(0, 24)}`;
}

const giveBack = (db: Db, slotId: string) => db.update('slots', { _id: slotId }, { inc: { onlineRemaining: 1, booked: -1 } });

async function earlier(ctx: Ctx, id: string): Promise<AppointmentDoc | null> {
  const a = await ctx.db.get<AppointmentDoc>('appointments', id);
  return a && a.openid === ctx.user() ? a : null;
}

/** Refuses with a problem, unless this request already succeeded: then answers that. */
async function refuse(ctx: Ctx, id: string, problem: Problem): Promise<AppointmentDoc> {
  const first = await earlier(ctx, id);
  if (first) return first;
  throw new AppError(problem.code, problem.message);
}

export interface PlaceRequest {
  slot: SlotDoc;
  patient: PatientDoc;
  settings: BookingSettings;
  requestId: string;
  examOrderId: string | null;
}

export async function takePlace(ctx: Ctx, req: PlaceRequest): Promise<AppointmentDoc> {
  const { slot, patient, settings } = req;
  const openid = ctx.user();
  const id = appointmentIdOf(openid, req.requestId);
  const problem = slotProblem(slot, ctx.now, settings) ?? noShowProblem(patient.noShows, settings, ctx.now);
  if (problem) return refuse(ctx, id, problem);

  const taken = await ctx.db.update('slots', { _id: slot._id, state: 'open', onlineRemaining: { gt: 0 } }, { inc: { onlineRemaining: -1, booked: 1 } });
  if (taken === 0) return refuse(ctx, id, { code: ErrorCode.SLOT_FULL, message: '该时段已约满，请选择其他时段' });

  const base: AppointmentDoc = {
    _id: id,
    hospitalId: slot.hospitalId,
    hospitalName: slot.hospitalName,
    openid,
    patientId: patient._id,
    patientName: patient.name,
    ownerType: slot.ownerType,
    ownerId: slot.ownerId,
    ownerName: slot.ownerName,
    departmentId: slot.departmentId,
    departmentName: slot.departmentName,
    location: slot.location,
    prepNotes: slot.prepNotes,
    slotId: slot._id,
    date: slot.date,
    session: slot.session,
    start: slot.start,
    end: slot.end,
    feeFen: slot.feeFen,
    sessionKey: sessionKeyOf(patient._id, slot.ownerId, slot.date, slot.session),
    dayKey: dayKeyOf(patient._id, slot.date, 1),
    examKey: req.examOrderId ?? `none#${id}`,
    examOrderId: req.examOrderId,
    requestId: req.requestId,
    cancelReason: '',
    refund: 'none',
    noticePending: false,
    noShowCounted: false,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    ...initialState(slot.feeFen, ctx.now, settings),
  };

  for (let n = 1; n <= settings.dailyCap; n++) {
    const doc = { ...base, dayKey: dayKeyOf(patient._id, slot.date, n) };
    try {
      await ctx.db.insert('appointments', doc);
      return doc;
    } catch (e) {
      if (!(e instanceof DuplicateKeyError)) {
        await giveBack(ctx.db, slot._id);
        throw e;
      }
      const verdict = await duplicateVerdict(ctx, doc);
      if (verdict === 'next-day-key') continue;
      await giveBack(ctx.db, slot._id);
      if (verdict === 'same-request') return (await earlier(ctx, id)) ?? doc;
      throw new AppError(ErrorCode.ALREADY_BOOKED, verdict);
    }
  }
  await giveBack(ctx.db, slot._id);
  throw new AppError(ErrorCode.LIMIT_REACHED, `每位就诊人每天最多预约${settings.dailyCap}个号`);
}

/** Which unique key refused the insert: this request again, the session, the exam order, or the day slot n. */
async function duplicateVerdict(ctx: Ctx, doc: AppointmentDoc): Promise<'same-request' | 'next-day-key' | string> {
  if (await ctx.db.get('appointments', doc._id)) return 'same-request';
  if ((await ctx.db.count('appointments', { sessionKey: doc.sessionKey })) > 0) return '该就诊人已预约本医生同一时段（上午/下午）的号';
  if (doc.examOrderId !== null && (await ctx.db.count('appointments', { examKey: doc.examKey })) > 0) return '该检查单已预约';
  return 'next-day-key';
}
