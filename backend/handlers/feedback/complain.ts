/**
 * A patient's complaint or suggestion: received at once with its deadline (the hospital's limit in
 * working days), its photos private. The id comes from the caller and the requestId, so a retry
 * answers the first complaint.
 */
import { ComplaintStatus, StaffRole } from '../../../miniprogram/shared/enums';
import type { AppointmentDoc } from '../../domain/booking/docs';
import type { ComplaintDoc } from '../../domain/feedback/docs';
import { workingDeadline } from '../../domain/feedback/working-days';
import { hashId } from '../../ids';
import { DuplicateKeyError } from '../../ports';
import { departmentOr404 } from '../content/lookups';
import { hospitalOr404 } from '../framework/hospital';
import { notFound } from '../framework/app-error';
import type { Ctx } from '../framework/context';
import { feedback } from '../../../miniprogram/shared/contract/feedback';
import { action } from '../framework/define';
import { checkUserTexts } from '../framework/text-check';
import { complaintFor } from './access';
import { ownPhotos } from './photos';
import { complaintRules } from './rules';
import { complaintView } from './views';
import { either, owner, signedIn, staff } from '../framework/who';

async function concerned(
  ctx: Ctx,
  hospitalId: string,
  appointmentId?: string,
  departmentId?: string,
): Promise<Pick<ComplaintDoc, 'appointmentId' | 'departmentId' | 'departmentName'>> {
  if (appointmentId) {
    const a = await ctx.db.get<AppointmentDoc>('appointments', appointmentId);
    if (!a || a.openid !== ctx.user() || a.hospitalId !== hospitalId) throw notFound('就诊记录');
    return { appointmentId: a._id, departmentId: a.departmentId, departmentName: a.departmentName };
  }
  if (departmentId) {
    const d = await departmentOr404(ctx.db, departmentId);
    if (d.hospitalId !== hospitalId) throw notFound('科室');
    return { appointmentId: null, departmentId: d._id, departmentName: d.name };
  }
  return { appointmentId: null, departmentId: null, departmentName: '' };
}

export const complain = action(feedback.complain, {
  who: owner(),
  offer: { key: 'feedback' },
  async run(input, ctx) {
    const openid = ctx.user();
    const _id = hashId('cmp', openid, input.requestId);
    const first = await ctx.db.get<ComplaintDoc>('complaints', _id);
    if (first) return { complaint: complaintView(first, ctx.now) };
    const hospital = await hospitalOr404(ctx.db, input.hospitalId);
    await checkUserTexts(ctx, { text: input.text });
    const about = await concerned(ctx, hospital._id, input.appointmentId, input.departmentId);
    const photoIds = await ownPhotos(ctx, hospital._id, input.photoIds ?? []);
    const { singleDays } = await complaintRules(ctx.db, hospital._id);
    const doc: ComplaintDoc = {
      _id,
      hospitalId: hospital._id,
      openid,
      category: input.category,
      ...about,
      text: input.text,
      photoIds,
      status: ComplaintStatus.received,
      receivedAt: ctx.now,
      limitDays: singleDays,
      multiDepartment: false,
      dueAt: workingDeadline(ctx.now, singleDays),
      handler: '',
      answer: '',
      answeredAt: null,
      closedAt: null,
      escalatedAt: null,
      phase: 'open',
      steps: [{ status: ComplaintStatus.received, by: openid, byName: '患者', at: ctx.now, note: '' }],
      updatedAt: ctx.now,
    };
    try {
      await ctx.db.insert('complaints', doc);
    } catch (e) {
      if (!(e instanceof DuplicateKeyError)) throw e;
      const raced = await ctx.db.get<ComplaintDoc>('complaints', _id);
      if (raced) return { complaint: complaintView(raced, ctx.now) };
      throw e;
    }
    return { complaint: complaintView(doc, ctx.now) };
  },
});

export const myComplaints = action(feedback.myComplaints, {
  who: signedIn(),
  async run(_input, ctx) {
    const list = await ctx.db.find<ComplaintDoc>('complaints', { where: { openid: ctx.user() }, orderBy: [['receivedAt', 'desc']], limit: 50 });
    return { complaints: list.map((c) => complaintView(c, ctx.now)) };
  },
});

export const complaint = action(feedback.complaint, {
  who: either(owner(), staff('service')),
  async run({ complaintId }, ctx) {
    const c = await complaintFor(ctx, complaintId, true, StaffRole.service);
    return { complaint: complaintView(c, ctx.now) };
  },
});
