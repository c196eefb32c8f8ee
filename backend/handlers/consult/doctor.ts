/**
 * The doctor's side of 在线咨询 (an online-qualified doctor of the hospital, backend/domain/online):
 * the worklist (questions paid since the last read join it at once; red flags first, then the deadline), accepting, declining (refunded in full at
 * once), and answering in the structure patients can use: assessment, what to do now, warning
 * signs, whether and when to come (with a department to book). Admins set the fees and deadline.
 */
import { StaffRole } from '../../../miniprogram/shared/enums';
import { ErrorCode } from '../../../miniprogram/shared/errors';
import { shanghaiYear } from '../../../miniprogram/shared/time';
import type { DepartmentDoc } from '../../domain/content/docs';
import { CLOSE_AFTER_MS, MAX_TEXT, handlerRefusal, isOverdue, replyRefusal, worklistOrder } from '../../domain/online/consult';
import type { ConsultAnswer, ConsultDoc, ConsultMessageDoc, ConsultSettingsDoc } from '../../domain/online/consult-docs';
import { onlinePracticeRefusal } from '../../domain/online/qualification';
import { hashId } from '../../ids';
import { AppError, notFound } from '../framework/app-error';
import type { Ctx } from '../framework/context';
import { action } from '../framework/define';
import { fields, z } from '../framework/validation';
import { doctorConsult, doctorSelf, moveConsult } from './access';
import { endUnanswered, syncPaid, tellPatient } from './money';
import { settingsFor } from './patient';
import { threadView } from './thread';
import { consultView } from './views';

async function qualifiedSelf(ctx: Ctx, hospitalId: string) {
  ctx.user();
  const me = await doctorSelf(ctx, hospitalId);
  if (!me) throw new AppError(ErrorCode.FORBIDDEN);
  const refusal = onlinePracticeRefusal(me.staff, shanghaiYear(ctx.now));
  if (refusal) throw new AppError(ErrorCode.FORBIDDEN, refusal);
  return me;
}

export const worklist = action({
  access: 'user',
  input: z.object({ hospitalId: fields.id() }),
  async run({ hospitalId }, ctx) {
    const me = await qualifiedSelf(ctx, hospitalId);
    const unpaid = await ctx.db.find<ConsultDoc>('consults', { where: { hospitalId, status: 'unpaid' }, limit: 100 });
    for (const c of unpaid) await syncPaid(ctx.ports, c, ctx.now);
    const waitingHere = await ctx.db.find<ConsultDoc>('consults', { where: { hospitalId, status: 'waiting' }, orderBy: [['answerBy', 'asc']], limit: 100 });
    const mine = await ctx.db.find<ConsultDoc>('consults', { where: { acceptedBy: me.staff.openid, status: 'accepted' }, limit: 100 });
    const year = shanghaiYear(ctx.now);
    const waiting = waitingHere.filter((c) => handlerRefusal(me.staff, me.departmentId, c, year) === null && !isOverdue(c, ctx.now));
    return { consultations: [...waiting, ...mine].sort(worklistOrder).map((c) => consultView(c, ctx.now)) };
  },
});

export const accept = action({
  access: 'user',
  input: z.object({ consultationId: fields.id() }),
  async run({ consultationId }, ctx) {
    const c = await syncPaid(ctx.ports, await doctorConsult(ctx, consultationId), ctx.now);
    const me = await qualifiedSelf(ctx, c.hospitalId);
    if (isOverdue(c, ctx.now)) {
      await endUnanswered(ctx.ports, c, 'expire', { by: 'system', byName: '系统', now: ctx.now }, '医生未在时限内接诊，咨询费全额退回');
      throw new AppError(ErrorCode.STATE_CONFLICT, '已超过接诊时限，咨询已关闭并退款');
    }
    const accepted = await moveConsult(
      ctx.ports,
      c,
      'accept',
      { by: me.staff.openid, byName: me.staff.name, now: ctx.now, note: '' },
      { acceptedBy: me.staff.openid, acceptedByName: me.staff.name, acceptedAt: ctx.now },
      (x) => x.status === 'accepted' && x.acceptedBy === me.staff.openid,
    );
    return threadView(ctx, accepted, true);
  },
});

