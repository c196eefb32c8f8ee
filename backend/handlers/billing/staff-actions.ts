/** The billing role: refunds with a reason, a day's totals, payment notices kept for review. */
import type { DailyTotals } from '../../../miniprogram/shared/dto/billing';
import { StaffRole } from '../../../miniprogram/shared/enums';
import { shanghaiInstant } from '../../../miniprogram/shared/time';
import type { OrderDoc, PaymentIssueDoc, RefundDoc } from '../../domain/billing/docs';
import { audit } from '../framework/audit';
import { action } from '../framework/define';
import { fields, z } from '../framework/validation';
import { findAll } from '../content/lookups';
import { orderOr404 } from './lookups';
import { requestRefund } from './refunds';
import { categoryLabels, money, orderView, refundView } from './views';

const { date } = fields;

export const staffOrder = action({
  access: 'user',
  input: z.object({ orderId: fields.id() }),
  async run({ orderId }, ctx) {
    const o = await orderOr404(ctx, orderId);
    await ctx.requireRole(o.hospitalId, StaffRole.billing);
    const refunds = await ctx.db.find<RefundDoc>('refunds', { where: { orderId }, limit: 100 });
    return { order: orderView(o, refunds, ctx.now) };
  },
});

export const refund = action({
  access: 'user',
  input: z.object({ orderId: fields.id(), amountFen: z.number().int().min(1).max(10_000_000), reason: fields.requiredText(60), requestId: fields.requestId() }),
  async run({ orderId, amountFen, reason, requestId }, ctx) {
    const o = await orderOr404(ctx, orderId);
    await ctx.requireRole(o.hospitalId, StaffRole.billing);
    const r = await requestRefund(ctx.ports, { order: o, amountFen, requestKey: `staff:${ctx.user()}:${requestId}`, reason, requestedBy: ctx.user(), now: ctx.now });
    await ctx.db.transaction((tx) => audit(tx, ctx, o.hospitalId, `refund:${r._id}`, o._id));
    return { refund: refundView(r) };
  },
});

export const dailyTotals = action({
  access: 'user',
  input: z.object({ hospitalId: fields.id(), date: date() }),
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

export const paymentIssues = action({
  access: 'user',
  input: z.object({ hospitalId: fields.id() }),
  async run({ hospitalId }, ctx) {
    await ctx.requireRole(hospitalId, StaffRole.billing);
    const issues = await ctx.db.find<PaymentIssueDoc>('paymentIssues', { where: { hospitalId }, orderBy: [['at', 'desc']], limit: 100 });
    return { issues: issues.map((i) => ({ id: i._id, outTradeNo: i.outTradeNo, reason: i.reason, totalFen: i.totalFen, transactionId: i.transactionId, at: i.at, firstAt: i.firstAt, count: i.count })) };
  },
});
