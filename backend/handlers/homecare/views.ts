/** Stored requests → the DTOs of miniprogram/shared/dto/homecare.ts. */
import { serviceFinished } from '../../domain/feedback/ratings';
import { addressText, maskedAddressText } from '../../../miniprogram/shared/address';
import type { CatalogItemView, HomecareView } from '../../../miniprogram/shared/dto/homecare';
import { HomecareStatus, homecareGroupLabels, homecareStatusLabels } from '../../../miniprogram/shared/enums';
import { feeText } from '../../../miniprogram/shared/money';
import { shanghaiDateTime, shanghaiTime } from '../../../miniprogram/shared/time';
import type { CatalogEntry } from '../../domain/homecare/catalog';
import type { HomecareRefund, HomecareRequestDoc } from '../../domain/homecare/docs';
import { cancelRefundFen, homecareNext } from '../../domain/homecare/requests';

const refundTexts: Record<HomecareRefund, string> = { none: '', owed: '退款处理中', refunded: '费用已原路退回', failed: '退款未成功，请联系医院收费处' };

export const catalogItemView = (e: CatalogEntry): CatalogItemView => ({
  code: e.code,
  name: e.name,
  feeText: `服务费${feeText(e.serviceFen)} + 上门费${feeText(e.travelFen)}`,
  serviceFen: e.serviceFen,
  travelFen: e.travelFen,
  needsOrder: e.needsOrder,
});

/** The nurse's check-in at the start: how far from the marked home, or that no position was given. */
function arrivalText(r: HomecareRequestDoc): string {
  const started = r.steps.some((s) => s.status === HomecareStatus.started);
  if (!started) return '';
  if (!r.startLocation) return '到达打卡：未取得位置';
  return r.startDistanceM === null ? '到达打卡：已记录位置（患者未在地图上标出住址）' : `到达打卡：距患者家约${r.startDistanceM}米`;
}

function cancelNote(r: HomecareRequestDoc): string {
  if (r.status === HomecareStatus.departed) return `护士已出发，取消后退回服务费${feeText(cancelRefundFen(r.status, r))}，上门费${feeText(r.travelFen)}不退`;
  if (r.status === HomecareStatus.paid || r.status === HomecareStatus.assigned) return `取消后已支付的${feeText(r.serviceFen + r.travelFen)}将全额退回`;
  return '取消后不收取费用';
}

/** The request as `viewer` reads it: its owner sees the address with the phone masked, staff in full. */
export function homecareView(r: HomecareRequestDoc, viewer: string): HomecareView {
  const v = r.vitals;
  return {
    id: r._id,
    hospitalId: r.hospitalId,
    status: r.status,
    statusLabel: homecareStatusLabels[r.status],
    patientName: r.patientName,
    groupLabel: homecareGroupLabels[r.group],
    serviceName: r.serviceName,
    feeText: feeText(r.serviceFen + r.travelFen),
    travelText: feeText(r.travelFen),
    windowText: `${shanghaiDateTime(r.windowStart)}–${shanghaiTime(r.windowEnd)}`,
    addressText: (r.openid === viewer ? maskedAddressText : addressText)(r.address),
    condition: r.condition,
    reason: r.reason,
    assessment: r.assessment,
    nurseName: r.nurseName,
    orderId: r.orderId,
    payable: r.status === HomecareStatus.accepted,
    cancellable: homecareNext[r.status].includes(HomecareStatus.cancelled),
    cancelNote: cancelNote(r),
    refundText: refundTexts[r.refund],
    serviceNote: r.serviceNote,
    homeLocation: r.homeLocation ?? null,
    arrivalText: arrivalText(r),
    vitalsText: v ? `体温${v.temperature}℃ 脉搏${v.pulse}次/分 血压${v.systolic}/${v.diastolic}mmHg 血氧${v.spo2}%` : '',
    rateable: serviceFinished('homecare', r.status),
    photoIds: r.photoIds,
    doctorOrderPhotoId: r.doctorOrderPhotoId,
    steps: r.steps.map((s) => ({ statusLabel: homecareStatusLabels[s.status], byName: s.byName, atText: shanghaiDateTime(s.at), note: s.note })),
  };
}
