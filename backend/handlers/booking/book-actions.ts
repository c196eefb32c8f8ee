/** Booking, cancelling, and the patient's own appointments. */
import { AppointmentStatus } from '../../../miniprogram/shared/enums';
import { ErrorCode } from '../../../miniprogram/shared/errors';
import { audienceProblem } from '../../../miniprogram/shared/audience';
import { ageAt } from '../../domain/booking/age';
import type { AppointmentDoc, PatientDoc } from '../../domain/booking/docs';
import type { DepartmentDoc } from '../../domain/content/docs';
import { audienceOf } from '../content/lookups';
import { limitKeysOf } from '../../domain/booking/limits';
import { ACTIVE, cancelProblem, endingPatch } from '../../domain/booking/transitions';
import type { Where } from '../../ports';
import { AppError, notFound } from '../framework/app-error';
import type { Ctx } from '../framework/context';
import { action } from '../framework/define';
import { booking } from '../../../miniprogram/shared/contract/booking';
import { ownPatient } from '../patients';
import { settingsOf, slotOr404 } from './lookups';
import { afterAppointmentEnded } from '../orders/registration';
import { giveSeatBack, releaseLimits, touchSlot } from './places';
import { takePlace } from './take-place';
import { appointmentView } from './views';
import { owner, signedIn } from '../framework/who';

async function ownAppointment(ctx: Ctx, appointmentId: string): Promise<AppointmentDoc> {
  const a = await ctx.db.get<AppointmentDoc>('appointments', appointmentId);
  if (!a || a.openid !== ctx.user()) throw notFound('预约');
  return a;
}

/** Refuses a family member the slot's department does not serve (a 78-year-old in 儿科, a man in 妇科), with the department to book instead. */
async function refuseUnserved(ctx: Ctx, departmentId: string, patient: PatientDoc): Promise<void> {
  const department = await ctx.db.get<DepartmentDoc>('departments', departmentId);
  const serves = department ? await audienceOf(ctx.db, department) : null;
  if (!department || !serves) return;
  const problem = audienceProblem(department.name, serves, { name: patient.name, age: ageAt(patient.birthDate, ctx.now), sex: patient.sex });
  if (problem) throw new AppError(ErrorCode.VALIDATION_FAILED, problem, 'patientId');
}

export const book = action(booking.book, {
  who: owner(),
  offer: { key: 'booking', from: { field: 'slotId', collection: 'slots' } },
  async run({ slotId, patientId, requestId }, ctx) {
    const patient = await ownPatient(ctx, patientId);
    const slot = await slotOr404(ctx.db, slotId);
    if (slot.ownerType !== 'doctor') throw new AppError(ErrorCode.VALIDATION_FAILED, '检查号源请从检查单预约', 'slotId');
    await refuseUnserved(ctx, slot.departmentId, patient);
    const settings = slot.settings;
    const a = await takePlace(ctx, { slot, patient, settings, requestId, examOrderId: null });
    return { id: a._id, status: a.status, appointment: appointmentView(a, ctx.now, settings) };
  },
});

/**
 * Ends an appointment once (cancel, expire, stop-clinic): the slot is touched, one transaction
 * changes the appointment's state and releases its limits, then its place goes back; false when another change won. A crash between
 * the two leaves a count one too high, which the place reconciler repairs.
 */
export async function endAppointment(
  ctx: Ctx,
  a: AppointmentDoc,
  to: AppointmentStatus,
  reason: string,
  extra: Record<string, unknown> = {},
): Promise<boolean> {
  await touchSlot(ctx.db, a.slotId, ctx.now);
  const claimed = await ctx.db.transaction(async (tx) => {
    const current = await tx.get<AppointmentDoc>('appointments', a._id);
    if (!current || current.status !== a.status) return false;
    await tx.updateById('appointments', a._id, { set: { ...endingPatch(current, to, reason, ctx.now), ...extra } });
    await releaseLimits(tx, limitKeysOf(current, 1), a._id);
    return true;
  });
  if (!claimed) return false;
  // The place goes back even on a stopped slot, so its counts stay true if it is ever reopened.
  await giveSeatBack(ctx.db, a.slotId, ctx.now);
  return true;
}

export const cancel = action(booking.cancel, {
  who: owner(),
  async run({ appointmentId }, ctx) {
    const a = await ownAppointment(ctx, appointmentId);
    const settings = await settingsOf(ctx.db, a.hospitalId);
    if (a.status === AppointmentStatus.cancelled) return { appointment: appointmentView(a, ctx.now, settings) };
    const problem = cancelProblem(a, ctx.now, settings);
    if (problem) throw new AppError(problem.code, problem.message);
    if (!(await endAppointment(ctx, a, AppointmentStatus.cancelled, '患者取消'))) {
      const now = await ownAppointment(ctx, appointmentId);
      if (now.status !== AppointmentStatus.cancelled) throw new AppError(ErrorCode.STATE_CONFLICT);
    }
    await afterAppointmentEnded(ctx.ports, appointmentId, ctx.now);
    return { appointment: appointmentView(await ownAppointment(ctx, appointmentId), ctx.now, settings) };
  },
});

export const mine = action(booking.mine, {
  who: signedIn(),
  async run({ status }, ctx) {
    const ended = Object.values(AppointmentStatus).filter((s) => !ACTIVE.includes(s));
    const where: Where =
      status === 'active'
        ? { openid: ctx.user(), status: { in: ACTIVE } }
        : status === 'past'
          ? { openid: ctx.user(), status: { in: ended } }
          : { openid: ctx.user() };
    const list = await ctx.db.find<AppointmentDoc>('appointments', { where, orderBy: [['start', status === 'active' ? 'asc' : 'desc']], limit: 100 });
    const settings = new Map<string, Awaited<ReturnType<typeof settingsOf>>>();
    for (const h of new Set(list.map((a) => a.hospitalId))) settings.set(h, await settingsOf(ctx.db, h));
    return { appointments: list.map((a) => appointmentView(a, ctx.now, settings.get(a.hospitalId)!)) };
  },
});

export const get = action(booking.get, {
  who: owner(),
  async run({ appointmentId }, ctx) {
    const a = await ownAppointment(ctx, appointmentId);
    return { appointment: appointmentView(a, ctx.now, await settingsOf(ctx.db, a.hospitalId)) };
  },
});
