import type { RefundCandidate } from '../../miniprogram/shared/dto/billing';
import { shanghaiDate } from '../../miniprogram/shared/time';
import { startLocalSystem, type LocalSystem } from '../support/local-system';
import { deliver, payInSandbox, startPaidBooking, startPaidBookingToday, type PaidBooking } from '../support/payment-fixtures';

const ZZ = 'h-zzcentral';
const XY = 'h-xinyang-county';
const BILLING = 'demo-billing-zz';
let sys: LocalSystem;
let paid: PaidBooking;
let unpaid: PaidBooking;

beforeAll(async () => {
  sys = await startLocalSystem({ adminOpenids: ['platform-admin'] });
  paid = await startPaidBookingToday(sys, 1);
  await deliver(sys, await payInSandbox(sys, paid.outTradeNo));
  unpaid = await startPaidBooking(sys, 2);
  await sys.ok('staff', 'platform-admin', { action: 'grant', hospitalId: XY, openid: 'billing-xy-01', name: '收费员', role: 'billing' });
});

const find = (who: string, query: Record<string, unknown>) =>
  sys.call<{ orders: RefundCandidate[] }>('orders', who, { action: 'findForRefund', hospitalId: ZZ, ...query });
const found = async (query: Record<string, unknown>) => {
  const res = await find(BILLING, query);
  if (!res.ok) throw new Error(res.error.message);
  return res.data.orders;
};

describe('billing finds orders to refund by patient name, phone or visit day', () => {
  it('finds the paid order by name, by phone and by visit day, with a masked phone and what may be refunded; unpaid orders are left out', async () => {
    const today = shanghaiDate(sys.ports.clock.now());
    for (const query of [{ name: '张建国' }, { phone: '13803710001' }, { date: today }, { name: ' 张建国 ', date: today }]) {
      const orders = await found(query);
      expect(orders.map((o) => o.orderId)).toEqual([paid.orderId]);
    }
    const [o] = await found({ name: '张建国' });
    expect(o).toMatchObject({
      patientName: '张建国',
      phoneMasked: '138****0001',
      visitDate: today,
      doctorName: '陈立民',
      statusLabel: '已支付',
      paidText: '¥35.00',
      refundableFen: 3500,
      refundableText: '¥35.00',
    });
    expect(o.paidAtText).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/);
    expect((await found({ name: '张建国' })).some((x) => x.orderId === unpaid.orderId)).toBe(false);
  });

  it('criteria together narrow the search; nothing matching is an empty list', async () => {
    expect(await found({ name: '张建国', date: '2026-11-28' })).toEqual([]);
    expect(await found({ name: '李四' })).toEqual([]);
    expect(await found({ phone: '13900000000' })).toEqual([]);
  });

  it('asks for at least one criterion and checks the phone', async () => {
    expect(await find(BILLING, {})).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', field: 'name', message: '请填写就诊人姓名、手机号或就诊日期' },
    });
    expect(await find(BILLING, { name: '  ' })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', field: 'name' } });
    expect(await find(BILLING, { phone: '1380371' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', field: 'phone', message: '请填写11位手机号' },
    });
  });

  it('only the billing role of that hospital may search: patients, other roles and other hospitals are refused', async () => {
    for (const who of ['demo-patient', 'demo-editor-zz', 'demo-nurse-zz', 'billing-xy-01']) {
      expect(await find(who, { name: '张建国' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    const county = await sys.call<{ orders: RefundCandidate[] }>('orders', 'billing-xy-01', { action: 'findForRefund', hospitalId: XY, name: '张建国' });
    expect(county).toMatchObject({ ok: true, data: { orders: [] } });
    expect((await find('demo-admin-zz', { name: '张建国' })).ok).toBe(true);
  });
});
