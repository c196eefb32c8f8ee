/** Typed calls of the `orders` cloud function: paying, orders, bills, and the billing role's tools. */
import type { DailyTotals, OrderView, PaymentIssueView, PaymentStartView, RefundCandidate, RefundView, VisitBill } from '../shared/dto/billing';
import { callFunction } from './transport';

const call = <T>(action: string, params: object = {}) => callFunction<T>('orders', action, params);

export const payAppointment = (appointmentId: string) => call<{ order: OrderView }>('payAppointment', { appointmentId });
export const startPayment = (orderId: string) => call<{ payment: PaymentStartView }>('pay', { orderId });
export const settle = (orderId: string) => call<{ order: OrderView }>('settle', { orderId });
export const getOrder = (orderId: string) => call<{ order: OrderView }>('get', { orderId });
export const myOrders = (status?: 'unpaid' | 'paid' | 'refunded') => call<{ orders: OrderView[] }>('mine', status ? { status } : {});
export const bills = () => call<{ bills: VisitBill[] }>('bills');
export const staffOrder = (orderId: string) => call<{ order: OrderView }>('staffOrder', { orderId });
export const refund = (orderId: string, amountFen: number, reason: string, requestId: string) =>
  call<{ refund: RefundView }>('refund', { orderId, amountFen, reason, requestId });
export const dailyTotals = (hospitalId: string, date: string) => call<{ totals: DailyTotals }>('dailyTotals', { hospitalId, date });
export const paymentIssues = (hospitalId: string) => call<{ issues: PaymentIssueView[] }>('paymentIssues', { hospitalId });
/** Paid orders of the hospital by patient name, phone or visit day (any together narrow it). */
export const findForRefund = (hospitalId: string, query: { name?: string; phone?: string; date?: string }) =>
  call<{ orders: RefundCandidate[] }>('findForRefund', { hospitalId, ...query });
