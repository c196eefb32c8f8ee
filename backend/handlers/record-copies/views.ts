/** Stored applications → the DTOs of miniprogram/shared/dto/records.ts. */
import { addressText, maskedAddressText } from '../../../miniprogram/shared/address';
import type { ApplicationView } from '../../../miniprogram/shared/dto/record-copies';
import { CopyStatus, applicantTypeLabels, copyPurposeLabels, copyStatusLabels, proofKindLabels, recordPartLabels } from '../../../miniprogram/shared/enums';
import { feeText } from '../../../miniprogram/shared/money';
import { copyNext } from '../../domain/record-copies/applications';
import type { CopyApplicationDoc, CopyRefund } from '../../domain/record-copies/docs';
import { shanghaiDateTime as timeText } from '../../../miniprogram/shared/time';

const refundTexts: Record<CopyRefund, string> = { none: '', owed: '退款处理中', refunded: '费用已原路退回', failed: '退款未成功，请联系医院收费处' };

/** The application as `viewer` reads it: its owner sees the address with the phone masked, the records office in full. */
export function applicationView(a: CopyApplicationDoc, viewer: string): ApplicationView {
  return {
    id: a._id,
    hospitalId: a.hospitalId,
    hospitalName: a.hospitalName,
    status: a.status,
    statusLabel: copyStatusLabels[a.status],
    applicantType: a.applicantType,
    applicantTypeLabel: applicantTypeLabels[a.applicantType],
    applicantName: a.applicantName,
    patientName: a.patientName,
    visitTitles: a.visitTitles,
    parts: a.parts,
    partLabels: a.parts.map((p) => recordPartLabels[p]),
    partsText: a.parts.map((p) => recordPartLabels[p]).join('、'),
    purposeLabel: copyPurposeLabels[a.purpose],
    addressText: (a.openid === viewer ? maskedAddressText : addressText)(a.address),
    reason: a.reason,
    pages: a.pages,
    feeText: a.feeFen > 0 ? feeText(a.feeFen) : '',
    orderId: a.orderId,
    payable: a.status === CopyStatus.quoted,
    cancellable: copyNext[a.status].includes(CopyStatus.cancelled),
    carrier: a.carrier,
    trackingNo: a.trackingNo,
    refundText: refundTexts[a.refund],
    proofs: a.proofsPurged ? [] : a.proofs.map((p) => ({ kind: p.kind, label: proofKindLabels[p.kind], proofId: p.proofId })),
    proofsDeleted: a.proofsPurged,
    submittedText: timeText(a.createdAt),
    steps: a.steps.map((s) => ({ statusLabel: copyStatusLabels[s.status], byName: s.byName, atText: timeText(s.at), note: s.note })),
  };
}
