/**
 * 病历邮寄 domain: who may apply with which proofs, the fee, and the application's state machine
 * (every allowed and refused transition). Pure: times are explicit Asia/Shanghai instants.
 */
import {
  copyFee,
  copyNext,
  copyTransition,
  missingProof,
  PROOF_KEEP_MS,
  requiredProofs,
  type CopyEvent,
} from '../../backend/domain/record-copies/applications';
import { CopyStatus, type CopyStatus as Status } from '../../miniprogram/shared/enums';
import { shanghaiInstant } from '../../miniprogram/shared/time';

const NOW = shanghaiInstant('2026-11-25', '10:00');
const by = { openid: 'rec-1', name: '病案室赵敏' };

describe('who applies with which proofs', () => {
  it('the patient: ID; an agent: both IDs and the signed authorisation; an heir: death certificate, ID and relationship', () => {
    expect(requiredProofs.self).toEqual(['applicant_id']);
    expect(requiredProofs.agent).toEqual(['patient_id', 'applicant_id', 'authorization']);
    expect(requiredProofs.heir).toEqual(['death_certificate', 'applicant_id', 'relationship']);
    expect(requiredProofs.heir_agent).toEqual(['death_certificate', 'heir_id', 'relationship', 'applicant_id', 'authorization']);
  });
  it('names the first proof missing', () => {
    expect(missingProof('agent', ['applicant_id'])).toBe('patient_id');
    expect(missingProof('agent', ['patient_id', 'applicant_id'])).toBe('authorization');
    expect(missingProof('heir', ['death_certificate', 'applicant_id', 'relationship'])).toBeNull();
    expect(missingProof('self', [])).toBe('applicant_id');
  });
});

it('the fee is pages × per-page price + postage', () => {
  expect(copyFee(36, { perPageFen: 50, postageFen: 1200 })).toBe(3000);
  expect(copyFee(1, { perPageFen: 0, postageFen: 0 })).toBe(0);
});

describe('the application state machine', () => {
  const events: Record<string, CopyEvent> = {
    requestMore: { kind: 'requestMore', reason: '授权委托书未签名' },
    refuse: { kind: 'refuse', reason: '申请人与患者关系无法证明' },
    quote: { kind: 'quote', pages: 36, feeFen: 3000, orderId: 'ord-rc-1' },
    resubmit: { kind: 'resubmit', proofs: [{ kind: 'applicant_id', proofId: 'prf-2' }] },
    pay: { kind: 'pay' },
    copy: { kind: 'copy' },
    ship: { kind: 'ship', carrier: '中国邮政EMS', trackingNo: 'EA123456789CN' },
    cancel: { kind: 'cancel' },
  };
  const target: Record<string, Status> = {
    requestMore: 'more_needed',
    refuse: 'refused',
    quote: 'quoted',
    resubmit: 'submitted',
    pay: 'paid',
    copy: 'copied',
    ship: 'shipped',
    cancel: 'cancelled',
  };
  const all = Object.values(CopyStatus).flatMap((from) => Object.keys(events).map((e) => ({ from, e, allowed: copyNext[from].includes(target[e]) })));

  it('allows exactly the documented moves', () => {
    expect(
      all
        .filter((c) => c.allowed)
        .map((c) => `${c.from}:${c.e}`)
        .sort(),
    ).toEqual(
      [
        'submitted:requestMore',
        'submitted:refuse',
        'submitted:quote',
        'submitted:cancel',
        'more_needed:resubmit',
        'more_needed:refuse',
        'more_needed:cancel',
        'quoted:pay',
        'quoted:cancel',
        'paid:copy',
        'paid:cancel',
        'copied:ship',
      ].sort(),
    );
  });

  it.each(all)('$from with $e → allowed $allowed', ({ from, e, allowed }) => {
    const t = copyTransition({ status: from, steps: [], feeFen: 3000 }, events[e], by, NOW);
    expect(t.ok).toBe(allowed);
    if (t.ok) {
      expect(t.from).toBe(from);
      expect(t.patch.status).toBe(target[e]);
      expect(t.patch.steps).toEqual([expect.objectContaining({ status: target[e], by: 'rec-1', byName: '病案室赵敏', at: NOW })]);
    } else {
      expect(t.message).toMatch(/[\u4e00-\u9fa5]/);
    }
  });

  it('cancelling once a fee is set leaves the order to settle (refund what arrived); before it, nothing', () => {
    const paid = copyTransition({ status: 'paid', steps: [], feeFen: 3000 }, events.cancel, by, NOW);
    const quoted = copyTransition({ status: 'quoted', steps: [], feeFen: 3000 }, events.cancel, by, NOW);
    const submitted = copyTransition({ status: 'submitted', steps: [], feeFen: 0 }, events.cancel, by, NOW);
    expect(paid.ok && paid.patch.refund).toBe('owed');
    expect(quoted.ok && quoted.patch.refund).toBe('owed');
    expect(submitted.ok && submitted.patch.refund).toBe('none');
  });

  it('an ended application keeps its proofs 180 days; a running one has no purge date', () => {
    const shipped = copyTransition({ status: 'copied', steps: [], feeFen: 3000 }, events.ship, by, NOW);
    expect(shipped.ok && shipped.patch.purgeAt).toBe(NOW + PROOF_KEEP_MS);
    expect(shipped.ok && shipped.patch.trackingNo).toBe('EA123456789CN');
    const quoted = copyTransition({ status: 'submitted', steps: [], feeFen: 0 }, events.quote, by, NOW);
    expect(quoted.ok && quoted.patch.purgeAt).toBeUndefined();
    expect(quoted.ok && quoted.patch).toMatchObject({ pages: 36, feeFen: 3000, orderId: 'ord-rc-1' });
  });
});
