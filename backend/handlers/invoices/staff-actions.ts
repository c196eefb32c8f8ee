/** The billing role: a hospital's invoices of a day (single invoices through `get`). */
import type { InvoiceDay } from '../../../miniprogram/shared/dto/invoices';
import { StaffRole } from '../../../miniprogram/shared/enums';
import { InvoiceStatus, type InvoiceDoc } from '../../domain/invoices/docs';
import { action } from '../framework/define';
import { fields, z } from '../framework/validation';
import { findAll } from '../content/lookups';
import { money } from '../billing/views';
import { invoiceSummary } from './views';

export const list = action({
  access: 'user',
  input: z.object({ hospitalId: fields.id(), date: fields.date() }),
  async run({ hospitalId, date }, ctx): Promise<{ day: InvoiceDay }> {
    await ctx.requireRole(hospitalId, StaffRole.billing);
    const docs = await findAll<InvoiceDoc>(ctx.db, 'invoices', { hospitalId, issueDate: date }, [['issuedAt', 'asc']]);
    const valid = docs.filter((d) => d.status === InvoiceStatus.valid);
    const validTotalFen = valid.reduce((n, d) => n + d.totalFen, 0);
    return {
      day: {
        hospitalId,
        date,
        invoices: docs.map(invoiceSummary),
        validCount: valid.length,
        voidCount: docs.length - valid.length,
        validTotalFen,
        validTotalText: money(validTotalFen),
      },
    };
  },
});
