/** Stored follow-ups and prescriptions → the DTOs of miniprogram/shared/dto/online.ts. */
import { serviceFinished } from '../../domain/feedback/ratings';
import type { EncounterEventView, FollowupView, RxView } from '../../../miniprogram/shared/dto/online';
import { feeText } from '../../../miniprogram/shared/money';
import { shanghaiDateTime } from '../../../miniprogram/shared/time';
import { RX_NOTICE } from '../../domain/online/delivery';
import type { FollowupDoc, FollowupEventDoc, MoneyState, OnlineRxDoc } from '../../domain/online/docs';
import { FollowupStatus, followupStatusLabels, RxStatus, rxStatusLabels } from '../../domain/online/followups';
import { TYPE_LABELS } from '../../domain/records/prescription-rules';

const refundTexts: Record<MoneyState, string> = { none: '', owed: '退款处理中', refunded: '费用已原路退回', failed: '退款未成功，请联系医院收费处' };
const byRoleLabels: Record<FollowupEventDoc['byRole'], string> = { patient: '患者', doctor: '医生', pharmacist: '药师', system: '系统' };

export function rxView(rx: OnlineRxDoc): RxView {
  return {
    id: rx._id,
    followupId: rx.followupId,
    hospitalId: rx.hospitalId,
    patientName: rx.patientName,
    departmentName: rx.departmentName,
    doctorName: rx.doctorName,
    diagnosis: rx.diagnosis,
    kindLabel: rx.kind === 'renew' ? '续方' : '调整用药',
    typeLabel: TYPE_LABELS[rx.type],
    chronicNote: rx.chronicNote,
    status: rx.status,
    statusLabel: rxStatusLabels[rx.status],
    version: rx.version,
    returnReason: rx.status === RxStatus.returned ? rx.returnReason : '',
    reviewerName: rx.reviewerName,
    items: rx.items.map((i) => ({
      code: i.code,
      name: i.name,
      spec: i.spec,
      dose: i.dose,
      usage: `${i.frequency} ${i.route}`,
      days: i.days,
      quantity: i.quantity,
      packUnit: i.packUnit,
      amountText: feeText(i.amountFen),
    })),
    totalText: feeText(rx.totalFen),
    orderId: rx.orderId,
    payable: rx.status === RxStatus.approved,
    rxNotice: RX_NOTICE,
  };
}

export const eventView = (e: FollowupEventDoc): EncounterEventView => ({
  kind: e.kind,
  byName: e.byName,
  byRole: byRoleLabels[e.byRole],
  atText: shanghaiDateTime(e.at),
  text: e.text,
  ref: e.ref,
});

export function followupView(f: FollowupDoc, rxs: readonly OnlineRxDoc[], events: readonly FollowupEventDoc[]): FollowupView {
  return {
    id: f._id,
    hospitalId: f.hospitalId,
    status: f.status,
    statusLabel: followupStatusLabels[f.status],
    rateable: serviceFinished('followup', f.status),
    patientName: f.patientName,
    guardianText: f.guardian ? `监护人 ${f.guardian.name} 陪同` : '',
    departmentName: f.departmentName,
    doctorName: f.doctorName,
    qualifyingVisit: f.qualifyingVisit,
    changes: f.changes,
    feeText: feeText(f.feeFen),
    orderId: f.orderId,
    payable: f.status === FollowupStatus.unpaid,
    withdrawable: f.status === FollowupStatus.unpaid || f.status === FollowupStatus.waiting,
    reason: f.reason,
    refundText: refundTexts[f.refund],
    createdText: shanghaiDateTime(f.createdAt),
    reportIds: f.reportIds,
    photoIds: f.photoIds,
    prescriptions: rxs.map(rxView),
    events: events.map(eventView),
  };
}
