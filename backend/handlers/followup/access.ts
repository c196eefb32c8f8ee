/**
 * Who reaches a follow-up and its prescriptions: the patient's account; a doctor of the hospital
 * qualified to practise online (backend/domain/online/qualification.ts) in its department; the
 * hospital's pharmacists (the prescriptions). Another account: NOT_FOUND; other staff: FORBIDDEN.
 * The encounter's record is appended here and nowhere else.
 */
import { StaffRole } from '../../../miniprogram/shared/enums';
import { ErrorCode } from '../../../miniprogram/shared/errors';
import { shanghaiYear } from '../../../miniprogram/shared/time';
import type { DoctorDoc, StaffDoc } from '../../domain/content/docs';
import { DEFAULT_FOLLOWUP_WINDOW_DAYS } from '../../domain/online/eligibility';
import type { FollowupDoc, FollowupEventDoc, FollowupSettingsDoc, OnlineRxDoc } from '../../domain/online/docs';
import { onlinePracticeRefusal } from '../../domain/online/qualification';
import { hashId } from '../../ids';
import type { Db, TxDb } from '../../ports';
import { AppError, notFound } from '../framework/app-error';
import type { Ctx } from '../framework/context';
import { refuse } from '../framework/photo-upload';
import { insertOnce } from '../framework/insert-once';

export const DEFAULT_FEE_FEN = 1000;

export async function settingsOf(db: Db, hospitalId: string): Promise<FollowupSettingsDoc> {
  return (
    (await db.get<FollowupSettingsDoc>('followupSettings', hospitalId)) ?? {
      _id: hospitalId,
      windowDays: DEFAULT_FOLLOWUP_WINDOW_DAYS,
      feeFen: DEFAULT_FEE_FEN,
      shipsCold: false,
      updatedAt: 0,
    }
  );
}

export interface OnlineDoctor {
  staff: StaffDoc;
  doctor: DoctorDoc;
}

/** The caller as a doctor of the hospital who may practise online, or FORBIDDEN with the reason. */
export async function onlineDoctor(ctx: Ctx, hospitalId: string): Promise<OnlineDoctor> {
  ctx.user();
  const staff = (await ctx.staffGrants()).find((g) => g.hospitalId === hospitalId && g.roles.includes(StaffRole.doctor));
  if (!staff) throw new AppError(ErrorCode.FORBIDDEN);
  const refusal = onlinePracticeRefusal(staff, shanghaiYear(ctx.now));
  const doctor = staff.doctorId ? await ctx.db.get<DoctorDoc>('doctors', staff.doctorId) : null;
  if (refusal || !doctor) throw new AppError(ErrorCode.FORBIDDEN, refusal ?? '仅本院执业医师可提供线上诊疗');
  return { staff, doctor };
}

export async function isPharmacist(ctx: Ctx, hospitalId: string): Promise<boolean> {
  return (await ctx.rolesIn(hospitalId)).includes(StaffRole.pharmacist);
}

export type Party = 'owner' | 'doctor' | 'pharmacist';

/** The follow-up when the caller is one of `parties`: its owner, an online doctor of its department, a pharmacist of its hospital. */
export async function followupFor(ctx: Ctx, id: string, ...parties: Party[]): Promise<FollowupDoc> {
  const f = await ctx.db.get<FollowupDoc>('followups', id);
  if (!f) throw notFound('复诊');
  if (parties.includes('owner') && f.openid === ctx.user()) return f;
  if (parties.includes('pharmacist') && (await isPharmacist(ctx, f.hospitalId))) return f;
  if (parties.includes('doctor') && (await ctx.rolesIn(f.hospitalId)).includes(StaffRole.doctor)) {
    const { doctor } = await onlineDoctor(ctx, f.hospitalId);
    if (doctor.departmentId === f.departmentId || f.doctorOpenid === ctx.openid) return f;
  }
  // What only the owner does is another account's item to everyone else, staff too: NOT_FOUND.
  if (parties.every((p) => p === 'owner')) throw notFound('复诊');
  return refuse(ctx, '复诊');
}

export async function prescriptionFor(ctx: Ctx, id: string, ...parties: Party[]): Promise<{ rx: OnlineRxDoc; followup: FollowupDoc }> {
  const rx = await ctx.db.get<OnlineRxDoc>('onlinePrescriptions', id);
  if (!rx) throw notFound('处方');
  return { rx, followup: await followupFor(ctx, rx.followupId, ...parties) };
}

export async function staffNameIn(ctx: Ctx, hospitalId: string): Promise<string> {
  const grant = (await ctx.staffGrants()).find((g) => g.hospitalId === hospitalId);
  return grant ? grant.name : '管理员';
}

type EventFields = Pick<FollowupEventDoc, 'kind' | 'byName' | 'byRole' | 'text'> & { ref?: string };

/**
 * Appends one line to the encounter's record: its id comes from the follow-up and `key` (a
 * requestId, a version), so a retry records nothing twice. There is no update or delete of events.
 */
export async function appendEvent(
  db: Db | TxDb,
  ctx: { openid: string | null; now: number },
  f: Pick<FollowupDoc, '_id' | 'hospitalId'>,
  key: string,
  e: EventFields,
): Promise<void> {
  const doc: FollowupEventDoc = {
    _id: hashId('fue', f._id, e.kind, key),
    followupId: f._id,
    hospitalId: f.hospitalId,
    kind: e.kind,
    by: ctx.openid ?? 'system',
    byName: e.byName,
    byRole: e.byRole,
    at: ctx.now,
    text: e.text,
    ref: e.ref ?? '',
  };
  if (await db.get<FollowupEventDoc>('followupEvents', doc._id)) return;
  await insertOnce(db, 'followupEvents', doc);
}
