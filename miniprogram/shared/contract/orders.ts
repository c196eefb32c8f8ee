/** The `orders` cloud function (backend/handlers/orders/): paying, orders and bills, and the billing role's refunds and totals. */
import { z } from 'zod';
import type { DailyTotals, OrderView, PaymentIssueView, PaymentStartView, RefundCandidate, RefundView, VisitBill } from '../dto/billing';
import { act } from './define';
import { fields } from './fields';

export const orders = {
  payAppointment: act<{ order: OrderView }>()(z.object({ appointmentId: fields.id() })),
  pay: act<{ payment: PaymentStartView }>()(z.object({ orderId: fields.id() })),
  settle: act<{ order: OrderView }>()(z.object({ orderId: fields.id() })),
  get: act<{ order: OrderView }>()(z.object({ orderId: fields.id() })),
  mine: act<{ orders: OrderView[] }>()(z.object({ status: z.enum(['unpaid', 'paid', 'refunded']).optional() })),
  bills: act<{ bills: VisitBill[] }>()(z.object({})),
  staffOrder: act<{ order: OrderView }>()(z.object({ orderId: fields.id() })),
  refund: act<{ refund: RefundView }>()(
    z.object({ orderId: fields.id(), amountFen: z.number().int().min(1).max(10_000_000), reason: fields.requiredText(60), requestId: fields.requestId() }),
  ),
  dailyTotals: act<{ totals: DailyTotals }>()(z.object({ hospitalId: fields.id(), date: fields.date() })),
  paymentIssues: act<{ issues: PaymentIssueView[] }>()(z.object({ hospitalId: fields.id() })),
  /** Paid orders of the hospital by patient name, phone or visit day (any together narrow it). */
  findForRefund: act<{ orders: RefundCandidate[] }>()(
    z.object({
      hospitalId: fields.id(),
      name: fields.text(20).optional(),
      phone: z
        .string()
        .max(11)
        .regex(/^1[3-9]\d{9}$/, { message: '请填写11位手机号' })
        .optional(),
      date: fields.date().optional(),
    }),
  ),
};
