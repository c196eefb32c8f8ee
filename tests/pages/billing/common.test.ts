import { billCard, billDetail, categoryTotals, findBill, yuan } from '../../../miniprogram/billing/common/bills';
import { mapEnvelope, recordView, viewOf } from '../../../miniprogram/stores/remote';
import { deadlineText, invoiceable, itemRows, orderCard, orderDetail, orderTagType, refundRows, timeText } from '../../../miniprogram/billing/common/order';
import { emptyTextOf, tabOf } from '../../../miniprogram/billing/orders/tabs';
import { outcomeOf, payResult } from '../../../miniprogram/billing/result/outcome';
import type { OrderItemView, OrderView, RefundView, VisitBill } from '../../../miniprogram/shared/dto/billing';
import { shanghaiInstant } from '../../../miniprogram/shared/time';

const NOW = shanghaiInstant('2026-11-25', '09:30');

function item(over: Partial<OrderItemView>): OrderItemView {
  return {
    code: 'REG',
    name: '挂号费',
    category: 'registration',
    categoryLabel: '挂号费',
    quantity: 1,
    unit: '次',
    unitText: '¥35.00',
    amountFen: 3500,
    amountText: '¥35.00',
    ...over,
  };
}

const CBC = item({
  code: 'LAB-CBC',
  name: '血常规（五分类）',
  category: 'lab',
  categoryLabel: '检验费',
  unitText: '¥20.00',
  amountFen: 2000,
  amountText: '¥20.00',
});
const CRP = item({ code: 'LAB-CRP', name: 'C反应蛋白', category: 'lab', categoryLabel: '检验费', unitText: '¥30.00', amountFen: 3000, amountText: '¥30.00' });
const IBU = item({
  code: 'DRUG-IBU',
  name: '布洛芬缓释胶囊',
  category: 'drug',
  categoryLabel: '药品费',
  quantity: 2,
  unit: '盒',
  unitText: '¥12.80',
  amountFen: 2560,
  amountText: '¥25.60',
});

function refund(over: Partial<RefundView>): RefundView {
  return {
    id: 'rf-1',
    amountFen: 1000,
    amountText: '¥10.00',
    reason: '多收费用',
    status: 'succeeded',
    statusLabel: '已退款',
    createdAt: NOW,
    settledAt: NOW + 60_000,
    ...over,
  };
}

function order(over: Partial<OrderView>): OrderView {
  return {
    id: 'ord-reg-1',
    hospitalId: 'h-zzcentral',
    kind: 'registration',
    title: '挂号费 心血管内科 陈立民',
    status: 'unpaid',
    statusLabel: '待支付',
    hospitalName: '郑州康宁医院',
    patientName: '张建国',
    departmentName: '心血管内科',
    doctorName: '陈立民',
    visitId: 'appt-1',
    items: [item({})],
    totalFen: 3500,
    totalText: '¥35.00',
    paidFen: 0,
    refundedFen: 0,
    refundedText: '¥0.00',
    refundableFen: 0,
    holdUntil: NOW + 15 * 60_000,
    createdAt: NOW,
    paidAt: null,
    refunds: [],
    payable: true,
    ...over,
  };
}

function bill(orders: OrderView[]): VisitBill {
  return {
    visitId: 'appt-1',
    date: '2026-11-25',
    hospitalName: '郑州康宁医院',
    departmentName: '心血管内科',
    doctorName: '陈立民',
    patientName: '张建国',
    orders,
    totalFen: 10560,
    paidFen: 3500,
    unpaidFen: 7060,
    refundedFen: 0,
    totalText: '¥105.60',
    paidText: '¥35.00',
    unpaidText: '¥70.60',
    refundedText: '¥0.00',
  };
}

