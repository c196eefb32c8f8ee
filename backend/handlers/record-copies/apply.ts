/**
 * The applicant's side of 病历邮寄: upload proof photos, apply for copies of chosen visits' records,
 * follow the application, send more proofs when asked, cancel (a paid fee is refunded once).
 */
import { type ApplicantType, CopyStatus, StaffRole, proofKindLabels } from '../../../miniprogram/shared/enums';
import { ErrorCode } from '../../../miniprogram/shared/errors';
import type { AppointmentDoc } from '../../domain/booking/docs';
import { copyTransition, missingProof } from '../../domain/record-copies/applications';
import type { CopyApplicationDoc, ProofPhotoDoc } from '../../domain/record-copies/docs';
import { hashId } from '../../ids';
import { DuplicateKeyError } from '../../ports';
import { hospitalOr404 } from '../framework/hospital';
import { AppError, notFound } from '../framework/app-error';
import type { Ctx } from '../framework/context';
import { recordCopies } from '../../../miniprogram/shared/contract/record-copies';
import { action } from '../framework/define';
import { attachPhoto, refuse } from '../framework/photo-upload';
import { ownPatient } from '../patients';
import { applicationFor, ownApplication } from './access';
import { settleCancelled, syncPaid } from './money';
import { applicationView } from './views';
import { either, owner, signedIn, staff } from '../framework/who';

const PROOFS = { collection: 'recordProofs', folder: 'record-proofs', prefix: 'prf' };

type Proofs = CopyApplicationDoc['proofs'];

/** The proofs, each the caller's own photo of the hospital, covering what the applicant type requires. */
async function checkedProofs(ctx: Ctx, hospitalId: string, type: ApplicantType, proofs: Proofs): Promise<Proofs> {
  for (const p of proofs) {
    const photo = await ctx.db.get<ProofPhotoDoc>('recordProofs', p.proofId);
    if (!photo || photo.openid !== ctx.user() || photo.hospitalId !== hospitalId)
      throw new AppError(ErrorCode.NOT_FOUND, '证明材料图片不存在，请重新上传', 'proofs');
  }
  const missing = missingProof(
    type,
    proofs.map((p) => p.kind),
  );
  if (missing) throw new AppError(ErrorCode.VALIDATION_FAILED, `请上传${proofKindLabels[missing]}`, 'proofs');
  return proofs;
}

export const attach = action(recordCopies.attach, {
  who: signedIn(),
  offer: { key: 'record-copies' },
  run: async (input, ctx) => ({ proofId: await attachPhoto(ctx, PROOFS, input) }),
});

export const proofLink = action(recordCopies.proofLink, {
  who: either(owner(), staff('records')),
  async run({ proofId }, ctx) {
    const p = await ctx.db.get<ProofPhotoDoc>('recordProofs', proofId);
    if (!p) throw notFound('证明材料');
    if (p.openid !== ctx.user() && !(await ctx.rolesIn(p.hospitalId)).includes(StaffRole.records)) await refuse(ctx, '证明材料');
    return ctx.ports.files.link(p.filePath);
  },
});

