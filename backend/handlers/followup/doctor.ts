/**
 * The doctor's console (a doctor of the hospital qualified to practise online, in the
 * follow-up's department): the worklist, accept (the treating doctor) or decline (the fee refunded
 * in full at once), renew the previous medicines, adjust within the diagnosis, ask for an
 * in-person visit, finish; fix a prescription the pharmacist returned. Every prescription version
 * is recorded in the encounter.
 */
import { followup } from '../../../miniprogram/shared/contract/followup';
import { ErrorCode } from '../../../miniprogram/shared/errors';
import { feeText } from '../../../miniprogram/shared/money';
import type { FollowupDoc, OnlineRxDoc, RxItem } from '../../domain/online/docs';
import { FORMULARY, formularyDrug } from '../../domain/online/formulary';
import { FollowupStatus, prescriberProblem, rxStep, RxStatus } from '../../domain/online/followups';
import { onlineRxProblem, renewalOf, renewalType, type RxLine, type RxPlan } from '../../domain/online/prescribing';
import { FREQUENCIES, ROUTES } from '../../domain/records/frequency';
import type { PrescriptionDoc } from '../../domain/records/docs';
import type { PatientDoc } from '../../domain/booking/docs';
import { hashId } from '../../ids';
import { AppError } from '../framework/app-error';
import type { Ctx } from '../framework/context';
import { action } from '../framework/define';
import { pullPrescriptions } from '../records/sync';
import { insertOnce } from '../framework/insert-once';
import { appendEvent, followupFor, onlineDoctor, prescriptionFor } from './access';
import { settleFollowupRefund, syncFollowupPaid } from './money';
import { fullView, moveFollowup } from './patient';
import { rxView } from './views';
import { anyDoctor, hiddenFromPatients, itsDoctor } from '../framework/who';

export const worklist = action(followup.worklist, {
  who: anyDoctor(),
  async run({ hospitalId }, ctx) {
    const { doctor } = await onlineDoctor(ctx, hospitalId);
    const open = [FollowupStatus.unpaid, FollowupStatus.waiting, FollowupStatus.accepted];
    const list = await ctx.db.find<FollowupDoc>('followups', {
      where: { hospitalId, departmentId: doctor.departmentId, status: { in: open } },
      orderBy: [['createdAt', 'asc']],
      limit: 100,
    });
    const synced = await Promise.all(list.map((f) => syncFollowupPaid(ctx.ports, f, ctx.now)));
    const mineOrWaiting = synced.filter((f) => f.status === FollowupStatus.waiting || f.doctorOpenid === ctx.openid);
    return { followups: await Promise.all(mineOrWaiting.map((f) => fullView(ctx, f))) };
  },
});

async function asDoctor(ctx: Ctx, followupId: string): Promise<{ f: FollowupDoc; name: string; doctorId: string }> {
  const f = await syncFollowupPaid(ctx.ports, await followupFor(ctx, followupId, 'doctor'), ctx.now);
  const { staff, doctor } = await onlineDoctor(ctx, f.hospitalId);
  return { f, name: staff.name, doctorId: doctor._id };
}

function treating(f: FollowupDoc, openid: string): void {
  if (f.doctorOpenid !== null && f.doctorOpenid !== openid) throw new AppError(ErrorCode.FORBIDDEN, '该复诊由其他医生接诊');
}

export const accept = action(followup.accept, {
  who: hiddenFromPatients(itsDoctor()),
  async run({ followupId }, ctx) {
    const { f, name, doctorId } = await asDoctor(ctx, followupId);
    treating(f, ctx.user());
    const done = await moveFollowup(
      ctx,
      f,
      'accept',
      { doctorOpenid: ctx.user(), doctorId, doctorName: name },
      (x) => x.status === FollowupStatus.accepted && x.doctorOpenid === ctx.openid,
    );
    await appendEvent(ctx.db, ctx, done, 'accept', { kind: 'accepted', byName: name, byRole: 'doctor', text: `${name}医生接诊` });
    return { followup: await fullView(ctx, done) };
  },
});

export const decline = action(followup.decline, {
  who: hiddenFromPatients(itsDoctor()),
  async run({ followupId, reason }, ctx) {
    const { f, name } = await asDoctor(ctx, followupId);
    const done = await moveFollowup(
      ctx,
      f,
      'decline',
      { reason, refund: f.orderId ? 'owed' : 'none', doctorName: name },
      (x) => x.status === FollowupStatus.declined,
    );
    await appendEvent(ctx.db, ctx, done, 'decline', { kind: 'declined', byName: name, byRole: 'doctor', text: reason });
    await settleFollowupRefund(ctx.ports, done, ctx.now);
    return { followup: await fullView(ctx, (await ctx.db.get<FollowupDoc>('followups', f._id)) ?? done) };
  },
});

