/**
 * A prescription's fulfilment after payment: delivery (the deliverable drugs by courier, the held
 * ones for pickup) or pickup of everything.
 *   delivery: fee_unpaid → paid → packed → shipped → received (the patient confirms, or 7 days after
 *   shipping on the timer); cancelled before shipping (drugs and fee refunded once).
 *   pickup: ready → picked_up; cancelled before pickup (drugs refunded once). Pure.
 */
export const DeliveryStatus = {
  fee_unpaid: 'fee_unpaid',
  paid: 'paid',
  packed: 'packed',
  shipped: 'shipped',
  received: 'received',
  ready: 'ready',
  picked_up: 'picked_up',
  cancelled: 'cancelled',
} as const;
export type DeliveryStatus = (typeof DeliveryStatus)[keyof typeof DeliveryStatus];

export const deliveryStatusLabels: Record<DeliveryStatus, string> = {
  fee_unpaid: '待支付快递费',
  paid: '待药房打包',
  packed: '已打包，待发货',
  shipped: '已发货',
  received: '已签收',
  ready: '待到药房取药',
  picked_up: '已取药',
  cancelled: '已取消',
};

export type DeliveryEvent = 'pay' | 'pack' | 'ship' | 'receive' | 'pick_up' | 'cancel';

const D = DeliveryStatus;
const moves: Record<DeliveryEvent, { from: DeliveryStatus[]; to: DeliveryStatus; refusal: string }> = {
  pay: { from: [D.fee_unpaid], to: D.paid, refusal: '当前不需要支付快递费' },
  pack: { from: [D.paid], to: D.packed, refusal: '快递费支付后才能打包' },
  ship: { from: [D.packed], to: D.shipped, refusal: '打包后才能发货' },
  receive: { from: [D.shipped], to: D.received, refusal: '发货后才能确认收货' },
  pick_up: { from: [D.ready], to: D.picked_up, refusal: '当前没有待取的药品' },
  cancel: { from: [D.fee_unpaid, D.paid, D.packed, D.ready], to: D.cancelled, refusal: '药品已发出或已取走，不能取消' },
};

export function deliveryStep(from: DeliveryStatus, event: DeliveryEvent): { ok: true; to: DeliveryStatus } | { ok: false; message: string } {
  const m = moves[event];
  return m.from.includes(from) ? { ok: true, to: m.to } : { ok: false, message: m.refusal };
}

export const AUTO_RECEIVE_DAYS = 7;

/** True when a parcel shipped at `shippedAt` is taken as received at `now` (7 days on). */
export const autoReceiveDue = (shippedAt: number, now: number): boolean => now - shippedAt >= AUTO_RECEIVE_DAYS * 86_400_000;

export const RX_NOTICE = '处方药须凭处方在药师指导下购买和使用';
