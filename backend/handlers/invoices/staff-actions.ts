/** The billing role: a hospital's invoices and red-letter reversals of a day (single invoices through `get`). */
import type { InvoiceDay } from '../../../miniprogram/shared/dto/invoices';
import { StaffRole } from '../../../miniprogram/shared/enums';
import { InvoiceStatus, type InvoiceDoc, type InvoiceReversalDoc } from '../../domain/invoices/docs';
import { invoices } from '../../../miniprogram/shared/contract/invoices';
import { action } from '../framework/define';
import { findAll } from '../framework/find-all';
import { money } from '../orders/views';
import { invoiceSummary, reversalView } from './views';
import { staff } from '../framework/who';

export const list = action(invoices.list, {
  who: staff('billing'),
  async run({ hospitalId, date }, ctx): Promise<{ day: InvoiceDay }> {
    await ctx.requireRole(hospitalId, StaffRole.billing);
    const docs = await findAll<InvoiceDoc>(ctx.db, 'invoices', { hospitalId, issueDate: date }, [['issuedAt', 'asc']]);
    const valid = docs.filter((d) => d.status === InvoiceStatus.valid);
    const validTotalFen = valid.reduce((n, d) => n + d.totalFen, 0);
    const reversals = await findAll<InvoiceReversalDoc>(ctx.db, 'invoiceReversals', { hospitalId, issueDate: date }, [['issuedAt', 'asc']]);
    const reversalTotalFen = reversals.reduce((n, r) => n + r.amountFen, 0);
    return {
      day: {
        hospitalId,
        date,
        invoices: docs.map(invoiceSummary),
        validCount: valid.length,
        voidCount: docs.length - valid.length,
        validTotalFen,
        validTotalText: money(validTotalFen),
        reversals: reversals.map(reversalView),
        reversalCount: reversals.length,
        reversalTotalFen,
        reversalTotalText: money(reversalTotalFen),
      },
    };
  },
});
