/**
 * The `delivery` cloud function (药品快递, docs/online.md): for a paid online prescription, the
 * quote (each drug checked against the deliverability list: deliverable, or held for pickup with
 * the reason; the fee by region), delivery or pickup, the pharmacy's console (pack, carrier and
 * tracking number, shipped with a consented subscribe message, hand over at the window), the
 * patient's timeline, receipt (or 7 days after shipping on the timer), and cancelling before
 * shipping — the drugs and the fee refunded once each through the refund ledger.
 */
import { serviceFinished } from '../../domain/feedback/ratings';
import { addressText, maskedAddressText } from '../../../miniprogram/shared/address';
import { delivery } from '../../../miniprogram/shared/contract/delivery';
import type { DeliveryLineView, DeliveryView } from '../../../miniprogram/shared/dto/online';
import { StaffRole } from '../../../miniprogram/shared/enums';
import { ErrorCode } from '../../../miniprogram/shared/errors';
import { feeText } from '../../../miniprogram/shared/money';
import { shanghaiDate, shanghaiDateTime } from '../../../miniprogram/shared/time';
import { wechatTime } from '../../domain/messages/shape';
import { autoReceiveDue, deliveryStatusLabels, deliveryStep, DeliveryStatus, RX_NOTICE, type DeliveryEvent } from '../../domain/online/delivery';
import { splitForDelivery } from '../../domain/online/deliverability';
import type { DeliveryDoc, DeliveryItem, MoneyState, OnlineRxDoc } from '../../domain/online/docs';
import { formularyDrug } from '../../domain/online/formulary';
import { RxStatus } from '../../domain/online/followups';
import { DELIVERY_NOT_SERVED, deliveryFeeFen, HOME_PROVINCE } from '../../domain/online/shipping';
import { MAX_PAGE, type Ports } from '../../ports';
import { ensureServiceOrder, servicePaid, settleServiceCancel } from '../orders/service-orders';
import { AppError, notFound } from '../framework/app-error';
import type { Ctx } from '../framework/context';
import { action, defineFunction } from '../framework/define';
import { eachIsolated } from '../framework/isolated';
import { isPharmacist, settingsOf, staffNameIn } from '../followup/access';
import { insertOnce } from '../framework/insert-once';
import { syncRxPaid } from '../followup/money';
import { refuse } from '../framework/photo-upload';
import { either, hiddenFromPatients, owner, staff } from '../framework/who';

const deliveryId = (rxId: string): string => `dl-${rxId}`;
const feeOrderId = (rxId: string): string => `dlfee-${rxId}`;

async function rxFor(ctx: Ctx, prescriptionId: string, ...parties: Array<'owner' | 'pharmacy'>): Promise<OnlineRxDoc> {
  const rx = await ctx.db.get<OnlineRxDoc>('onlinePrescriptions', prescriptionId);
  if (!rx) throw notFound('处方');
  if (parties.includes('owner') && rx.openid === ctx.user()) return syncRxPaid(ctx.ports, rx, ctx.now);
  if (parties.includes('pharmacy') && (await isPharmacist(ctx, rx.hospitalId))) return syncRxPaid(ctx.ports, rx, ctx.now);
  // What only the owner does is another account's item to everyone else, staff too: NOT_FOUND.
  if (!parties.includes('pharmacy')) throw notFound('处方');
  return refuse(ctx, '处方');
}

function lines(rx: OnlineRxDoc, shipsCold: boolean) {
  const withDrugs = rx.items.map((i) => {
    const drug = formularyDrug(i.code);
    if (!drug) throw new AppError(ErrorCode.STATE_CONFLICT, `药品${i.name}已不在线上目录中，请到药房咨询`);
    return { drug, item: { code: i.code, name: i.name, spec: i.spec, quantity: i.quantity, packUnit: i.packUnit } satisfies DeliveryItem };
  });
  const { deliverable, held } = splitForDelivery(withDrugs, shipsCold);
  return {
    deliverable: deliverable.map((x) => x.item),
    held: held.map((x) => ({ ...x.item, reason: x.reason })),
    cold: deliverable.some((x) => x.drug.coldChain === true),
  };
}

