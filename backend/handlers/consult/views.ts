/** Stored consultations → the DTOs of miniprogram/shared/dto/consult.ts. */
import { serviceFinished } from '../../domain/feedback/ratings';
import type { ConsultImageView, ConsultMessageView, ConsultView } from '../../../miniprogram/shared/dto/consult';
import { relationLabels } from '../../../miniprogram/shared/enums';
import { feeText } from '../../../miniprogram/shared/money';
import { shanghaiDateTime } from '../../../miniprogram/shared/time';
import { MAX_FOLLOW_UPS, followUpRefusal, statusLabels, visitLabels } from '../../domain/online/consult';
import type { ConsultDoc, ConsultMessageDoc } from '../../domain/online/consult-docs';

const refundTexts: Record<ConsultDoc['refund'], string> = {
  none: '',
  owed: '退款处理中',
  refunded: '咨询费已原路退回',
  failed: '退款未成功，请联系医院收费处',
};

export function consultView(c: ConsultDoc, now: number): ConsultView {
  return {
    id: c._id,
    hospitalId: c.hospitalId,
    hospitalName: c.hospitalName,
    status: c.status,
    statusLabel: statusLabels[c.status],
    rateable: serviceFinished('consult', c.status),
    patientId: c.patientId,
    patientName: c.patientName,
    whoseLabel: relationLabels[c.relation],
    target: c.target,
    doctorId: c.doctorId,
    doctorName: c.doctorName,
    departmentId: c.departmentId,
    departmentName: c.departmentName,
    acceptedByName: c.acceptedByName,
    feeFen: c.feeFen,
    feeText: c.feeFen === 0 ? '免费' : feeText(c.feeFen),
    orderId: c.orderId ?? '',
    redFlag: c.redFlag,
    redFlagLabels: c.redFlagLabels,
    redFlagText: c.redFlagLabels.join('、'),
    summary: c.summary,
    createdAtText: shanghaiDateTime(c.createdAt),
    answerByText: c.status === 'waiting' && c.answerBy !== null ? shanghaiDateTime(c.answerBy) : '',
    closesAtText: c.status === 'accepted' && c.closesAt !== null ? shanghaiDateTime(c.closesAt) : '',
    followUpsLeft: Math.max(0, MAX_FOLLOW_UPS - c.followUps),
    reason: c.reason,
    refundText: c.refund === 'owed' && c.waitingSince === null ? '订单已关闭，未收取费用' : refundTexts[c.refund],
    payable: c.status === 'unpaid' && c.orderId !== null,
    withdrawable: c.status === 'unpaid' || c.status === 'waiting',
    canFollowUp: followUpRefusal(c, now) === null,
    endable: c.status === 'accepted',
  };
}

export function messageView(m: ConsultMessageDoc, images: ConsultImageView[]): ConsultMessageView {
  const a = m.answer;
  return {
    id: m._id,
    kind: m.kind,
    byName: m.byName,
    atText: shanghaiDateTime(m.at),
    text: m.text,
    images,
    answer: a ? { ...a, visitLabel: visitLabels[a.visit] } : null,
  };
}