describe('order display', () => {
  it('says by when to pay, only while the order may be paid and has a deadline', () => {
    expect(deadlineText(order({}))).toBe('请在09:45前完成支付，超时未支付，号源将自动释放。');
    expect(deadlineText(order({ kind: 'outpatient' }))).toBe('请在09:45前完成支付，超时订单将自动关闭。');
    expect(deadlineText(order({ holdUntil: null }))).toBe('');
    expect(deadlineText(order({ payable: false }))).toBe('');
  });

  it('tags each status, and offers the invoice only for money kept', () => {
    expect(orderTagType('unpaid')).toBe('warning');
    expect(orderTagType('paid')).toBe('success');
    expect(orderTagType('closed')).toBe('default');
    expect([invoiceable('paid'), invoiceable('partially_refunded'), invoiceable('refunded'), invoiceable('unpaid'), invoiceable('closed')]).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  it('writes items as quantity × unit price, and refunds with their settle time in Shanghai', () => {
    expect(itemRows([IBU, IBU])).toEqual([
      { key: '0-DRUG-IBU', name: '布洛芬缓释胶囊', categoryLabel: '药品费', quantityText: '2盒 × ¥12.80', amountText: '¥25.60' },
      { key: '1-DRUG-IBU', name: '布洛芬缓释胶囊', categoryLabel: '药品费', quantityText: '2盒 × ¥12.80', amountText: '¥25.60' },
    ]);
    expect(refundRows([refund({}), refund({ id: 'rf-2', status: 'pending', statusLabel: '退款中', settledAt: null })])).toEqual([
      { id: 'rf-1', amountText: '¥10.00', statusLabel: '已退款', tagType: 'success', reason: '多收费用', timeText: '2026-11-25 09:31' },
      { id: 'rf-2', amountText: '¥10.00', statusLabel: '退款中', tagType: 'warning', reason: '多收费用', timeText: '2026-11-25 09:30' },
    ]);
    expect(timeText(shanghaiInstant('2026-12-01', '23:59'))).toBe('2026-12-01 23:59');
  });

  it('makes the detail and the card of an order', () => {
    const paid = order({
      status: 'partially_refunded',
      statusLabel: '部分退款',
      payable: false,
      paidFen: 3500,
      paidAt: NOW + 60_000,
      refundedFen: 1000,
      refundedText: '¥10.00',
      refunds: [refund({})],
    });
    expect(orderDetail(order({}))).toMatchObject({
      payText: '支付 ¥35.00',
      deadlineText: '请在09:45前完成支付，超时未支付，号源将自动释放。',
      paidText: '',
      canInvoice: false,
      tagType: 'warning',
    });
    expect(orderDetail(paid)).toMatchObject({ deadlineText: '', paidText: '2026-11-25 09:31', canInvoice: true, createdText: '2026-11-25 09:30' });
    expect(orderCard(paid)).toEqual({
      id: 'ord-reg-1',
      title: '挂号费 心血管内科 陈立民',
      patientName: '张建国',
      place: '郑州康宁医院 · 心血管内科',
      statusLabel: '部分退款',
      tagType: 'primary',
      totalText: '¥35.00',
      refundedText: '已退 ¥10.00',
      createdText: '2026-11-25 09:30',
    });
    expect(orderCard(order({})).refundedText).toBe('');
  });
});

describe('bills', () => {
  const orders = [order({}), order({ id: 'ord-opd-1', kind: 'outpatient', items: [CBC, CRP] }), order({ id: 'ord-opd-2', kind: 'outpatient', items: [IBU] })];

  it('adds the items of each category across the visit’s orders, in first-seen order', () => {
    expect(categoryTotals(orders)).toEqual([
      { category: 'registration', label: '挂号费', amountFen: 3500, amountText: '¥35.00' },
      { category: 'lab', label: '检验费', amountFen: 5000, amountText: '¥50.00' },
      { category: 'drug', label: '药品费', amountFen: 2560, amountText: '¥25.60' },
    ]);
    expect(categoryTotals([])).toEqual([]);
    expect(yuan(0)).toBe('¥0.00');
    expect(yuan(1280)).toBe('¥12.80');
  });

  it('makes the card and the detail of a visit, and finds a visit by id', () => {
    const b = bill(orders);
    expect(billCard(b)).toMatchObject({
      visitText: '心血管内科 · 陈立民',
      orderCount: 3,
      totalText: '¥105.60',
      unpaidText: '¥70.60',
      hasUnpaid: true,
      hasRefund: false,
    });
    const d = billDetail(b);
    expect(d.orders.map((o) => o.id)).toEqual(['ord-reg-1', 'ord-opd-1', 'ord-opd-2']);
    expect(d.orders[1].items.map((i) => i.name)).toEqual(['血常规（五分类）', 'C反应蛋白']);
    expect(d.categories).toHaveLength(3);
    expect(findBill([b], 'appt-1')).toBe(b);
    expect(findBill([b], 'appt-2')).toBeNull();
  });
});

describe('payment result', () => {
  it('reads the outcome of a link, taking anything unknown as still processing', () => {
    expect([outcomeOf('paid'), outcomeOf('cancelled'), outcomeOf('pending'), outcomeOf(undefined), outcomeOf('x')]).toEqual([
      'paid',
      'cancelled',
      'pending',
      'pending',
      'pending',
    ]);
  });

  it('lets the order as it stands decide, and the outcome tell cancelled from processing', () => {
    const paid = order({ status: 'paid', payable: false });
    expect(payResult(paid, 'pending')).toMatchObject({ kind: 'success', title: '支付成功', appointmentId: 'appt-1' });
    expect(payResult(paid, 'pending').desc).toContain('预约成功');
    expect(payResult(order({}), 'cancelled')).toMatchObject({ kind: 'cancelled', title: '已取消支付', desc: '订单仍待支付，请在09:45前完成支付。' });
    expect(payResult(order({}), 'paid')).toMatchObject({ kind: 'pending', title: '支付处理中' });
    expect(payResult(order({ status: 'closed', payable: false }), 'cancelled')).toMatchObject({ kind: 'closed', title: '订单已关闭' });
    expect(payResult(order({ payable: false }), 'pending')).toMatchObject({ kind: 'closed' });
    expect(payResult(order({ status: 'refunded', payable: false, refundedText: '¥35.00' }), 'paid')).toMatchObject({
      kind: 'refunded',
      desc: '费用 ¥35.00 已原路退回。',
    });
    expect(payResult(order({ kind: 'outpatient', status: 'paid' }), 'paid')).toMatchObject({ appointmentId: '', desc: '已支付 ¥35.00。' });
  });
});

describe('orders tabs and loading', () => {
  it('takes the tab of a link, else 待支付', () => {
    expect([tabOf('paid'), tabOf('refunded'), tabOf('unpaid'), tabOf(undefined), tabOf('closed')]).toEqual(['paid', 'refunded', 'unpaid', 'unpaid', 'unpaid']);
    expect(emptyTextOf('refunded')).toBe('没有退款的订单');
  });

  it('treats an unknown record as empty and other failures as errors', async () => {
    expect(await recordView('', async () => ({ ok: true, data: 1 }))).toEqual({ status: 'empty', data: null, error: '' });
    expect(await recordView('x', async () => ({ ok: false, error: { code: 'NOT_FOUND', message: '找不到订单' } }))).toMatchObject({ status: 'empty' });
    expect(await recordView('x', async () => ({ ok: false, error: { code: 'FORBIDDEN', message: '没有权限' } }))).toEqual({
      status: 'error',
      data: null,
      error: '没有权限',
    });
    expect(
      viewOf(
        mapEnvelope({ ok: true, data: [1] }, (d) => d.length),
        (n) => n === 0,
      ),
    ).toEqual({ status: 'ready', data: 1, error: '' });
  });
});
