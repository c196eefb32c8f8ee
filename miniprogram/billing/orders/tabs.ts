/** The tabs of 我的订单 and the order list each asks the server for. */
export type OrdersTab = 'unpaid' | 'paid' | 'refunded';

export const ordersTabs: ReadonlyArray<{ name: OrdersTab; title: string; emptyText: string }> = [
  { name: 'unpaid', title: '待支付', emptyText: '没有待支付的订单' },
  { name: 'paid', title: '已支付', emptyText: '还没有已支付的订单' },
  { name: 'refunded', title: '退款', emptyText: '没有退款的订单' },
];

/** The tab named in a link (`?status=paid`), or 待支付. */
export function tabOf(name: string | undefined): OrdersTab {
  const found = ordersTabs.find((t) => t.name === name);
  return found ? found.name : 'unpaid';
}

export function emptyTextOf(tab: OrdersTab): string {
  const found = ordersTabs.find((t) => t.name === tab);
  return found ? found.emptyText : '';
}