export const refer = action(followup.refer, {
  who: hiddenFromPatients(itsDoctor()),
  async run({ followupId, reason }, ctx) {
    const { f, name } = await asDoctor(ctx, followupId);
    treating(f, ctx.user());
    const done = await moveFollowup(ctx, f, 'refer', { reason }, (x) => x.status === FollowupStatus.referred);
    await appendEvent(ctx.db, ctx, done, 'refer', { kind: 'referred', byName: name, byRole: 'doctor', text: `建议到院面诊：${reason}` });
    return { followup: await fullView(ctx, done), booking: { departmentId: done.departmentId } };
  },
});

export const complete = action(followup.complete, {
  who: hiddenFromPatients(itsDoctor()),
  async run({ followupId }, ctx) {
    const { f, name } = await asDoctor(ctx, followupId);
    treating(f, ctx.user());
    const done = await moveFollowup(ctx, f, 'complete', {}, (x) => x.status === FollowupStatus.completed);
    await appendEvent(ctx.db, ctx, done, 'complete', { kind: 'completed', byName: name, byRole: 'doctor', text: '复诊结束' });
    return { followup: await fullView(ctx, done) };
  },
});

/** The medicines of the qualifying visit as the HIS answered them (pulled first). */
async function previousItems(ctx: Ctx, f: FollowupDoc) {
  const patient = await ctx.db.get<PatientDoc>('patients', f.patientId);
  if (patient) await pullPrescriptions(ctx.ports, patient, ctx.now);
  const list = await ctx.db.find<PrescriptionDoc>('prescriptions', { where: { patientId: f.patientId, visitId: f.qualifyingVisit.visitId }, limit: 20 });
  return list.flatMap((p) => p.items.map((i) => ({ code: i.code, drug: i.drug, quantity: i.quantity, days: i.days })));
}

/** The drugs the doctor may prescribe in this follow-up: the online formulary within its diagnosis, no 麻精. */
export const formulary = action(followup.formulary, {
  who: hiddenFromPatients(itsDoctor()),
  async run({ followupId }, ctx) {
    const { f } = await asDoctor(ctx, followupId);
    const codes = f.qualifyingVisit.conditions.map((c) => c.code);
    const drugs = FORMULARY.filter((d) => !d.controlled && d.treats.some((t) => codes.includes(t)));
    return {
      drugs: drugs.map((d) => ({
        code: d.code,
        name: d.name,
        spec: d.spec,
        packUnit: d.packUnit,
        dose: d.dose,
        usage: `${FREQUENCIES[d.frequency].label} ${ROUTES[d.route]}`,
        priceText: feeText(d.unitFen),
      })),
    };
  },
});

export const previous = action(followup.previous, {
  who: hiddenFromPatients(itsDoctor()),
  async run({ followupId }, ctx) {
    const { f } = await asDoctor(ctx, followupId);
    const items = await previousItems(ctx, f);
    return { items, renewal: renewalOf(items) };
  },
});

function itemsOf(lines: readonly RxLine[]): RxItem[] {
  return lines.map((l) => {
    const d = formularyDrug(l.code);
    if (!d) throw new AppError(ErrorCode.VALIDATION_FAILED, `药品${l.code}不在本院线上处方目录中`, 'items');
    return {
      ...l,
      name: d.name,
      spec: d.spec,
      packUnit: d.packUnit,
      dose: d.dose,
      frequency: FREQUENCIES[d.frequency].label,
      route: ROUTES[d.route],
      unitFen: d.unitFen,
      amountFen: d.unitFen * l.quantity,
    };
  });
}

function checkPlan(f: FollowupDoc, plan: RxPlan): RxItem[] {
  const problem = onlineRxProblem(plan, f.qualifyingVisit.conditions);
  if (problem) throw new AppError(ErrorCode.VALIDATION_FAILED, problem, 'items');
  return itemsOf(plan.lines);
}

