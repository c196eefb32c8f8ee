/**
 * The `clinic` cloud function: what happens in the consulting room. A nurse checks a patient in;
 * a doctor completes the visit, and the hospital information system answers the visit's orders
 * (lab tests, imaging, prescriptions), which become unpaid outpatient orders for the patient.
 */
import { AppointmentStatus, Session, StaffRole, enumValues } from '../../miniprogram/shared/enums';
import { ErrorCode } from '../../miniprogram/shared/errors';
import { ageAt } from '../domain/booking/age';
import type { AppointmentDoc, PatientDoc } from '../domain/booking/docs';
import type { OrderDoc } from '../domain/billing/docs';
import { outTradeNoOf, totalOf } from '../domain/billing/orders';
import { DuplicateKeyError } from '../ports';
import { visitOrderId } from './billing/lookups';
import { AppError, notFound } from './framework/app-error';
import { audit } from './framework/audit';
import type { Ctx } from './framework/context';
import { action, defineFunction } from './framework/define';
import { fields, z } from './framework/validation';

async function appointmentFor(ctx: Ctx, appointmentId: string, ...roles: StaffRole[]): Promise<AppointmentDoc> {
  const a = await ctx.db.get<AppointmentDoc>('appointments', appointmentId);
  if (!a) throw notFound('预约');
  await ctx.requireRole(a.hospitalId, ...roles);
  return a;
}

const sessionAppointments = action({
  access: 'user',
  input: z.object({ ownerId: fields.id(), date: fields.date(), session: z.enum(enumValues(Session)) }),
  async run({ ownerId, date, session }, ctx) {
    const list = await ctx.db.find<AppointmentDoc>('appointments', { where: { ownerId, date, session }, orderBy: [['start', 'asc']], limit: 100 });
    if (list.length > 0) await ctx.requireRole(list[0].hospitalId, StaffRole.nurse, StaffRole.doctor);
    else ctx.user();
    return { appointments: list.map((a) => ({ id: a._id, patientName: a.patientName, start: a.start, status: a.status })) };
  },
});

const checkIn = action({
  access: 'user',
  input: z.object({ appointmentId: fields.id() }),
  async run({ appointmentId }, ctx) {
    const a = await appointmentFor(ctx, appointmentId, StaffRole.nurse, StaffRole.doctor);
    if (a.status === AppointmentStatus.checked_in) return { status: a.status };
    const n = await ctx.db.update('appointments', { _id: a._id, status: AppointmentStatus.booked }, { set: { status: AppointmentStatus.checked_in, checkedInAt: ctx.now, updatedAt: ctx.now } });
    if (n === 0) throw new AppError(ErrorCode.STATE_CONFLICT, a.status === AppointmentStatus.pending_payment ? '挂号费未支付，请先缴费' : '该预约当前不能签到');
    return { status: AppointmentStatus.checked_in };
  },
});

const completeVisit = action({
  access: 'user',
  input: z.object({ appointmentId: fields.id(), diagnosis: fields.requiredText(100) }),
  async run({ appointmentId, diagnosis }, ctx) {
    const a = await appointmentFor(ctx, appointmentId, StaffRole.doctor);
    if (a.status !== AppointmentStatus.completed) {
      const n = await ctx.db.update(
        'appointments',
        { _id: a._id, status: { in: [AppointmentStatus.booked, AppointmentStatus.checked_in] } },
        { set: { status: AppointmentStatus.completed, diagnosis, completedAt: ctx.now, updatedAt: ctx.now } },
      );
      if (n === 0) throw new AppError(ErrorCode.STATE_CONFLICT, '该预约当前不能完成就诊');
      await ctx.db.transaction((tx) => audit(tx, ctx, a.hospitalId, 'completeVisit', a._id));
    }
    const patient = await ctx.db.get<PatientDoc>('patients', a.patientId);
    const drafts = await ctx.ports.his.ordersForVisit({
      appointmentId: a._id,
      hospitalId: a.hospitalId,
      departmentId: a.departmentId,
      departmentName: a.departmentName,
      doctorName: a.ownerName,
      patientName: a.patientName,
      patientAge: patient ? ageAt(patient.birthDate, ctx.now) : null,
      diagnosis,
    });
    const created: string[] = [];
    for (const [n, draft] of drafts.entries()) {
      const items = draft.items.map((i) => ({ ...i, amountFen: i.quantity * i.unitFen }));
      const id = visitOrderId(a._id, n);
      const order: OrderDoc = {
        _id: id,
        hospitalId: a.hospitalId,
        hospitalName: a.hospitalName,
        openid: a.openid,
        patientId: a.patientId,
        patientName: a.patientName,
        kind: 'outpatient',
        visitId: a._id,
        visitDate: a.date,
        departmentName: a.departmentName,
        doctorName: a.ownerName,
        title: draft.title,
        items,
        totalFen: totalOf(items),
        status: 'unpaid',
        holdUntil: null,
        outTradeNo: outTradeNoOf(id),
        transactionId: '',
        paidFen: 0,
        refundableFen: 0,
        refundedFen: 0,
        paidAt: null,
        closedAt: null,
        noticePending: false,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      };
      try {
        await ctx.db.insert('orders', order);
        created.push(id);
      } catch (e) {
        if (!(e instanceof DuplicateKeyError)) throw e;
      }
    }
    if (created.length > 0) {
      await ctx.ports.notifier.notify({
        openid: a.openid,
        hospitalId: a.hospitalId,
        kind: 'orders_ready',
        key: `orders:${a._id}`,
        page: 'billing/orders/index?status=unpaid',
        data: { patient: a.patientName.slice(0, 10), count: String(created.length), department: a.departmentName.slice(0, 20) },
      });
    }
    return { status: AppointmentStatus.completed, orders: created.length };
  },
});

export const clinicFunction = defineFunction('clinic', { sessionAppointments, checkIn, completeVisit });
