/**
 * The online follow-up and its prescriptions, as state machines. Pure.
 *
 * Follow-up: unpaid → waiting (paid; free ones start here) → accepted (the doctor took it: the
 * treating doctor) → completed, or referred (come in person); declined by the doctor (full refund
 * at once) or withdrawn by the patient before a doctor accepts (refunded).
 *
 * Prescription: pending_review → approved (the pharmacist; becomes an order) → paid, or
 * pending_review → returned (with the reason) → pending_review (the doctor fixed it) …; cancelled
 * before dispensing (refunded). Nothing is dispensed before a pharmacist approved it.
 */
export const FollowupStatus = {
  unpaid: 'unpaid',
  waiting: 'waiting',
  accepted: 'accepted',
  completed: 'completed',
  referred: 'referred',
  declined: 'declined',
  withdrawn: 'withdrawn',
} as const;
export type FollowupStatus = (typeof FollowupStatus)[keyof typeof FollowupStatus];

export const followupStatusLabels: Record<FollowupStatus, string> = {
  unpaid: '待支付',
  waiting: '等待医生接诊',
  accepted: '医生已接诊',
  completed: '复诊已完成',
  referred: '医生建议到院面诊',
  declined: '医生未接诊（已全额退款）',
  withdrawn: '已撤回',
};

export type FollowupEvent = 'pay' | 'accept' | 'decline' | 'complete' | 'refer' | 'withdraw';

const S = FollowupStatus;
const followupMoves: Record<FollowupEvent, { from: FollowupStatus[]; to: FollowupStatus; refusal: string }> = {
  pay: { from: [S.unpaid], to: S.waiting, refusal: '该复诊当前不需要支付' },
  accept: { from: [S.waiting], to: S.accepted, refusal: '只有已支付、待接诊的复诊可以接诊' },
  decline: { from: [S.unpaid, S.waiting], to: S.declined, refusal: '已接诊的复诊不能再拒绝' },
  complete: { from: [S.accepted], to: S.completed, refusal: '接诊后才能结束复诊' },
  refer: { from: [S.accepted], to: S.referred, refusal: '接诊后才能建议到院面诊' },
  withdraw: { from: [S.unpaid, S.waiting], to: S.withdrawn, refusal: '医生已接诊，不能撤回' },
};

export function followupStep(from: FollowupStatus, event: FollowupEvent): { ok: true; to: FollowupStatus } | { ok: false; message: string } {
  const m = followupMoves[event];
  return m.from.includes(from) ? { ok: true, to: m.to } : { ok: false, message: m.refusal };
}

/** States in which the patient and the doctor may still write to each other. */
export const conversing = (s: FollowupStatus): boolean => s === S.waiting || s === S.accepted;

export const RxStatus = {
  pending_review: 'pending_review',
  returned: 'returned',
  approved: 'approved',
  paid: 'paid',
  cancelled: 'cancelled',
} as const;
export type RxStatus = (typeof RxStatus)[keyof typeof RxStatus];

export const rxStatusLabels: Record<RxStatus, string> = {
  pending_review: '药师审核中',
  returned: '药师退回，医生修改中',
  approved: '审核通过，待支付',
  paid: '已支付',
  cancelled: '已取消',
};

export type RxEvent = 'approve' | 'return' | 'revise' | 'pay' | 'cancel';

const R = RxStatus;
const rxMoves: Record<RxEvent, { from: RxStatus[]; to: RxStatus; refusal: string }> = {
  approve: { from: [R.pending_review], to: R.approved, refusal: '只有待审核的处方可以审核' },
  return: { from: [R.pending_review], to: R.returned, refusal: '只有待审核的处方可以退回' },
  revise: { from: [R.returned], to: R.pending_review, refusal: '只有被药师退回的处方可以修改' },
  pay: { from: [R.approved], to: R.paid, refusal: '审核通过后才能支付' },
  cancel: { from: [R.approved, R.paid], to: R.cancelled, refusal: '处方已发货或已取药，不能取消' },
};

export function rxStep(from: RxStatus, event: RxEvent): { ok: true; to: RxStatus } | { ok: false; message: string } {
  const m = rxMoves[event];
  return m.from.includes(from) ? { ok: true, to: m.to } : { ok: false, message: m.refusal };
}

/** Only the treating doctor (the one who accepted the follow-up) prescribes in it. */
export function prescriberProblem(followup: { status: FollowupStatus; doctorOpenid: string | null }, openid: string): string | null {
  if (followup.doctorOpenid !== openid) return '只有接诊医生可以开具处方';
  if (followup.status !== S.accepted) return '复诊进行中才能开具处方';
  return null;
}
