/**
 * The doctor's side of 在线咨询 (an online-qualified doctor of the hospital, backend/domain/online):
 * the worklist (questions paid since the last read join it at once; red flags first, then the deadline), accepting, declining (refunded in full at
 * once), and answering in the structure patients can use: assessment, what to do now, warning
 * signs, whether and when to come (with a department to book). Admins set the fees and deadline.
 */
import { consult } from '../../../miniprogram/shared/contract/consult';
import { StaffRole } from '../../../miniprogram/shared/enums';
import { ErrorCode } from '../../../miniprogram/shared/errors';
import { shanghaiYear } from '../../../miniprogram/shared/time';
import type { DepartmentDoc } from '../../domain/content/docs';
import { CLOSE_AFTER_MS, handlerRefusal, isOverdue, replyRefusal, worklistOrder } from '../../domain/online/consult';
import type { ConsultAnswer, ConsultDoc, ConsultMessageDoc, ConsultSettingsDoc } from '../../domain/online/consult-docs';
import { onlinePracticeRefusal } from '../../domain/online/qualification';
import { hashId } from '../../ids';
import { AppError, notFound } from '../framework/app-error';
import type { Ctx } from '../framework/context';
import { action } from '../framework/define';
import { doctorConsult, doctorSelf, moveConsult } from './access';
import { endUnanswered, syncPaid, tellPatient } from './money';
import { settingsFor } from './patient';
import { threadView } from './thread';
import { consultView } from './views';
import { admins, anyDoctor, hiddenFromPatients, itsDoctor } from '../framework/who';

async function qualifiedSelf(ctx: Ctx, hospitalId: string) {
  ctx.user();
  const me = await doctorSelf(ctx, hospitalId);
  if (!me) throw new AppError(ErrorCode.FORBIDDEN);
  const refusal = onlinePracticeRefusal(me.staff, shanghaiYear(ctx.now));
  if (refusal) throw new AppError(ErrorCode.FORBIDDEN, refusal);
  return me;
}

export const worklist = action(consult.worklist, {
  who: anyDoctor(),
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

export const accept = action(consult.accept, {
  who: hiddenFromPatients(itsDoctor()),
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

export const decline = action(consult.decline, {
  who: hiddenFromPatients(itsDoctor()),
  async run({ consultationId, reason }, ctx) {
    const c = await syncPaid(ctx.ports, await doctorConsult(ctx, consultationId), ctx.now);
    const me = await qualifiedSelf(ctx, c.hospitalId);
    const ended = await endUnanswered(ctx.ports, c, 'decline', { by: me.staff.openid, byName: me.staff.name, now: ctx.now }, reason);
    return { consultation: consultView(ended, ctx.now) };
  },
});

export const reply = action(consult.reply, {
  who: hiddenFromPatients(itsDoctor()),
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

export const getSettings = action(consult.getSettings, {
  who: admins(),
  async run({ hospitalId }, ctx) {
    await ctx.requireRole(hospitalId, StaffRole.admin);
    return { settings: await settingsFor(ctx.db, hospitalId) };
  },
});

export const saveSettings = action(consult.saveSettings, {
  who: admins(),
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