async function writeRx(ctx: Ctx, f: FollowupDoc, name: string, kind: OnlineRxDoc['kind'], plan: RxPlan, requestId: string): Promise<OnlineRxDoc> {
  const problem = prescriberProblem(f, ctx.user());
  if (problem) throw new AppError(f.doctorOpenid === ctx.openid ? ErrorCode.STATE_CONFLICT : ErrorCode.FORBIDDEN, problem);
  const _id = hashId('orx', f._id, requestId);
  const first = await ctx.db.get<OnlineRxDoc>('onlinePrescriptions', _id);
  if (first) return first;
  const items = checkPlan(f, plan);
  const rx: OnlineRxDoc = {
    _id,
    followupId: f._id,
    hospitalId: f.hospitalId,
    hospitalName: f.hospitalName,
    openid: f.openid,
    patientId: f.patientId,
    patientName: f.patientName,
    departmentName: f.departmentName,
    doctorOpenid: ctx.user(),
    doctorName: name,
    diagnosis: f.qualifyingVisit.diagnosis,
    kind,
    type: plan.type,
    chronicNote: plan.chronicNote,
    items,
    totalFen: items.reduce((n, i) => n + i.amountFen, 0),
    version: 1,
    status: RxStatus.pending_review,
    returnReason: '',
    reviewerName: '',
    orderId: null,
    refund: 'none',
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  await insertOnce(ctx.db, 'onlinePrescriptions', rx);
  await appendEvent(ctx.db, ctx, f, `${_id}:1`, {
    kind: 'prescribed',
    byName: name,
    byRole: 'doctor',
    text: `${kind === 'renew' ? '续方' : '调整用药'}：${items.map((i) => `${i.name}×${i.quantity}${i.packUnit}（${i.days}天）`).join('，')}`,
    ref: _id,
  });
  return (await ctx.db.get<OnlineRxDoc>('onlinePrescriptions', _id)) ?? rx;
}

export const renew = action(followup.renew, {
  who: hiddenFromPatients(itsDoctor()),
  async run({ followupId, chronicNote, requestId }, ctx) {
    const { f, name } = await asDoctor(ctx, followupId);
    const { lines, left } = renewalOf(await previousItems(ctx, f));
    if (lines.length === 0) throw new AppError(ErrorCode.STATE_CONFLICT, '上次就诊没有可以在线续开的药品，请调整用药或建议患者到院');
    const type = renewalType(lines, f.qualifyingVisit.conditions);
    const rx = await writeRx(
      ctx,
      f,
      name,
      'renew',
      { type, chronicNote: chronicNote ?? (type === 'chronic_stable' ? '慢病稳定期，续用原方案' : ''), lines },
      requestId,
    );
    return { prescription: rxView(rx), notRenewed: left };
  },
});

export const prescribe = action(followup.prescribe, {
  who: hiddenFromPatients(itsDoctor()),
  async run({ followupId, type, chronicNote, items, requestId }, ctx) {
    const { f, name } = await asDoctor(ctx, followupId);
    return { prescription: rxView(await writeRx(ctx, f, name, 'adjust', { type, chronicNote: chronicNote ?? '', lines: items }, requestId)) };
  },
});

export const revise = action(followup.revise, {
  who: hiddenFromPatients(itsDoctor()),
  async run({ prescriptionId, type, chronicNote, items }, ctx) {
    const { rx, followup } = await prescriptionFor(ctx, prescriptionId, 'doctor');
    if (rx.doctorOpenid !== ctx.user()) throw new AppError(ErrorCode.FORBIDDEN, '只有开具处方的接诊医生可以修改');
    const step = rxStep(rx.status, 'revise');
    if (!step.ok) throw new AppError(ErrorCode.STATE_CONFLICT, step.message);
    const next = checkPlan(followup, { type, chronicNote: chronicNote ?? '', lines: items });
    const version = rx.version + 1;
    const n = await ctx.db.update(
      'onlinePrescriptions',
      { _id: rx._id, status: rx.status, version: rx.version },
      {
        set: {
          type,
          chronicNote: chronicNote ?? '',
          items: next,
          totalFen: next.reduce((s, i) => s + i.amountFen, 0),
          version,
          status: step.to,
          updatedAt: ctx.now,
        },
      },
    );
    if (n === 0) throw new AppError(ErrorCode.STATE_CONFLICT, '该处方刚被处理，请刷新后再试');
    await appendEvent(ctx.db, ctx, followup, `${rx._id}:${version}`, {
      kind: 'revised',
      byName: rx.doctorName,
      byRole: 'doctor',
      text: `修改处方（第${version}版）：${next.map((i) => `${i.name}×${i.quantity}${i.packUnit}（${i.days}天）`).join('，')}`,
      ref: rx._id,
    });
    return { prescription: rxView((await ctx.db.get<OnlineRxDoc>('onlinePrescriptions', rx._id)) ?? rx) };
  },
});
