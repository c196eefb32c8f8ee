/** The billing role: refunds with a reason, a day's totals, payment notices kept for review. */
import type { DailyTotals, RefundCandidate } from '../../../miniprogram/shared/dto/billing';
import { StaffRole } from '../../../miniprogram/shared/enums';
import { ErrorCode } from '../../../miniprogram/shared/errors';
import { shanghaiDateTimeText, shanghaiInstant } from '../../../miniprogram/shared/time';
import type { PatientDoc } from '../../domain/booking/docs';
import type { Where } from '../../ports';
import { AppError } from '../framework/app-error';
import type { OrderDoc, PaymentIssueDoc, RefundDoc } from '../../domain/billing/docs';
import { audit } from '../framework/audit';
import { orders } from '../../../miniprogram/shared/contract/orders';
import { action } from '../framework/define';
import { findAll } from '../framework/find-all';
import { orderOr404 } from './lookups';
import { requestRefund } from './refunds';
import { categoryLabels, money, orderStatusLabels, orderView, refundView } from './views';
import { staff } from '../framework/who';

export const staffOrder = action(orders.staffOrder, {
  who: staff('billing'),
  async run({ orderId }, ctx) {
    const o = await orderOr404(ctx, orderId);
    await ctx.requireRole(o.hospitalId, StaffRole.billing);
    const refunds = await ctx.db.find<RefundDoc>('refunds', { where: { orderId }, limit: 100 });
    return { order: orderView(o, refunds, ctx.now) };
  },
});

export const refund = action(orders.refund, {
  who: staff('billing'),
  async run({ orderId, amountFen, reason, requestId }, ctx) {
    const o = await orderOr404(ctx, orderId);
    await ctx.requireRole(o.hospitalId, StaffRole.billing);
    const r = await requestRefund(ctx.ports, {
      order: o,
      amountFen,
      requestKey: `staff:${ctx.user()}:${requestId}`,
      reason,
      requestedBy: ctx.user(),
      now: ctx.now,
    });
    await ctx.db.transaction((tx) => audit(tx, ctx, o.hospitalId, `refund:${r._id}`, o._id));
    return { refund: refundView(r) };
  },
});

export const dailyTotals = action(orders.dailyTotals, {
  who: staff('billing'),
  async run({ hospitalId, date: day }, ctx): Promise<{ totals: DailyTotals }> {
    await ctx.requireRole(hospitalId, StaffRole.billing);
    const from = shanghaiInstant(day, '00:00');
    const to = from + 86_400_000;
    const [paid, refunds] = await Promise.all([
      findAll<OrderDoc>(ctx.db, 'orders', { hospitalId, paidAt: { gte: from, lt: to } }, [['paidAt', 'asc']]),
      findAll<RefundDoc>(ctx.db, 'refunds', { hospitalId, status: 'succeeded', settledAt: { gte: from, lt: to } }, [['settledAt', 'asc']]),
    ]);
    const paidFen = paid.reduce((n, o) => n + o.paidFen, 0);
    const refundedFen = refunds.reduce((n, r) => n + r.amountFen, 0);
    const byCategory = new Map<string, number>();
    for (const o of paid) for (const i of o.items) byCategory.set(i.category, (byCategory.get(i.category) ?? 0) + i.amountFen);
    return {
      totals: {
        hospitalId,
        date: day,
        paidCount: paid.length,
        paidFen,
        refundCount: refunds.length,
        refundedFen,
        netFen: paidFen - refundedFen,
        paidText: money(paidFen),
        refundedText: money(refundedFen),
        netText: money(paidFen - refundedFen),
        byCategory: [...byCategory.entries()].map(([category, amountFen]) => ({
          category,
          label: categoryLabels[category as keyof typeof categoryLabels] ?? category,
          amountFen,
          amountText: money(amountFen),
        })),
      },
    };
  },
});

export const paymentIssues = action(orders.paymentIssues, {
  who: staff('billing'),
  async run({ hospitalId }, ctx) {
    await ctx.requireRole(hospitalId, StaffRole.billing);
    const issues = await ctx.db.find<PaymentIssueDoc>('paymentIssues', { where: { hospitalId }, orderBy: [['at', 'desc']], limit: 100 });
    return {
      issues: issues.map((i) => ({
        id: i._id,
        outTradeNo: i.outTradeNo,
        reason: i.reason,
        totalFen: i.totalFen,
        transactionId: i.transactionId,
        at: i.at,
        firstAt: i.firstAt,
        count: i.count,
      })),
    };
  },
});

const maskPhone = (phone: string): string => (phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : '');

function candidate(o: OrderDoc, phone: string): RefundCandidate {
  return {
    orderId: o._id,
    title: o.title,
    patientName: o.patientName,
    phoneMasked: maskPhone(phone),
    visitDate: o.visitDate,
    departmentName: o.departmentName,
    doctorName: o.doctorName,
    statusLabel: orderStatusLabels[o.status],
    paidText: money(o.paidFen),
    refundableFen: o.refundableFen,
    refundableText: money(o.refundableFen),
    paidAtText: o.paidAt === null ? '' : shanghaiDateTimeText(o.paidAt),
  };
}

/**
 * The billing role finds paid orders of its hospital by the patient's name, phone or visit day
 * (any together narrow the search), newest payment first — never by an internal id.
 */
export const findForRefund = action(orders.findForRefund, {
  who: staff('billing'),
  async run({ hospitalId, name, phone, date: day }, ctx): Promise<{ orders: RefundCandidate[] }> {
    await ctx.requireRole(hospitalId, StaffRole.billing);
    const patientName = (name ?? '').trim();
    if (!patientName && !phone && !day) throw new AppError(ErrorCode.VALIDATION_FAILED, '请填写就诊人姓名、手机号或就诊日期', 'name');
    const where: Where = { hospitalId, paidFen: { gt: 0 } };
    if (patientName) where.patientName = patientName;
    if (day) where.visitDate = day;
    if (phone) {
      const people = await ctx.db.find<PatientDoc>('patients', { where: { phone }, limit: 100 });
      if (people.length === 0) return { orders: [] };
      where.patientId = { in: people.map((p) => p._id) };
    }
    const orders = await ctx.db.find<OrderDoc>('orders', { where, orderBy: [['paidAt', 'desc']], limit: 50 });
    const ids = [...new Set(orders.map((o) => o.patientId))];
    const people = ids.length > 0 ? await ctx.db.find<PatientDoc>('patients', { where: { _id: { in: ids } }, limit: 100 }) : [];
    const phones = new Map(people.map((p) => [p._id, p.phone]));
    return { orders: orders.map((o) => candidate(o, phones.get(o.patientId) ?? '')) };
  },
});
