import type { OrderDoc } from '../../domain/billing/docs';
import { notFound } from '../framework/app-error';
import type { Ctx } from '../framework/context';
import { hashId } from '../../ids';

/** The registration order of an appointment has an id made from it, so it is created once. */
export function registrationOrderId(appointmentId: string): string {
  return `ord-reg-${appointmentId.replace(/^appt-/, '')}`;
}

export function visitOrderId(appointmentId: string, n: number): string {
  return hashId('ord-opd', appointmentId, String(n));
}

export async function orderOr404(ctx: Ctx, orderId: string): Promise<OrderDoc> {
  const o = await ctx.db.get<OrderDoc>('orders', orderId);
  if (!o) throw notFound('订单');
  return o;
}

/** An order of the caller, or NOT_FOUND (another account's order is not revealed). */
export async function ownOrder(ctx: Ctx, orderId: string): Promise<OrderDoc> {
  const o = await ctx.db.get<OrderDoc>('orders', orderId);
  if (!o || o.openid !== ctx.user()) throw notFound('订单');
  return o;
}