const lineView = (x: DeliveryItem & { reason?: string }): DeliveryLineView => ({
  code: x.code,
  name: x.name,
  spec: x.spec,
  quantity: x.quantity,
  packUnit: x.packUnit,
  reason: x.reason ?? '',
});

function mustBePaid(rx: OnlineRxDoc): void {
  if (rx.status !== RxStatus.paid)
    throw new AppError(ErrorCode.STATE_CONFLICT, rx.status === RxStatus.approved ? '请先支付处方药费，再选择配送或取药' : '处方审核通过并支付后才能配送或取药');
}

export const quote = action(delivery.quote, {
  who: either(owner(), staff('pharmacist')),
  offer: { key: 'delivery', from: { field: 'prescriptionId', collection: 'onlinePrescriptions' } },
  async run({ prescriptionId, province }, ctx) {
    const rx = await rxFor(ctx, prescriptionId, 'owner', 'pharmacy');
    const settings = await settingsOf(ctx.db, rx.hospitalId);
    const { deliverable, held, cold } = lines(rx, settings.shipsCold);
    const fee = deliverable.length > 0 ? deliveryFeeFen(province || HOME_PROVINCE, cold) : null;
    const note =
      deliverable.length === 0
        ? '处方中的药品都需要到医院药房领取'
        : fee === null
          ? DELIVERY_NOT_SERVED
          : held.length > 0
            ? '部分药品不能快递，将拆分：可快递的寄出，其余请到药房领取'
            : '';
    return {
      deliverable: deliverable.map(lineView),
      held: held.map(lineView),
      feeFen: fee ?? 0,
      feeText: feeText(fee ?? 0),
      deliverableAt: fee !== null,
      note,
      rxNotice: RX_NOTICE,
    };
  },
});

const refundTexts: Record<MoneyState, string> = { none: '', owed: '退款处理中', refunded: '药费和快递费已原路退回', failed: '退款未成功，请联系医院收费处' };

/** The delivery as `viewer` reads it: its owner sees the address with the phone masked, the pharmacy in full. */
function deliveryView(d: DeliveryDoc, viewer: string): DeliveryView {
  return {
    id: d._id,
    prescriptionId: d.prescriptionId,
    hospitalId: d.hospitalId,
    patientName: d.patientName,
    mode: d.mode,
    modeLabel: d.mode === 'delivery' ? '快递到家' : '到院取药',
    status: d.status,
    statusLabel: deliveryStatusLabels[d.status],
    rateable: serviceFinished('delivery', d.status),
    deliverable: d.deliverable.map(lineView),
    held: d.held.map(lineView),
    addressText: d.address ? (d.openid === viewer ? maskedAddressText : addressText)(d.address) : '',
    feeText: feeText(d.feeFen),
    feeOrderId: d.feeOrderId,
    payable: d.status === DeliveryStatus.fee_unpaid,
    carrier: d.carrier,
    trackingNo: d.trackingNo,
    cancellable: deliveryStep(d.status, 'cancel').ok && d.heldPickedUpAt === null,
    receivable: d.status === DeliveryStatus.shipped,
    refundText: refundTexts[d.refund],
    heldPickedUp: d.heldPickedUpAt !== null,
    steps: d.steps.map((s) => ({ statusLabel: deliveryStatusLabels[s.status], byName: s.byName, atText: shanghaiDateTime(s.at), note: s.note })),
    rxNotice: RX_NOTICE,
  };
}

/** A delivery whose fee arrived moves to `paid`. */
async function syncFeePaid(ports: Ports, d: DeliveryDoc, now: number): Promise<DeliveryDoc> {
  if (d.status !== DeliveryStatus.fee_unpaid || !d.feeOrderId || !(await servicePaid(ports, d.feeOrderId))) return d;
  const step = { status: DeliveryStatus.paid, byName: '微信支付', at: now, note: '快递费已支付' };
  await ports.db.update(
    'deliveries',
    { _id: d._id, status: DeliveryStatus.fee_unpaid },
    { set: { status: DeliveryStatus.paid, steps: [...d.steps, step], updatedAt: now } },
  );
  return (await ports.db.get<DeliveryDoc>('deliveries', d._id)) ?? d;
}