export const apply = action(recordCopies.apply, {
  who: owner(),
  offer: { key: 'record-copies' },
  async run(input, ctx) {
    const openid = ctx.user();
    const _id = hashId('rca', openid, input.requestId);
    const first = await ctx.db.get<CopyApplicationDoc>('copyApplications', _id);
    if (first) return { application: applicationView(first, ctx.user()) };
    const hospital = await hospitalOr404(ctx.db, input.hospitalId);
    const patient = await ownPatient(ctx, input.patientId);
    const visits: AppointmentDoc[] = [];
    for (const id of [...new Set(input.visitIds)]) {
      const v = await ctx.db.get<AppointmentDoc>('appointments', id);
      if (!v || v.openid !== openid || v.patientId !== patient._id || v.hospitalId !== hospital._id)
        throw new AppError(ErrorCode.NOT_FOUND, '就诊记录不存在', 'visitIds');
      if (v.status !== 'completed') throw new AppError(ErrorCode.STATE_CONFLICT, '只能申请已完成就诊的病历', 'visitIds');
      visits.push(v);
    }
    const proofs = await checkedProofs(ctx, hospital._id, input.applicantType, input.proofs);
    const doc: CopyApplicationDoc = {
      _id,
      hospitalId: hospital._id,
      hospitalName: hospital.name,
      openid,
      patientId: patient._id,
      patientName: patient.name,
      applicantType: input.applicantType,
      applicantName: input.applicantName,
      proofs,
      visitIds: visits.map((v) => v._id),
      visitTitles: visits.map((v) => `${v.date} ${v.departmentName} ${v.ownerName}`),
      parts: [...new Set(input.parts)],
      purpose: input.purpose,
      address: input.address,
      status: CopyStatus.submitted,
      reason: '',
      pages: 0,
      feeFen: 0,
      orderId: null,
      carrier: '',
      trackingNo: '',
      refund: 'none',
      purgeAt: null,
      proofsPurged: false,
      steps: [{ status: CopyStatus.submitted, by: openid, byName: '申请人', at: ctx.now, note: '' }],
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    try {
      await ctx.db.insert('copyApplications', doc);
    } catch (e) {
      if (!(e instanceof DuplicateKeyError)) throw e;
    }
    const stored = (await ctx.db.get<CopyApplicationDoc>('copyApplications', _id)) ?? doc;
    return { application: applicationView(stored, ctx.user()) };
  },
});

export const mine = action(recordCopies.mine, {
  who: signedIn(),
  async run(_input, ctx) {
    const list = await ctx.db.find<CopyApplicationDoc>('copyApplications', { where: { openid: ctx.user() }, orderBy: [['createdAt', 'desc']], limit: 50 });
    const synced = await Promise.all(list.map((a) => syncPaid(ctx.ports, a, ctx.now)));
    return { applications: synced.map((x) => applicationView(x, ctx.user())) };
  },
});

export const get = action(recordCopies.get, {
  who: either(owner(), staff('records')),
  async run({ applicationId }, ctx) {
    const a = await applicationFor(ctx, applicationId, true);
    return { application: applicationView(await syncPaid(ctx.ports, a, ctx.now), ctx.user()) };
  },
});

/** Claims the change from the state and version read; a retry finding it made answers it as it stands. */
export async function claim(
  ctx: Ctx,
  a: CopyApplicationDoc,
  patch: Partial<CopyApplicationDoc>,
  from: CopyStatus,
  done: (x: CopyApplicationDoc) => boolean,
): Promise<CopyApplicationDoc> {
  const n = await ctx.db.update('copyApplications', { _id: a._id, status: from, updatedAt: a.updatedAt }, { set: patch });
  const now = (await ctx.db.get<CopyApplicationDoc>('copyApplications', a._id)) ?? a;
  if (n === 0 && !done(now)) throw new AppError(ErrorCode.STATE_CONFLICT, '该申请刚被处理，请刷新后再试');
  return now;
}

export const resubmit = action(recordCopies.resubmit, {
  who: owner(),
  async run({ applicationId, proofs }, ctx) {
    const a = await ownApplication(ctx, applicationId);
    const checked = await checkedProofs(ctx, a.hospitalId, a.applicantType, proofs);
    const t = copyTransition(a, { kind: 'resubmit', proofs: checked }, { openid: a.openid, name: '申请人' }, ctx.now);
    if (!t.ok) throw new AppError(ErrorCode.STATE_CONFLICT, t.message);
    return { application: applicationView(await claim(ctx, a, t.patch, t.from, (x) => x.status === CopyStatus.submitted), ctx.user()) };
  },
});

export const cancel = action(recordCopies.cancel, {
  who: owner(),
  async run({ applicationId }, ctx) {
    const found = await ownApplication(ctx, applicationId);
    const a = await syncPaid(ctx.ports, found, ctx.now);
    if (a.status === CopyStatus.cancelled) return { application: applicationView(a, ctx.user()) };
    const t = copyTransition(a, { kind: 'cancel' }, { openid: a.openid, name: '申请人' }, ctx.now);
    if (!t.ok) throw new AppError(ErrorCode.STATE_CONFLICT, t.message);
    const cancelled = await claim(ctx, a, t.patch, t.from, (x) => x.status === CopyStatus.cancelled);
    await settleCancelled(ctx.ports, cancelled, ctx.now);
    return { application: applicationView((await ctx.db.get<CopyApplicationDoc>('copyApplications', a._id)) ?? cancelled, ctx.user()) };
  },
});
