/**
 * Forged payment notices cannot fill the database: one record per order number and reason with a
 * count and the last time seen, and at most MAX_ISSUES_PER_HOSPITAL_DAY records per hospital a day.
 */
import { MAX_ISSUES_PER_HOSPITAL_DAY } from '../../backend/handlers/orders/payment-issues';
import type { PaymentIssueView } from '../../miniprogram/shared/dto/billing';
import { startLocalSystem, type LocalSystem } from '../support/local-system';
import { deliver, orderDoc, successNotice, startPaidBooking } from '../support/payment-fixtures';

let sys: LocalSystem;

beforeEach(async () => {
  sys = await startLocalSystem();
});

const issues = async () =>
  (await sys.ok<{ issues: PaymentIssueView[] }>('orders', 'demo-billing-zz', { action: 'paymentIssues', hospitalId: 'h-zzcentral' })).issues;

describe('forged payment notices', () => {
  it('1,000 notices for one order, each with another transaction and amount, are one record per reason with a count', async () => {
    const b = await startPaidBooking(sys);
    const start = sys.ports.clock.now();
    for (let i = 0; i < 1000; i++) {
      sys.setNow(start + i * 1000);
      await deliver(sys, successNotice(b.outTradeNo, i % 2 === 0 ? 3500 : 1 + i, `42000000000000${String(i).padStart(8, '0')}`));
    }
    expect(await orderDoc(sys, b.orderId)).toMatchObject({ status: 'unpaid', paidFen: 0 });
    expect(await sys.ports.db.count('paymentIssues')).toBe(2);
    const listed = await issues();
    expect(listed.map((i) => i.count).sort((x, y) => x - y)).toEqual([500, 500]);
    expect(Math.max(...listed.map((i) => i.at))).toBe(start + 999 * 1000);
    expect(listed.every((i) => i.outTradeNo === b.outTradeNo)).toBe(true);
  });

  it('1,000 notices for order numbers that do not exist keep at most the day’s cap of records', async () => {
    for (let i = 0; i < 1000; i++) {
      await deliver(sys, successNotice(`PZFORGED${String(i).padStart(8, '0')}`, 3500, `4200${i}`));
    }
    const records = await sys.ports.db.count('paymentIssues');
    expect(records).toBe(MAX_ISSUES_PER_HOSPITAL_DAY);
    expect(MAX_ISSUES_PER_HOSPITAL_DAY).toBeLessThan(1000);
    sys.setNow(sys.ports.clock.now() + 24 * 3600_000);
    await deliver(sys, successNotice('PZFORGEDNEXTDAY1', 3500, '4200x'));
    expect(await sys.ports.db.count('paymentIssues')).toBe(records + 1);
  });

  it('a real order still gets its record when forged numbers filled the unknown-order cap', async () => {
    for (let i = 0; i < MAX_ISSUES_PER_HOSPITAL_DAY + 5; i++) await deliver(sys, successNotice(`PZFORGED${String(i).padStart(8, '0')}`, 3500, `4200${i}`));
    const b = await startPaidBooking(sys);
    await deliver(sys, successNotice(b.outTradeNo, 1, '4200real'));
    expect((await issues()).map((i) => i.outTradeNo)).toEqual([b.outTradeNo]);
  });
});
