/**
 * Medication plans: from a prescription, the family member's chosen times; a taken / not-taken
 * diary; and a summary to show the doctor. Reminders go through the outbox (records timer), each
 * needing one consent credit (backend/handlers/reminders/dispatch.ts).
 */
import { ErrorCode } from '../../../miniprogram/shared/errors';
import { shanghaiDate } from '../../../miniprogram/shared/time';
import { hashId } from '../../ids';
import type { DoseLogDoc, MedicationPlanDoc } from '../../domain/records/docs';
import { FREQUENCIES } from '../../domain/records/frequency';
import { adherence, dailyDoses, diary, planDates } from '../../domain/records/plan';
import { DuplicateKeyError, MAX_PAGE, type Db } from '../../ports';
import { AppError, notFound } from '../framework/app-error';
import type { Ctx } from '../framework/context';
import { records } from '../../../miniprogram/shared/contract/records';
import { action } from '../framework/define';
import { ownPrescription } from './lookups';
import { owner } from '../framework/who';

const planIdOf = (openid: string, prescriptionId: string): string => hashId('plan', openid, prescriptionId);

async function ownPlan(ctx: Ctx, planId: string): Promise<MedicationPlanDoc> {
  const plan = await ctx.db.get<MedicationPlanDoc>('medicationPlans', planId);
  if (!plan || plan.openid !== ctx.user()) throw notFound('用药计划');
  return plan;
}

async function planView(db: Db, plan: MedicationPlanDoc, now: number) {
  const logs: DoseLogDoc[] = [];
  for (let page = 0; ; page++) {
    const found = await db.find<DoseLogDoc>('doseLogs', {
      where: { planId: plan._id },
      orderBy: [
        ['date', 'desc'],
        ['time', 'asc'],
      ],
      limit: MAX_PAGE,
      skip: page * MAX_PAGE,
    });
    logs.push(...found);
    if (found.length < MAX_PAGE) break;
  }
  const days = diary(plan.times, plan.startDate, plan.endDate, logs, now);
  const a = adherence(days);
  const drugs = plan.items.map((i) => `${i.drug} ${i.dose} ${i.frequency}`).join('；');
  const summary =
    a.percent === null
      ? `${plan.patientName}：${drugs}。自${plan.startDate}起，尚无到时的服药记录。`
      : `${plan.patientName}：${drugs}。${plan.startDate}至${shanghaiDate(now) < plan.endDate ? shanghaiDate(now) : plan.endDate}应服${a.due}次，已服${a.taken}次，未服${a.missed}次，未记录${a.unrecorded}次，按时服药率${a.percent}%。`;
  return {
    id: plan._id,
    prescriptionId: plan.prescriptionId,
    patientName: plan.patientName,
    items: plan.items,
    times: plan.times,
    startDate: plan.startDate,
    endDate: plan.endDate,
    remind: plan.remind,
    days: days.slice(0, 14),
    adherence: a,
    summary,
  };
}

export const savePlan = action(records.savePlan, {
  who: owner(),
  offer: { key: 'guidance', from: { field: 'prescriptionId', collection: 'prescriptions' } },
  async run({ prescriptionId, times, remind }, ctx) {
    const openid = ctx.user();
    const { prescription: rx } = await ownPrescription(ctx, prescriptionId);
    if (rx.status === 'unpaid') throw new AppError(ErrorCode.STATE_CONFLICT, '处方缴费取药后才能制定用药计划');
    const { doses, maxTimes } = dailyDoses(rx.items.map((i) => i.frequency));
    if (times.length > maxTimes) throw new AppError(ErrorCode.VALIDATION_FAILED, `这张处方每天共服药${doses}次，最多选${maxTimes}个服药时间`, 'times');
    const sorted = [...times].sort();
    const { startDate, endDate } = planDates(rx.dispensedAt ?? rx.writtenAt, Math.max(...rx.items.map((i) => i.days)));
    const _id = planIdOf(openid, prescriptionId);
    const fieldsToSet = { times: sorted, remind, updatedAt: ctx.now };
    const doc: MedicationPlanDoc = {
      _id,
      openid,
      patientId: rx.patientId,
      patientName: rx.patientName,
      hospitalId: rx.hospitalId,
      prescriptionId,
      items: rx.items.map((i) => ({ code: i.code, drug: i.drug, dose: i.dose, frequency: FREQUENCIES[i.frequency].label })),
      startDate,
      endDate,
      createdAt: ctx.now,
      ...fieldsToSet,
    };
    try {
      await ctx.db.insert('medicationPlans', doc);
    } catch (e) {
      if (!(e instanceof DuplicateKeyError)) throw e;
      await ctx.db.update('medicationPlans', { _id }, { set: fieldsToSet });
    }
    return { plan: await planView(ctx.db, await ownPlan(ctx, _id), ctx.now) };
  },
});

export const plan = action(records.plan, {
  who: owner(),
  async run({ prescriptionId }, ctx) {
    const { prescription: rx } = await ownPrescription(ctx, prescriptionId);
    const found = await ctx.db.get<MedicationPlanDoc>('medicationPlans', planIdOf(ctx.user(), prescriptionId));
    const drugs = rx.items.map((i) => `${i.drug} ${i.dose} ${FREQUENCIES[i.frequency].label}`).join('；');
    const { doses, maxTimes } = dailyDoses(rx.items.map((i) => i.frequency));
    return {
      plan: found ? await planView(ctx.db, found, ctx.now) : null,
      hospitalId: rx.hospitalId,
      drugs,
      plannable: rx.status !== 'unpaid',
      dosesPerDay: doses,
      timesPerDay: maxTimes,
    };
  },
});

export const markDose = action(records.markDose, {
  who: owner(),
  async run({ planId, date, time, taken }, ctx) {
    const p = await ownPlan(ctx, planId);
    if (!p.times.includes(time) || date < p.startDate || date > p.endDate) throw new AppError(ErrorCode.VALIDATION_FAILED, '不是计划中的服药时间', 'time');
    if (date > shanghaiDate(ctx.now)) throw new AppError(ErrorCode.VALIDATION_FAILED, '还没到这一天，不能记录', 'date');
    const _id = hashId('dose', planId, date, time);
    const log: DoseLogDoc = { _id, planId, openid: p.openid, date, time, taken, at: ctx.now };
    try {
      await ctx.db.insert('doseLogs', log);
    } catch (e) {
      if (!(e instanceof DuplicateKeyError)) throw e;
      await ctx.db.update('doseLogs', { _id }, { set: { taken, at: ctx.now } });
    }
    return { plan: await planView(ctx.db, p, ctx.now) };
  },
});