async function move(
  ctx: Ctx,
  d: DeliveryDoc,
  event: DeliveryEvent,
  byName: string,
  note: string,
  patch: Partial<DeliveryDoc>,
  done: (x: DeliveryDoc) => boolean,
): Promise<DeliveryDoc> {
  if (done(d)) return d;
  const step = deliveryStep(d.status, event);
  if (!step.ok) throw new AppError(ErrorCode.STATE_CONFLICT, step.message);
  const set = { ...patch, status: step.to, steps: [...d.steps, { status: step.to, byName, at: ctx.now, note }], updatedAt: ctx.now };
  const n = await ctx.db.update('deliveries', { _id: d._id, status: d.status, updatedAt: d.updatedAt }, { set });
  const now = (await ctx.db.get<DeliveryDoc>('deliveries', d._id)) ?? d;
  if (n === 0 && !done(now)) throw new AppError(ErrorCode.STATE_CONFLICT, '该配送刚被处理，请刷新后再试');
  return now;
}

async function deliveryFor(ctx: Ctx, prescriptionId: string, ...parties: Array<'owner' | 'pharmacy'>): Promise<{ rx: OnlineRxDoc; d: DeliveryDoc }> {
  const rx = await rxFor(ctx, prescriptionId, ...parties);
  const d = await ctx.db.get<DeliveryDoc>('deliveries', deliveryId(rx._id));
  if (!d) throw new AppError(ErrorCode.NOT_FOUND, '尚未选择配送或取药方式');
  return { rx, d: await syncFeePaid(ctx.ports, d, ctx.now) };
}

/** The delivery fee's order (`dlfee-<prescription>`), made once; a retry of `choose` makes one a crash left missing. */
function ensureFeeOrder(ports: Ports, rx: OnlineRxDoc, d: DeliveryDoc): Promise<void> {
  if (!d.feeOrderId) return Promise.resolve();
  return ensureServiceOrder(
    ports,
    {
      _id: d.feeOrderId,
      hospitalId: rx.hospitalId,
      hospitalName: rx.hospitalName,
      openid: rx.openid,
      patientId: rx.patientId,
      patientName: rx.patientName,
      visitId: rx.followupId,
      visitDate: shanghaiDate(d.createdAt),
      departmentName: '药品快递',
      title: '药品快递费',
      items: [{ code: 'DELIVERY-FEE', name: '药品快递费', category: 'service', quantity: 1, unit: '次', unitFen: d.feeFen, amountFen: d.feeFen }],
    },
    d.createdAt,
  );
}

