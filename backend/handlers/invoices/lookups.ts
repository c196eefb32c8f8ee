import { StaffRole } from '../../../miniprogram/shared/enums';
import { mayAct } from '../../domain/auth';
import type { InvoiceDoc } from '../../domain/invoices/docs';
import { forbidden, notFound } from '../framework/app-error';
import type { Ctx } from '../framework/context';

/** An invoice of the caller, or NOT_FOUND (another account's invoice is not revealed). */
export async function ownInvoice(ctx: Ctx, invoiceId: string): Promise<InvoiceDoc> {
  const d = await ctx.db.get<InvoiceDoc>('invoices', invoiceId);
  if (!d || d.openid !== ctx.user()) throw notFound('发票');
  return d;
}

/**
 * An invoice the caller may read: their own, or any of a hospital where they hold the billing role.
 * Billing staff of another hospital are refused (FORBIDDEN); anyone else learns nothing (NOT_FOUND).
 */
export async function readableInvoice(ctx: Ctx, invoiceId: string): Promise<{ invoice: InvoiceDoc; owner: boolean }> {
  const d = await ctx.db.get<InvoiceDoc>('invoices', invoiceId);
  if (d && d.openid === ctx.user()) return { invoice: d, owner: true };
  if (d && mayAct(await ctx.rolesIn(d.hospitalId), [StaffRole.billing])) return { invoice: d, owner: false };
  const billingSomewhere = (await ctx.staffGrants()).some((g) => g.roles.includes(StaffRole.billing) || g.roles.includes(StaffRole.admin));
  if (d && (await ctx.staffGrants()).length > 0) throw forbidden(billingSomewhere ? '只能查看本院开具的发票' : '仅收费人员可查看患者的发票');
  throw notFound('发票');
}
