/** What patients do with orders: pay a registration, pay an order, settle on return, list, bills. */
import type { VisitBill } from '../../../miniprogram/shared/dto/billing';
import { AppointmentStatus } from '../../../miniprogram/shared/enums';
import { ErrorCode } from '../../../miniprogram/shared/errors';
import { shanghaiDate } from '../../../miniprogram/shared/time';
import type { AppointmentDoc } from '../../domain/booking/docs';
import type { OrderDoc, RefundDoc } from '../../domain/billing/docs';
import { nextQueryAt } from '../../domain/billing/follow-up';
import type { Where } from '../../ports';
import { AppError, notFound } from '../framework/app-error';
import type { Ctx } from '../framework/context';
import { orders } from '../../../miniprogram/shared/contract/orders';
import { action } from '../framework/define';
import { ownOrder } from './lookups';
import { closeRegistrationOrder, ensureRegistrationOrder } from './registration';
import { reconcile } from './settle';
import { money, orderView } from './views';
import { owner, signedIn } from '../framework/who';

async function refundsOf(ctx: Ctx, orderIds: string[]): Promise<RefundDoc[]> {
  if (orderIds.length === 0) return [];
  return ctx.db.find<RefundDoc>('refunds', { where: { orderId: { in: orderIds.slice(0, 100) } }, orderBy: [['createdAt', 'asc']], limit: 100 });
}

async function view(ctx: Ctx, o: OrderDoc) {
  return orderView(o, await refundsOf(ctx, [o._id]), ctx.now);
}

export const payAppointment = action(orders.payAppointment, {
  who: owner(),
  offer: { key: 'payment', from: { field: 'appointmentId', collection: 'appointments' } },
  async run({ appointmentId }, ctx) {
    const a = await ctx.db.get<AppointmentDoc>('appointments', appointmentId);
    if (!a || a.openid !== ctx.user()) throw notFound('预约');
    if (a.status !== AppointmentStatus.pending_payment) {
      const existing = await ctx.db.get<OrderDoc>('orders', `ord-reg-${a._id.replace(/^appt-/, '')}`);
      if (existing) return { order: await view(ctx, existing) };
      throw new AppError(ErrorCode.STATE_CONFLICT, '该预约不需要支付');
    }
    return { order: await view(ctx, await ensureRegistrationOrder(ctx.ports, a, ctx.now)) };
  },
});

export const pay = action(orders.pay, {
  who: owner(),
  offer: { key: 'payment', from: { field: 'orderId', collection: 'orders' } },
  async run({ orderId }, ctx) {
    const o = await ownOrder(ctx, orderId);
    if (o.status !== 'unpaid') throw new AppError(ErrorCode.STATE_CONFLICT, o.status === 'closed' ? '订单已关闭，不能支付' : '订单已支付');
    if (o.holdUntil !== null && o.holdUntil <= ctx.now) throw new AppError(ErrorCode.STATE_CONFLICT, '支付时间已过，号源已释放');
    if (o.kind === 'registration') {
      const a = await ctx.db.get<AppointmentDoc>('appointments', o.visitId);
      if (!a || a.status !== AppointmentStatus.pending_payment) {
        await closeRegistrationOrder(ctx.ports, o.visitId, ctx.now);
        throw new AppError(ErrorCode.STATE_CONFLICT, '该预约已取消或超时，不能支付');
      }
    }
    const start = await ctx.ports.payments.start({
      outTradeNo: o.outTradeNo,
      totalFen: o.totalFen,
      description: `${o.hospitalName}-${o.title}`,
      openid: o.openid,
    });
    await ctx.db.update('orders', { _id: o._id, status: 'unpaid' }, { set: { payStartedAt: ctx.now, nextQueryAt: nextQueryAt(ctx.now, ctx.now) } });
    return { payment: { orderId: o._id, outTradeNo: o.outTradeNo, params: start.params, sandbox: start.sandbox } };
  },
});

/** The client is back from the payment sheet: ask WeChat Pay in case the notice has not arrived. */
export const settle = action(orders.settle, {
  who: owner(),
  async run({ orderId }, ctx) {
    const o = await ownOrder(ctx, orderId);
    return { order: await view(ctx, await reconcile(ctx.ports, o, ctx.now)) };
  },
});

export const get = action(orders.get, {
  who: owner(),
  async run({ orderId }, ctx) {
    return { order: await view(ctx, await ownOrder(ctx, orderId)) };
  },
});

export const mine = action(orders.mine, {
  who: signedIn(),
  async run({ status }, ctx) {
    const where: Where = { openid: ctx.user() };
    if (status === 'unpaid') where.status = 'unpaid';
    if (status === 'paid') where.status = { in: ['paid', 'partially_refunded'] };
    if (status === 'refunded') where.status = { in: ['partially_refunded', 'refunded'] };
    const orders = await ctx.db.find<OrderDoc>('orders', { where, orderBy: [['createdAt', 'desc']], limit: 100 });
    const refunds = await refundsOf(
      ctx,
      orders.map((o) => o._id),
    );
    const list = orders.map((o) =>
      orderView(
        o,
        refunds.filter((r) => r.orderId === o._id),
        ctx.now,
      ),
    );
    return { orders: status === 'unpaid' ? list.filter((o) => o.payable) : list };
  },
});

/** 门诊账单: the caller's orders grouped by visit, with paid, unpaid and refunded amounts. */
export const bills = action(orders.bills, {
  who: signedIn(),
  async run(_i, ctx) {
    const orders = await ctx.db.find<OrderDoc>('orders', {
      where: { openid: ctx.user(), status: { neq: 'closed' } },
      orderBy: [['createdAt', 'desc']],
      limit: 100,
    });
    const refunds = await refundsOf(
      ctx,
      orders.map((o) => o._id),
    );
    const visits = new Map<string, OrderDoc[]>();
    for (const o of orders) visits.set(o.visitId, [...(visits.get(o.visitId) ?? []), o]);
    const result: VisitBill[] = [...visits.entries()].map(([visitId, list]) => {
      const sum = (f: (o: OrderDoc) => number) => list.reduce((n, o) => n + f(o), 0);
      const totalFen = sum((o) => o.totalFen);
      const paidFen = sum((o) => o.paidFen);
      const refundedFen = sum((o) => o.refundedFen);
      const unpaidFen = sum((o) => (o.status === 'unpaid' ? o.totalFen : 0));
      const first = list[list.length - 1];
      return {
        visitId,
        date: first.visitDate || shanghaiDate(first.createdAt),
        hospitalName: first.hospitalName,
        departmentName: first.departmentName,
        doctorName: first.doctorName,
        patientName: first.patientName,
        orders: list.map((o) =>
          orderView(
            o,
            refunds.filter((r) => r.orderId === o._id),
            ctx.now,
          ),
        ),
        totalFen,
        paidFen,
        unpaidFen,
        refundedFen,
        totalText: money(totalFen),
        paidText: money(paidFen),
        unpaidText: money(unpaidFen),
        refundedText: money(refundedFen),
      };
    });
    return { bills: result };
  },
});