export const decline = action({
  access: 'user',
  input: z.object({ consultationId: fields.id(), reason: fields.requiredText(200) }),
  async run({ consultationId, reason }, ctx) {
    const c = await syncPaid(ctx.ports, await doctorConsult(ctx, consultationId), ctx.now);
    const me = await qualifiedSelf(ctx, c.hospitalId);
    const ended = await endUnanswered(ctx.ports, c, 'decline', { by: me.staff.openid, byName: me.staff.name, now: ctx.now }, reason);
    return { consultation: consultView(ended, ctx.now) };
  },
});

export const reply = action({
  access: 'user',
  input: z.object({
    consultationId: fields.id(),
    text: fields.requiredMultilineText(MAX_TEXT),
    assessment: fields.multilineText(500).optional(),
    actNow: fields.multilineText(500).optional(),
    warningSigns: fields.multilineText(500).optional(),
    visit: z.enum(['none', 'planned', 'soon', 'now']).optional(),
    visitWhen: fields.text(40).optional(),
    departmentId: fields.id().optional(),
    requestId: fields.requestId(),
  }),
  async run(input, ctx) {
    const c = await doctorConsult(ctx, input.consultationId);
    const me = await qualifiedSelf(ctx, c.hospitalId);
    if (c.acceptedBy !== me.staff.openid) throw new AppError(ErrorCode.STATE_CONFLICT, c.status === 'waiting' ? '请先接诊再回复' : '该咨询由其他医生接诊');
    const messageId = hashId('cm', c._id, me.staff.openid, input.requestId);
    if (!(await ctx.db.get<ConsultMessageDoc>('consultMessages', messageId))) {
      let department: DepartmentDoc | null = null;
      if (input.departmentId) {
        department = await ctx.db.get<DepartmentDoc>('departments', input.departmentId);
        if (!department || department.hospitalId !== c.hospitalId) throw new AppError(ErrorCode.NOT_FOUND, '科室不存在', 'departmentId');
      }
      const answer: ConsultAnswer = {
        assessment: input.assessment ?? '',
        actNow: input.actNow ?? '',
        warningSigns: input.warningSigns ?? '',
        visit: input.visit ?? 'none',
        visitWhen: input.visitWhen ?? '',
        departmentId: department ? department._id : '',
        departmentName: department ? department.name : '',
      };
      await ctx.db.transaction(async (tx) => {
        const now = await tx.get<ConsultDoc>('consults', c._id);
        if (!now) throw notFound('咨询');
        const refusal = replyRefusal(now, ctx.now);
        if (refusal) throw new AppError(ErrorCode.STATE_CONFLICT, refusal);
        await tx.insert<ConsultMessageDoc>('consultMessages', {
          _id: messageId,
          consultId: c._id,
          kind: 'answer',
          by: me.staff.openid,
          byName: me.staff.name,
          at: ctx.now,
          text: input.text,
          photoIds: [],
          answer,
        });
        await tx.updateById('consults', c._id, { set: { lastAnswerAt: ctx.now, closesAt: ctx.now + CLOSE_AFTER_MS, updatedAt: ctx.now } });
      });
      await tellPatient(ctx.ports, c, `cs-answer:${messageId}`, me.staff.name, input.text, ctx.now);
    }
    return threadView(ctx, (await ctx.db.get<ConsultDoc>('consults', c._id)) ?? c, true);
  },
});

export const getSettings = action({
  access: 'user',
  input: z.object({ hospitalId: fields.id() }),
  async run({ hospitalId }, ctx) {
    await ctx.requireRole(hospitalId, StaffRole.admin);
    return { settings: await settingsFor(ctx.db, hospitalId) };
  },
});

const fen = () => z.number().int().min(0).max(100_000);

export const saveSettings = action({
  access: 'user',
  input: z.object({
    hospitalId: fields.id(),
    answerHours: z.number().int().min(1).max(72),
    defaultFen: fen(),
    departmentFen: fen(),
    doctorFees: z.record(fields.id(), fen()).refine((r) => Object.keys(r).length <= 200, { message: '最多200位医生' }),
  }),
  async run(input, ctx) {
    await ctx.requireRole(input.hospitalId, StaffRole.admin);
    const doc: ConsultSettingsDoc = {
      _id: input.hospitalId,
      answerHours: input.answerHours,
      defaultFen: input.defaultFen,
      departmentFen: input.departmentFen,
      doctorFees: input.doctorFees,
      updatedBy: ctx.user(),
      updatedAt: ctx.now,
    };
    await ctx.db.transaction((tx) => tx.set('consultSettings', doc));
    return { settings: doc };
  },
});
