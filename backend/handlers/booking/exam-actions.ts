/**
 * Exam and treatment booking: a patient books a room's slot only against an open exam order of
 * their own, for that kind of exam, and sees its preparation notes.
 */
import type { ExamOrderView } from '../../../miniprogram/shared/dto/booking';
import { ErrorCode } from '../../../miniprogram/shared/errors';
import type { AppointmentDoc, ExamOrderDoc, PatientDoc } from '../../domain/booking/docs';
import { ACTIVE } from '../../domain/booking/transitions';
import type { ResourceDoc } from '../../domain/scheduling/docs';
import { publishDates } from '../../domain/scheduling/window';
import { AppError, notFound } from '../framework/app-error';
import type { Ctx } from '../framework/context';
import { action } from '../framework/define';
import { booking } from '../../../miniprogram/shared/contract/booking';
import { findAll } from '../framework/find-all';
import { ownPatient } from '../patients';
import { findSlots, settingsOf, slotOr404 } from './lookups';
import { takePlace } from './take-place';
import { appointmentView, daySummaries, slotView } from './views';
import { owner, signedIn } from '../framework/who';

const statusLabels: Record<ExamOrderView['status'], string> = { open: '待预约', scheduled: '已预约', done: '已完成', void: '已作废' };

async function ownOrder(ctx: Ctx, examOrderId: string): Promise<ExamOrderDoc> {
  const o = await ctx.db.get<ExamOrderDoc>('examOrders', examOrderId);
  if (!o || o.openid !== ctx.user()) throw notFound('检查单');
  return o;
}

async function resourcesFor(ctx: Ctx, o: ExamOrderDoc): Promise<ResourceDoc[]> {
  return findAll<ResourceDoc>(ctx.db, 'resources', { hospitalId: o.hospitalId, examType: o.examType }, [['sort', 'asc']]);
}

async function orderView(ctx: Ctx, o: ExamOrderDoc, patientName: string): Promise<ExamOrderView> {
  const [resources, active] = await Promise.all([
    resourcesFor(ctx, o),
    ctx.db.find<AppointmentDoc>('appointments', { where: { examOrderId: o._id, status: { in: ACTIVE } }, limit: 1 }),
  ]);
  const status: ExamOrderView['status'] = o.status === 'open' && active[0] ? 'scheduled' : o.status;
  return {
    id: o._id,
    patientId: o.patientId,
    patientName,
    itemName: o.itemName,
    examType: o.examType,
    departmentName: o.departmentName,
    orderedBy: o.orderedBy,
    orderedAt: o.orderedAt,
    status,
    statusLabel: statusLabels[status],
    appointmentId: active[0] ? active[0]._id : null,
    prepNotes: resources[0] ? resources[0].prepNotes : [],
    resourceIds: resources.map((r) => r._id),
  };
}

export const examOrders = action(booking.examOrders, {
  who: signedIn(),
  async run(_i, ctx) {
    const orders = await ctx.db.find<ExamOrderDoc>('examOrders', { where: { openid: ctx.user() }, orderBy: [['orderedAt', 'desc']], limit: 100 });
    const names = new Map<string, string>();
    for (const o of orders) {
      if (names.has(o.patientId)) continue;
      const p = await ctx.db.get<PatientDoc>('patients', o.patientId);
      names.set(o.patientId, p && p.openid === o.openid ? p.name : '已删除的就诊人');
    }
    return { orders: await Promise.all(orders.map((o) => orderView(ctx, o, names.get(o.patientId) ?? ''))) };
  },
});

export const examSchedule = action(booking.examSchedule, {
  who: owner(),
  async run({ examOrderId }, ctx) {
    const o = await ownOrder(ctx, examOrderId);
    const patient = await ownPatient(ctx, o.patientId);
    const settings = await settingsOf(ctx.db, o.hospitalId);
    const dates = publishDates(ctx.now, settings);
    const resources = await resourcesFor(ctx, o);
    const schedules = await Promise.all(
      resources.map(async (r) => {
        const slots = await findSlots(ctx.db, { ownerId: r._id, date: { gte: dates[0], lte: dates[dates.length - 1] } });
        return {
          ownerId: r._id,
          ownerName: r.name,
          subtitle: r.location,
          departmentName: slots[0] ? slots[0].departmentName : '',
          days: daySummaries(dates, slots, ctx.now, settings),
          releaseTime: settings.releaseTime,
        };
      }),
    );
    return { order: await orderView(ctx, o, patient.name), schedules };
  },
});

export const listResourceSlots = action(booking.listResourceSlots, {
  who: signedIn(),
  async run({ resourceId, date }, ctx) {
    const r = await ctx.db.get<ResourceDoc>('resources', resourceId);
    if (!r) throw notFound('检查项目');
    const settings = await settingsOf(ctx.db, r.hospitalId);
    return { slots: (await findSlots(ctx.db, { ownerId: resourceId, date })).map((s) => slotView(s, ctx.now, settings)) };
  },
});

export const bookExam = action(booking.bookExam, {
  who: owner(),
  offer: { key: 'booking', from: { field: 'slotId', collection: 'slots' } },
  async run({ examOrderId, slotId, requestId }, ctx) {
    const o = await ownOrder(ctx, examOrderId);
    if (o.status !== 'open') throw new AppError(ErrorCode.STATE_CONFLICT, '该检查单已完成或已作废');
    const slot = await slotOr404(ctx.db, slotId);
    const resource = slot.ownerType === 'resource' ? await ctx.db.get<ResourceDoc>('resources', slot.ownerId) : null;
    if (!resource || resource.examType !== o.examType || resource.hospitalId !== o.hospitalId) {
      throw new AppError(ErrorCode.VALIDATION_FAILED, '该号源不能用于此检查', 'slotId');
    }
    const patient = await ownPatient(ctx, o.patientId);
    const settings = slot.settings;
    const a = await takePlace(ctx, { slot, patient, settings, requestId, examOrderId });
    return { id: a._id, status: a.status, appointment: appointmentView(a, ctx.now, settings) };
  },
});
