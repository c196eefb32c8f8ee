/**
 * The patient's side of 在线复诊: eligibility before anything is paid, pictures (private files),
 * the start (changes since the last visit, results picked from 报告查询 or uploaded, the guardian
 * of a child under 6), the encounter with its record, messages, and withdrawing before a doctor
 * accepts (refunded once).
 */
import { followup } from '../../../miniprogram/shared/contract/followup';
import { StaffRole } from '../../../miniprogram/shared/enums';
import { ErrorCode } from '../../../miniprogram/shared/errors';
import { audit } from '../framework/audit';
import { ageAt } from '../../domain/booking/age';
import type { PatientDoc } from '../../domain/booking/docs';
import type { FollowupDoc, FollowupEventDoc, OnlineRxDoc } from '../../domain/online/docs';
import { conversing, followupStep, FollowupStatus } from '../../domain/online/followups';
import { guardianProblem } from '../../domain/online/prescribing';
import type { PhotoDoc } from '../../domain/photos';
import type { ReportDoc } from '../../domain/records/docs';
import { hashId } from '../../ids';
import { AppError, notFound } from '../framework/app-error';
import type { Ctx } from '../framework/context';
import { action } from '../framework/define';
import { attachPhotoAction } from '../framework/photo-upload';
import { ownPatient } from '../patients';
import { hospitalOr404 } from '../framework/hospital';
import { insertOnce } from '../framework/insert-once';
import { appendEvent, followupFor, settingsOf } from './access';
import { eligibilityOf } from './eligibility';
import { ensureFollowupOrder, followupOrderId, settleFollowupRefund, syncFollowupPaid, syncRxPaid } from './money';
import { followupView } from './views';
import { admins, either, itsDoctor, owner, signedIn, staff } from '../framework/who';

const PHOTOS = { collection: 'followupPhotos', folder: 'followups', prefix: 'fph' };

export async function fullView(ctx: Ctx, f: FollowupDoc) {
  const synced = await syncFollowupPaid(ctx.ports, f, ctx.now);
  const rxs = await ctx.db.find<OnlineRxDoc>('onlinePrescriptions', { where: { followupId: f._id }, orderBy: [['createdAt', 'asc']], limit: 20 });
  const paidRxs = await Promise.all(rxs.map((rx) => syncRxPaid(ctx.ports, rx, ctx.now)));
  const events = await ctx.db.find<FollowupEventDoc>('followupEvents', { where: { followupId: f._id }, orderBy: [['at', 'asc']], limit: 100 });
  return followupView(synced, paidRxs, events);
}

export const eligibility = action(followup.eligibility, {
  who: owner(),
  offer: { key: 'followup', from: { field: 'departmentId', collection: 'departments' } },
  async run({ patientId, departmentId }, ctx) {
    return eligibilityOf(ctx, await ownPatient(ctx, patientId), departmentId);
  },
});

export const attach = attachPhotoAction(followup.attach, PHOTOS, 'followup');

async function checkPictures(ctx: Ctx, hospitalId: string, patient: PatientDoc, photoIds: string[], reportIds: string[]): Promise<void> {
  for (const id of photoIds) {
    const p = await ctx.db.get<PhotoDoc>('followupPhotos', id);
    if (!p || p.openid !== ctx.user() || p.hospitalId !== hospitalId) throw new AppError(ErrorCode.NOT_FOUND, '图片不存在，请重新上传', 'photoIds');
  }
  for (const id of reportIds) {
    const r = await ctx.db.get<ReportDoc>('reports', id);
    if (!r || r.patientId !== patient._id) throw new AppError(ErrorCode.NOT_FOUND, '报告不存在，请在报告查询中重新选择', 'reportIds');
  }
}

/**
 * The start's record and order, made after the follow-up is stored; a retry with the same
 * requestId runs it again, so a crash between the writes leaves nothing missing (each is once).
 */
