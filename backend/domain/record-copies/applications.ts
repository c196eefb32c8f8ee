/**
 * The medical-record copy application (医疗机构病历管理规定, 2013): who may apply with which
 * proofs, the fee, and the state machine
 *   submitted ⇄ more_needed → quoted → paid → copied → shipped, or refused / cancelled.
 * Pure: the caller passes `now` and claims the change from the state it read.
 */
import { type ApplicantType, CopyStatus as S, ProofKind, type CopyStatus } from '../../../miniprogram/shared/enums';
import type { CopyApplicationDoc, CopyStep } from './docs';

/** The proofs each kind of applicant must upload. */
export const requiredProofs: Record<ApplicantType, ProofKind[]> = {
  self: [ProofKind.applicant_id],
  agent: [ProofKind.patient_id, ProofKind.applicant_id, ProofKind.authorization],
  heir: [ProofKind.death_certificate, ProofKind.applicant_id, ProofKind.relationship],
  heir_agent: [ProofKind.death_certificate, ProofKind.heir_id, ProofKind.relationship, ProofKind.applicant_id, ProofKind.authorization],
};

/** The first required proof missing, or null. */
export function missingProof(type: ApplicantType, given: readonly ProofKind[]): ProofKind | null {
  return requiredProofs[type].find((k) => !given.includes(k)) ?? null;
}

export const DEFAULT_FEES = { perPageFen: 50, postageFen: 1200 } as const;

/** The fee for `pages` pages: per page plus postage, in fen. */
export const copyFee = (pages: number, fees: { perPageFen: number; postageFen: number }): number => pages * fees.perPageFen + fees.postageFen;

/** Proofs are kept 180 days after the application ended, then deleted by the timer. */
export const PROOF_KEEP_MS = 180 * 86_400_000;

export const copyNext: Record<CopyStatus, CopyStatus[]> = {
  submitted: [S.more_needed, S.refused, S.quoted, S.cancelled],
  more_needed: [S.submitted, S.refused, S.cancelled],
  quoted: [S.paid, S.cancelled],
  paid: [S.copied, S.cancelled],
  copied: [S.shipped],
  shipped: [],
  refused: [],
  cancelled: [],
};

export type CopyEvent =
  | { kind: 'requestMore'; reason: string }
  | { kind: 'refuse'; reason: string }
  | { kind: 'quote'; pages: number; feeFen: number; orderId: string }
  | { kind: 'resubmit'; proofs: CopyApplicationDoc['proofs'] }
  | { kind: 'pay' }
  | { kind: 'copy' }
  | { kind: 'ship'; carrier: string; trackingNo: string }
  | { kind: 'cancel' };

const targetOf: Record<CopyEvent['kind'], CopyStatus> = {
  requestMore: S.more_needed,
  refuse: S.refused,
  quote: S.quoted,
  resubmit: S.submitted,
  pay: S.paid,
  copy: S.copied,
  ship: S.shipped,
  cancel: S.cancelled,
};

const refusals: Record<CopyEvent['kind'], string> = {
  requestMore: '只有待审核的申请可以要求补充材料',
  refuse: '申请已受理收费，不能再驳回',
  quote: '只有待审核的申请可以核定页数',
  resubmit: '只有需补充材料的申请可以重新提交',
  pay: '该申请当前不需要支付',
  copy: '支付完成后才能复印',
  ship: '复印完成后才能寄出',
  cancel: '病历已复印，不能取消',
};

export type CopyTransition = { ok: true; from: CopyStatus; patch: Partial<CopyApplicationDoc> } | { ok: false; message: string };

const ENDED: CopyStatus[] = [S.shipped, S.refused, S.cancelled];

function noteOf(e: CopyEvent): string {
  switch (e.kind) {
    case 'requestMore':
    case 'refuse':
      return e.reason;
    case 'quote':
      return `${e.pages}页`;
    case 'ship':
      return `${e.carrier} ${e.trackingNo}`;
    default:
      return '';
  }
}

/** The change `event` makes to `a` at `now`, or why it is refused. */
export function copyTransition(
  a: Pick<CopyApplicationDoc, 'status' | 'steps' | 'feeFen'>,
  event: CopyEvent,
  by: { openid: string; name: string },
  now: number,
): CopyTransition {
  const to = targetOf[event.kind];
  if (!copyNext[a.status].includes(to)) return { ok: false, message: refusals[event.kind] };
  const step: CopyStep = { status: to, by: by.openid, byName: by.name, at: now, note: noteOf(event) };
  const patch: Partial<CopyApplicationDoc> = { status: to, steps: [...a.steps, step], updatedAt: now };
  if (ENDED.includes(to)) patch.purgeAt = now + PROOF_KEEP_MS;
  switch (event.kind) {
    case 'requestMore':
    case 'refuse':
      return { ok: true, from: a.status, patch: { ...patch, reason: event.reason } };
    case 'quote':
      return { ok: true, from: a.status, patch: { ...patch, pages: event.pages, feeFen: event.feeFen, orderId: event.orderId } };
    case 'resubmit':
      return { ok: true, from: a.status, patch: { ...patch, proofs: event.proofs, reason: '' } };
    case 'ship':
      return { ok: true, from: a.status, patch: { ...patch, carrier: event.carrier, trackingNo: event.trackingNo } };
    case 'cancel':
      // Quoted: the payment may land while cancelling, so the order is checked (and refunded) after.
      return { ok: true, from: a.status, patch: { ...patch, refund: (a.status === S.paid || a.status === S.quoted) && a.feeFen > 0 ? 'owed' : 'none' } };
    default:
      return { ok: true, from: a.status, patch };
  }
}