export const choose = action(delivery.choose, {
  who: owner(),
  offer: { key: 'delivery', from: { field: 'prescriptionId', collection: 'onlinePrescriptions' } },
  async run({ prescriptionId, mode, address }, ctx) {
    const rx = await rxFor(ctx, prescriptionId, 'owner');
    const existing = await ctx.db.get<DeliveryDoc>('deliveries', deliveryId(rx._id));
    if (existing) {
      await ensureFeeOrder(ctx.ports, rx, existing);
      return { delivery: deliveryView(await syncFeePaid(ctx.ports, existing, ctx.now), ctx.user()) };
    }
    mustBePaid(rx);
    const settings = await settingsOf(ctx.db, rx.hospitalId);
    const split = lines(rx, settings.shipsCold);
    const all = [...split.deliverable, ...split.held.map(({ reason: _r, ...x }) => x)];
    let doc: DeliveryDoc;
    const base = {
      _id: deliveryId(rx._id),
      prescriptionId: rx._id,
      hospitalId: rx.hospitalId,
      openid: rx.openid,
      patientName: rx.patientName,
      carrier: '',
      trackingNo: '',
      shippedAt: null,
      heldPickedUpAt: null,
      refund: 'none' as const,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    if (mode === 'delivery') {
      if (split.deliverable.length === 0) throw new AppError(ErrorCode.STATE_CONFLICT, '处方中的药品都不能快递，请选择到院取药', 'mode');
      if (!address) throw new AppError(ErrorCode.VALIDATION_FAILED, '请选择或填写收货地址', 'address');
      const fee = deliveryFeeFen(address.province, split.cold);
      if (fee === null) throw new AppError(ErrorCode.VALIDATION_FAILED, DELIVERY_NOT_SERVED, 'address');
      const status = fee > 0 ? DeliveryStatus.fee_unpaid : DeliveryStatus.paid;
      const note = split.held.length > 0 ? `拆分配送：${split.held.map((h) => h.name).join('、')}需到药房领取` : '';
      doc = {
        ...base,
        mode,
        deliverable: split.deliverable,
        held: split.held,
        address,
        feeFen: fee,
        feeOrderId: fee > 0 ? feeOrderId(rx._id) : null,
        status,
        steps: [{ status, byName: rx.patientName, at: ctx.now, note }],
      };
    } else {
      doc = {
        ...base,
        mode,
        deliverable: [],
        held: all.map((x) => ({ ...x, reason: '到院取药' })),
        address: null,
        feeFen: 0,
        feeOrderId: null,
        status: DeliveryStatus.ready,
        steps: [{ status: DeliveryStatus.ready, byName: rx.patientName, at: ctx.now, note: '请到门诊西药房凭处方取药' }],
      };
    }
    await insertOnce(ctx.db, 'deliveries', doc);
    const stored = (await ctx.db.get<DeliveryDoc>('deliveries', doc._id)) ?? doc;
    await ensureFeeOrder(ctx.ports, rx, stored);
    return { delivery: deliveryView(stored, ctx.user()) };
  },
});

export const get = action(delivery.get, {
  who: either(owner(), staff('pharmacist')),
  async run({ prescriptionId }, ctx) {
    return { delivery: deliveryView((await deliveryFor(ctx, prescriptionId, 'owner', 'pharmacy')).d, ctx.user()) };
  },
});

export const receive = action(delivery.receive, {
  who: owner(),
  async run({ prescriptionId }, ctx) {
    const { d } = await deliveryFor(ctx, prescriptionId, 'owner');
    return {
      delivery: deliveryView(await move(ctx, d, 'receive', d.patientName, '患者确认收货', {}, (x) => x.status === DeliveryStatus.received), ctx.user()),
    };
  },
});

/** Refunds a cancelled fulfilment's orders (drugs, then the fee), each once; answers the combined state. */
async function settleCancelled(ports: Ports, rx: OnlineRxDoc, d: DeliveryDoc | null, now: number): Promise<MoneyState> {
  const outcomes = [];
  if (rx.orderId)
    outcomes.push(
      await settleServiceCancel(ports, {
        orderId: rx.orderId,
        requestKey: `rx-cancel:${rx._id}`,
        amountFen: null,
        reason: '取消在线复诊处方，药费退回',
        requestedBy: rx.openid,
        now,
      }),
    );
  if (d?.feeOrderId)
    outcomes.push(
      await settleServiceCancel(ports, {
        orderId: d.feeOrderId,
        requestKey: `dl-cancel:${rx._id}`,
        amountFen: null,
        reason: '取消药品快递，快递费退回',
        requestedBy: rx.openid,
        now,
      }),
    );
  if (outcomes.some((o) => o === 'wait' || o === 'pending')) return 'owed';
  return outcomes.some((o) => o === 'failed') ? 'failed' : outcomes.some((o) => o === 'refunded') ? 'refunded' : 'none';
}

export const cancel = action(delivery.cancel, {
  who: owner(),
  async run({ prescriptionId }, ctx) {
    const rx = await rxFor(ctx, prescriptionId, 'owner');
    const found = await ctx.db.get<DeliveryDoc>('deliveries', deliveryId(rx._id));
    const d = found ? await syncFeePaid(ctx.ports, found, ctx.now) : null;
    if (d && d.heldPickedUpAt !== null) throw new AppError(ErrorCode.STATE_CONFLICT, '部分药品已在药房领取，不能整单取消，请联系药房');
    const cancelled = d ? await move(ctx, d, 'cancel', rx.patientName, '患者取消', { refund: 'owed' }, (x) => x.status === DeliveryStatus.cancelled) : null;
    if (rx.status !== RxStatus.cancelled) {
      if (rx.status !== RxStatus.approved && rx.status !== RxStatus.paid) throw new AppError(ErrorCode.STATE_CONFLICT, '处方当前不能取消');
      await ctx.db.update(
        'onlinePrescriptions',
        { _id: rx._id, status: rx.status },
        { set: { status: RxStatus.cancelled, refund: 'owed', updatedAt: ctx.now } },
      );
    }
    const state = await settleCancelled(ctx.ports, rx, cancelled, ctx.now);
    if (state !== 'owed') {
      await ctx.db.update('onlinePrescriptions', { _id: rx._id, refund: 'owed' }, { set: { refund: state, updatedAt: ctx.now } });
      if (cancelled) await ctx.db.update('deliveries', { _id: cancelled._id, refund: 'owed' }, { set: { refund: state, updatedAt: ctx.now } });
    }
    const after = cancelled ? await ctx.db.get<DeliveryDoc>('deliveries', cancelled._id) : null;
    return { delivery: after ? deliveryView(after, ctx.user()) : null, refundText: refundTexts[state] };
  },
});

export const worklist = action(delivery.worklist, {
  who: staff('pharmacist'),
  async run({ hospitalId }, ctx) {
    await ctx.requireRole(hospitalId, StaffRole.pharmacist);
    const open = [DeliveryStatus.fee_unpaid, DeliveryStatus.paid, DeliveryStatus.packed, DeliveryStatus.shipped, DeliveryStatus.ready];
    const list = await ctx.db.find<DeliveryDoc>('deliveries', { where: { hospitalId, status: { in: open } }, orderBy: [['createdAt', 'asc']], limit: 100 });
    return { deliveries: (await Promise.all(list.map((d) => syncFeePaid(ctx.ports, d, ctx.now)))).map((d) => deliveryView(d, ctx.user())) };
  },
});

export const pack = action(delivery.pack, {
  who: hiddenFromPatients(staff('pharmacist')),
  async run({ prescriptionId }, ctx) {
    const { d } = await deliveryFor(ctx, prescriptionId, 'pharmacy');
    return {
      delivery: deliveryView(
        await move(ctx, d, 'pack', await staffNameIn(ctx, d.hospitalId), '药房已核对打包', {}, (x) => x.status === DeliveryStatus.packed),
        ctx.user(),
      ),
    };
  },
});

export const ship = action(delivery.ship, {
  who: hiddenFromPatients(staff('pharmacist')),
  async run({ prescriptionId, carrier, trackingNo }, ctx) {
    const { d } = await deliveryFor(ctx, prescriptionId, 'pharmacy');
    const shipped = await move(
      ctx,
      d,
      'ship',
      await staffNameIn(ctx, d.hospitalId),
      `${carrier} ${trackingNo}`,
      { carrier, trackingNo, shippedAt: ctx.now },
      (x) => x.status === DeliveryStatus.shipped,
    );
    await ctx.ports.notifier.notify({
      openid: shipped.openid,
      hospitalId: shipped.hospitalId,
      kind: 'delivery_shipped',
      key: `delivery:${shipped._id}`,
      page: `online/delivery-status/index?prescriptionId=${shipped.prescriptionId}`,
      data: { item: `${shipped.patientName}的处方药品`, trackingNo, carrier, time: wechatTime(ctx.now) },
    });
    return { delivery: deliveryView(shipped, ctx.user()) };
  },
});

export const handOver = action(delivery.handOver, {
  who: hiddenFromPatients(staff('pharmacist')),
  async run({ prescriptionId }, ctx) {
    const { d } = await deliveryFor(ctx, prescriptionId, 'pharmacy');
    const name = await staffNameIn(ctx, d.hospitalId);
    if (d.mode === 'pickup')
      return { delivery: deliveryView(await move(ctx, d, 'pick_up', name, '患者已在药房取药', {}, (x) => x.status === DeliveryStatus.picked_up), ctx.user()) };
    if (d.held.length === 0) throw new AppError(ErrorCode.STATE_CONFLICT, '该配送没有需到药房领取的药品');
    if (d.heldPickedUpAt === null) {
      const step = { status: d.status, byName: name, at: ctx.now, note: `药房已发放：${d.held.map((h) => h.name).join('、')}` };
      await ctx.db.update(
        'deliveries',
        { _id: d._id, heldPickedUpAt: null },
        { set: { heldPickedUpAt: ctx.now, steps: [...d.steps, step], updatedAt: ctx.now } },
      );
    }
    return { delivery: deliveryView((await ctx.db.get<DeliveryDoc>('deliveries', d._id)) ?? d, ctx.user()) };
  },
});

/** Every 10 minutes: fees that arrived, parcels received 7 days after shipping, refunds still owed. */
async function deliveryTimer(ctx: Ctx): Promise<Record<string, number>> {
  const unpaid = await ctx.db.find<DeliveryDoc>('deliveries', {
    where: { status: DeliveryStatus.fee_unpaid },
    orderBy: [['updatedAt', 'asc']],
    limit: MAX_PAGE,
  });
  const paid = await eachIsolated(ctx, 'delivery', 'paid', unpaid, async (d) => (await syncFeePaid(ctx.ports, d, ctx.now)).status === DeliveryStatus.paid);
  const shipped = await ctx.db.find<DeliveryDoc>('deliveries', { where: { status: DeliveryStatus.shipped }, orderBy: [['updatedAt', 'asc']], limit: MAX_PAGE });
  const received = await eachIsolated(ctx, 'delivery', 'autoReceive', shipped, async (d) => {
    if (d.shippedAt === null || !autoReceiveDue(d.shippedAt, ctx.now)) return false;
    await move(ctx, d, 'receive', '系统', '发货满7天，自动确认收货', {}, (x) => x.status === DeliveryStatus.received);
    return true;
  });
  const owed = await ctx.db.find<DeliveryDoc>('deliveries', { where: { refund: 'owed' }, orderBy: [['updatedAt', 'asc']], limit: MAX_PAGE });
  const refunds = await eachIsolated(ctx, 'delivery', 'refund', owed, async (d) => {
    const rx = await ctx.db.get<OnlineRxDoc>('onlinePrescriptions', d.prescriptionId);
    if (!rx) return false;
    const state = await settleCancelled(ctx.ports, rx, d, ctx.now);
    if (state === 'owed') return false;
    await ctx.db.update('deliveries', { _id: d._id, refund: 'owed' }, { set: { refund: state, updatedAt: ctx.now } });
    await ctx.db.update('onlinePrescriptions', { _id: rx._id, refund: 'owed' }, { set: { refund: state, updatedAt: ctx.now } });
    return true;
  });
  const rxOwed = await ctx.db.find<OnlineRxDoc>('onlinePrescriptions', { where: { refund: 'owed' }, orderBy: [['updatedAt', 'asc']], limit: MAX_PAGE });
  const rxRefunds = await eachIsolated(ctx, 'delivery', 'rxRefund', rxOwed, async (rx) => {
    const state = await settleCancelled(ctx.ports, rx, await ctx.db.get<DeliveryDoc>('deliveries', deliveryId(rx._id)), ctx.now);
    if (state === 'owed') return false;
    await ctx.db.update('onlinePrescriptions', { _id: rx._id, refund: 'owed' }, { set: { refund: state, updatedAt: ctx.now } });
    return true;
  });
  return {
    paid: paid.done,
    received: received.done,
    refundsSettled: refunds.done + rxRefunds.done,
    failed: paid.failed + received.failed + refunds.failed + rxRefunds.failed,
  };
}

export const deliveryFunction = defineFunction('delivery', delivery, { quote, choose, get, receive, cancel, worklist, pack, ship, handOver }, deliveryTimer);