async function recorded(ctx: Ctx, f: FollowupDoc): Promise<FollowupDoc> {
  const who = { openid: f.openid, now: f.createdAt };
  const byName = f.guardian ? `${f.guardian.name}（监护人）` : f.patientName;
  await appendEvent(ctx.db, who, f, 'start', { kind: 'started', byName, byRole: 'patient', text: f.changes });
  for (const id of f.photoIds) await appendEvent(ctx.db, who, f, id, { kind: 'picture', byName, byRole: 'patient', text: '上传图片', ref: id });
  for (const id of f.reportIds) await appendEvent(ctx.db, who, f, id, { kind: 'report', byName, byRole: 'patient', text: '附上报告', ref: id });
  if (f.orderId) await ensureFollowupOrder(ctx.ports, f, f.createdAt);
  return f;
}

export const start = action(followup.start, {
  who: owner(),
  offer: { key: 'followup', from: { field: 'departmentId', collection: 'departments' } },
  async run(input, ctx) {
    const openid = ctx.user();
    const _id = hashId('fu', openid, input.requestId);
    const first = await ctx.db.get<FollowupDoc>('followups', _id);
    if (first) return { followup: await fullView(ctx, await recorded(ctx, first)) };
    const patient = await ownPatient(ctx, input.patientId);
    const e = await eligibilityOf(ctx, patient, input.departmentId);
    if (!e.eligible || !e.qualifyingVisit) throw new AppError(ErrorCode.STATE_CONFLICT, e.reason);
    const age = ageAt(patient.birthDate, ctx.now);
    const guardianRefusal = guardianProblem(age, patient.relation, input.guardianPresent === true);
    if (guardianRefusal) throw new AppError(ErrorCode.VALIDATION_FAILED, guardianRefusal, 'guardianPresent');
    let guardian: FollowupDoc['guardian'] = null;
    if (age !== null && age < 6) {
      const holder = (await ctx.db.find<PatientDoc>('patients', { where: { openid, relation: 'self' }, limit: 1 }))[0];
      if (!holder) throw new AppError(ErrorCode.VALIDATION_FAILED, '请先添加监护人本人为就诊人（实名），再为孩子申请在线复诊', 'guardianPresent');
      guardian = { name: holder.name, openid };
    }
    const reportIds = [...new Set(input.reportIds ?? [])];
    const photoIds = [...new Set(input.photoIds ?? [])];
    await checkPictures(ctx, e.hospitalId, patient, photoIds, reportIds);
    const hospital = await hospitalOr404(ctx.db, e.hospitalId);
    const settings = await settingsOf(ctx.db, hospital._id);
    const doc: FollowupDoc = {
      _id,
      hospitalId: hospital._id,
      hospitalName: hospital.name,
      openid,
      patientId: patient._id,
      patientName: patient.name,
      patientAge: age,
      guardian,
      departmentId: e.departmentId,
      departmentName: e.departmentName,
      qualifyingVisit: e.qualifyingVisit,
      changes: input.changes,
      reportIds,
      photoIds,
      feeFen: settings.feeFen,
      orderId: settings.feeFen > 0 ? followupOrderId(_id) : null,
      status: settings.feeFen > 0 ? FollowupStatus.unpaid : FollowupStatus.waiting,
      doctorOpenid: null,
      doctorId: null,
      doctorName: '',
      reason: '',
      refund: 'none',
      requestId: input.requestId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    await insertOnce(ctx.db, 'followups', doc);
    return { followup: await fullView(ctx, await recorded(ctx, (await ctx.db.get<FollowupDoc>('followups', _id)) ?? doc)) };
  },
});

export const mine = action(followup.mine, {
  who: signedIn(),
  async run(_input, ctx) {
    const list = await ctx.db.find<FollowupDoc>('followups', { where: { openid: ctx.user() }, orderBy: [['createdAt', 'desc']], limit: 50 });
    return { followups: await Promise.all(list.map((f) => fullView(ctx, f))) };
  },
});

export const get = action(followup.get, {
  who: either(owner(), staff('pharmacist'), itsDoctor()),
  async run({ followupId }, ctx) {
    return { followup: await fullView(ctx, await followupFor(ctx, followupId, 'owner', 'doctor', 'pharmacist')) };
  },
});

export const photoLink = action(followup.photoLink, {
  who: either(owner(), staff('pharmacist'), itsDoctor()),
  async run({ followupId, photoId }, ctx) {
    const f = await followupFor(ctx, followupId, 'owner', 'doctor', 'pharmacist');
    const p = await ctx.db.get<PhotoDoc>('followupPhotos', photoId);
    if (!p || !f.photoIds.includes(photoId)) throw notFound('图片');
    return ctx.ports.files.link(p.filePath);
  },
});

export const message = action(followup.message, {
  who: either(owner(), itsDoctor()),
  async run({ followupId, text, requestId }, ctx) {
    const f = await syncFollowupPaid(ctx.ports, await followupFor(ctx, followupId, 'owner', 'doctor'), ctx.now);
    const mine = f.openid === ctx.openid;
    if (!mine && f.doctorOpenid !== ctx.openid) throw new AppError(ErrorCode.FORBIDDEN, '只有接诊医生可以回复');
    if (!conversing(f.status)) throw new AppError(ErrorCode.STATE_CONFLICT, '复诊已结束，不能再发送消息');
    const byName = mine ? (f.guardian ? `${f.guardian.name}（监护人）` : f.patientName) : f.doctorName;
    await appendEvent(ctx.db, ctx, f, requestId, { kind: 'message', byName, byRole: mine ? 'patient' : 'doctor', text });
    return { followup: await fullView(ctx, f) };
  },
});

/** Moves the follow-up by `event` from the state read; the record names who. */
export async function moveFollowup(
  ctx: Ctx,
  f: FollowupDoc,
  event: Parameters<typeof followupStep>[1],
  patch: Partial<FollowupDoc>,
  done: (x: FollowupDoc) => boolean,
): Promise<FollowupDoc> {
  if (done(f)) return f;
  const step = followupStep(f.status, event);
  if (!step.ok) throw new AppError(ErrorCode.STATE_CONFLICT, step.message);
  const n = await ctx.db.update(
    'followups',
    { _id: f._id, status: f.status, updatedAt: f.updatedAt },
    { set: { ...patch, status: step.to, updatedAt: ctx.now } },
  );
  const now = (await ctx.db.get<FollowupDoc>('followups', f._id)) ?? f;
  if (n === 0 && !done(now)) throw new AppError(ErrorCode.STATE_CONFLICT, '该复诊刚被处理，请刷新后再试');
  return now;
}

export const withdraw = action(followup.withdraw, {
  who: owner(),
  async run({ followupId }, ctx) {
    const f = await syncFollowupPaid(ctx.ports, await followupFor(ctx, followupId, 'owner'), ctx.now);
    const done = await moveFollowup(ctx, f, 'withdraw', { refund: f.orderId ? 'owed' : 'none' }, (x) => x.status === FollowupStatus.withdrawn);
    await appendEvent(ctx.db, ctx, done, 'withdraw', { kind: 'withdrawn', byName: done.patientName, byRole: 'patient', text: '患者撤回复诊申请' });
    await settleFollowupRefund(ctx.ports, done, ctx.now);
    return { followup: await fullView(ctx, (await ctx.db.get<FollowupDoc>('followups', f._id)) ?? done) };
  },
});

export const settings = action(followup.settings, {
  who: signedIn(),
  async run({ hospitalId }, ctx) {
    await hospitalOr404(ctx.db, hospitalId);
    const s = await settingsOf(ctx.db, hospitalId);
    return { settings: { windowDays: s.windowDays, feeFen: s.feeFen, shipsCold: s.shipsCold } };
  },
});

export const saveSettings = action(followup.saveSettings, {
  who: admins(),
  async run({ hospitalId, windowDays, feeFen, shipsCold }, ctx) {
    await ctx.requireRole(hospitalId, StaffRole.admin);
    await ctx.db.transaction(async (tx) => {
      await tx.set('followupSettings', { _id: hospitalId, windowDays, feeFen, shipsCold, updatedAt: ctx.now });
      await audit(tx, ctx, hospitalId, 'followupSettings', hospitalId);
    });
    return { settings: { windowDays, feeFen, shipsCold } };
  },
});
