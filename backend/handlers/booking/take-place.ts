/**
 * Taking a place in a slot, exact under bursts and crashes: one conditional update on the slot
 * takes a seat (places.ts); then one transaction over the patient's own documents inserts the
 * appointment and adds it to its limits (per session, per day, per exam order). When the
 * transaction refuses, the seat goes back. A crash between the seat and the transaction leaves a
 * count one too high, which the place reconciler (reconcile-places.ts) repairs. The appointment id
 * comes from the caller's request id, so a retry answers the first result.
 */
import { ErrorCode } from '../../../miniprogram/shared/errors';
import { newAppointment } from '../../domain/booking/appointment';
import type { AppointmentDoc, PatientDoc } from '../../domain/booking/docs';
import { limitKeysOf } from '../../domain/booking/limits';
import { initialState, noShowProblem, slotProblem, type Problem } from '../../domain/booking/rules';
import type { SlotDoc } from '../../domain/scheduling/docs';
import type { BookingSettings } from '../../domain/scheduling/settings';
import { hashId } from '../../ids';
import { AppError } from '../framework/app-error';
import type { Ctx } from '../framework/context';
import { noShowsAt, personOf } from './person';
import { giveSeatBack, holdLimits, takeSeat } from './places';

export function appointmentIdOf(openid: string, requestId: string): string {
  return hashId('appt', openid, requestId);
}

/** Refuses with a problem, unless this request already succeeded: then answers that. */
async function refuse(ctx: Ctx, id: string, problem: Problem): Promise<AppointmentDoc> {
  const first = await ctx.db.get<AppointmentDoc>('appointments', id);
  if (first && first.openid === ctx.user()) return first;
  throw new AppError(problem.code, problem.message);
}

export interface PlaceRequest {
  slot: SlotDoc;
  patient: PatientDoc;
  settings: BookingSettings;
  requestId: string;
  examOrderId: string | null;
}

type Outcome = { kind: 'booked' | 'earlier'; appointment: AppointmentDoc } | { kind: 'refused'; problem: Problem };

export async function takePlace(ctx: Ctx, req: PlaceRequest): Promise<AppointmentDoc> {
  const { slot, patient, settings } = req;
  const openid = ctx.user();
  const id = appointmentIdOf(openid, req.requestId);
  const person = await personOf(ctx.db, patient, ctx.now);
  const problem = slotProblem(slot, ctx.now, settings) ?? noShowProblem(await noShowsAt(ctx.db, patient, person, slot.hospitalId), settings, ctx.now);
  if (problem) return refuse(ctx, id, problem);
  if (!(await takeSeat(ctx.db, slot._id, ctx.now))) return refuse(ctx, id, { code: ErrorCode.SLOT_FULL, message: '该时段已约满，请选择其他时段' });

  const doc = newAppointment(
    {
      _id: id,
      slot,
      openid,
      patientId: patient._id,
      person,
      patientName: patient.name,
      state: initialState(slot.feeFen, ctx.now, settings),
      examOrderId: req.examOrderId,
      requestId: req.requestId,
    },
    ctx.now,
  );

  let outcome: Outcome;
  try {
    outcome = await ctx.db.transaction<Outcome>(async (tx) => {
      const first = await tx.get<AppointmentDoc>('appointments', id);
      if (first) return { kind: 'earlier', appointment: first };
      const refused = await holdLimits(tx, limitKeysOf(doc, settings.dailyCap), id);
      if (refused) return { kind: 'refused', problem: refused };
      await tx.insert('appointments', doc);
      return { kind: 'booked', appointment: doc };
    });
  } catch (e) {
    await giveSeatBack(ctx.db, slot._id, ctx.now);
    throw e;
  }
  if (outcome.kind === 'booked') return outcome.appointment;
  await giveSeatBack(ctx.db, slot._id, ctx.now);
  if (outcome.kind === 'refused') throw new AppError(outcome.problem.code, outcome.problem.message);
  return outcome.appointment;
}
