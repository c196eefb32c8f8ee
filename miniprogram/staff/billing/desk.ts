/**
 * The billing desk (收费工作台): a day's totals, its invoices with their red-letter reversals
 * (红字冲销), and the payment notices kept for review, for the current hospital; and the date
 * picker's value.
 */
import dayjs from 'dayjs';
import { api } from '../../api/index';
import type { DailyTotals, PaymentIssueView } from '../../shared/dto/billing';
import type { InvoiceDay } from '../../shared/dto/invoices';
import type { Envelope } from '../../shared/envelope';
import { shanghaiDate, shanghaiTime } from '../../shared/time';
import { yuan } from '../refund/refund-form';

export interface IssueRow {
  id: string;
  outTradeNo: string;
  reason: string;
  amountText: string;
  timeText: string;
}

export interface Desk {
  totals: DailyTotals;
  invoices: InvoiceDay;
  issues: IssueRow[];
}

/** One row per order number and reason; repeated notices show their count, the time is the last one's. */
export function issueRow(i: PaymentIssueView): IssueRow {
  const reason = i.count > 1 ? `${i.reason}（${i.count}次）` : i.reason;
  return { id: i.id, outTradeNo: i.outTradeNo, reason, amountText: yuan(i.totalFen), timeText: `${shanghaiDate(i.at)} ${shanghaiTime(i.at)}` };
}

export async function loadDesk(hospitalId: string, date: string): Promise<Envelope<Desk>> {
  const [totals, invoices, issues] = await Promise.all([
    api.orders.dailyTotals({ hospitalId, date }),
    api.invoices.list({ hospitalId, date }),
    api.orders.paymentIssues({ hospitalId }),
  ]);
  if (!totals.ok) return totals;
  if (!invoices.ok) return invoices;
  if (!issues.ok) return issues;
  return { ok: true, data: { totals: totals.data.totals, invoices: invoices.data.day, issues: issues.data.issues.map(issueRow) } };
}

/**
 * The date picker shows the device's own calendar: 'YYYY-MM-DD' ↔ that day's local midnight, so
 * the day picked is the day shown whatever the device's time zone.
 */
export function pickerValueOf(date: string): number {
  return dayjs(date).valueOf();
}

export function dateOfPicker(value: number): string {
  return dayjs(value).format('YYYY-MM-DD');
}

/** 2026-11-25（今天）, or the date alone. */
export function dateTextOf(date: string, today: string): string {
  return date === today ? `${date}（今天）` : date;
}
