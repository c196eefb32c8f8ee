/**
 * 在线复诊 and 药品快递 domain, with a frozen clock at explicit Asia/Shanghai times: eligibility
 * (window, department, hospital, in person, common/chronic condition), the online prescription
 * rules (麻精, within the diagnosis, ≤ 4 / ≤ 12 weeks, guardian of a child under 6), renewals, the
 * state machines, the deliverability list and the split, fees by region, receipt after 7 days. Pure.
 */
import type { HisVisit } from '../../backend/domain/his/visits';
import { conditionsOf } from '../../backend/domain/online/conditions';
import { DELIVERY_RULES, holdReason, splitForDelivery } from '../../backend/domain/online/deliverability';
import { autoReceiveDue, deliveryStep } from '../../backend/domain/online/delivery';
import { followupEligibility } from '../../backend/domain/online/eligibility';
import { FORMULARY, formularyDrug, type FormularyDrug } from '../../backend/domain/online/formulary';
import { followupStep, prescriberProblem, rxStep } from '../../backend/domain/online/followups';
import { guardianProblem, onlineRxProblem, renewalOf, renewalType } from '../../backend/domain/online/prescribing';
import { deliveryFeeFen } from '../../backend/domain/online/shipping';
import { shanghaiInstant } from '../../miniprogram/shared/time';

const NOW = shanghaiInstant('2026-11-25', '09:30');
const DAY = 86_400_000;
const visit = (daysAgo: number, extra: Partial<HisVisit> = {}): HisVisit => ({
  id: `v${daysAgo}`,
  hospitalId: 'h1',
  patientId: 'p1',
  departmentId: 'd-cardio',
  departmentName: '心血管内科',
  doctorName: '陈立民',
  visitedAt: NOW - daysAgo * DAY,
  diagnosis: '原发性高血压',
  inPerson: true,
  ...extra,
});
const where = { hospitalId: 'h1', departmentId: 'd-cardio', departmentName: '心血管内科', windowDays: 180, now: NOW };
const drug = (code: string): FormularyDrug => {
  const d = formularyDrug(code);
  if (!d) throw new Error(code);
  return d;
};

describe('eligibility', () => {
  it('a confirmed chronic diagnosis in person here within 180 days qualifies, the newest visit shown', () => {
    const e = followupEligibility([visit(200), visit(179), visit(20, { diagnosis: '原发性高血压；血脂异常' })], where);
    expect(e).toMatchObject({ eligible: true, reason: '', qualifyingVisit: { visitId: 'v20', date: '2026-11-05', diagnosis: '原发性高血压；血脂异常' } });
    expect(e.qualifyingVisit?.conditions.map((c) => c.code)).toEqual(['hypertension', 'hyperlipidaemia']);
  });
  it.each([
    ['never seen here', [], '首次就诊不能在线进行'],
    ['another hospital', [visit(10, { hospitalId: 'h2' })], '首次就诊不能在线进行'],
    ['another department', [visit(10, { departmentId: 'd-endo' })], '首次就诊不能在线进行'],
    ['an online visit only', [visit(10, { inPerson: false })], '首次就诊不能在线进行'],
    ['181 days ago', [visit(181)], '已超过180天'],
    ['not a common or chronic condition', [visit(10, { diagnosis: '术前检查' })], '不属于可在线复诊的常见病、慢性病'],
    ['no confirmed diagnosis', [visit(10, { diagnosis: '' })], '已超过180天'],
  ])('%s → refused', (_label, visits, reason) => {
    const e = followupEligibility(visits, where);
    expect(e.eligible).toBe(false);
    expect(e.qualifyingVisit).toBeNull();
    expect(e.reason).toContain(reason);
  });
  it('the hospital sets the window', () => {
    expect(followupEligibility([visit(40)], { ...where, windowDays: 30 }).reason).toContain('超过30天');
  });
  it('the four demo chronic conditions are recognised', () => {
    expect(conditionsOf('2型糖尿病；原发性高血压；慢性阻塞性肺疾病；高脂血症').map((c) => c.code)).toEqual([
      'hypertension',
      'diabetes',
      'copd',
      'hyperlipidaemia',
    ]);
  });
});

describe('online prescriptions', () => {
  const htn = [{ code: 'hypertension', label: '高血压', chronic: true }];
  const uri = [{ code: 'uri', label: '上呼吸道感染', chronic: false }];
  it('a renewal within the rules passes', () =>
    expect(onlineRxProblem({ type: 'long_term', chronicNote: '', lines: [{ code: 'DRUG-AML', quantity: 1, days: 28 }] }, htn)).toBeNull());
  it('no 麻精 online', () =>
    expect(onlineRxProblem({ type: 'normal', chronicNote: '', lines: [{ code: 'DRUG-ZOL', quantity: 1, days: 7 }] }, htn)).toBe(
      '酒石酸唑吡坦片属于麻醉药品或精神药品，不能在线开具，请到医院面诊',
    ));
  it('adjustments stay within the diagnosis', () =>
    expect(onlineRxProblem({ type: 'normal', chronicNote: '', lines: [{ code: 'DRUG-MET', quantity: 1, days: 7 }] }, htn)).toContain(
      '超出本次复诊的诊断范围（高血压）',
    ));
  it('long-term ≤ 4 weeks', () =>
    expect(onlineRxProblem({ type: 'long_term', chronicNote: '', lines: [{ code: 'DRUG-AML', quantity: 2, days: 29 }] }, htn)).toBe(
      '苯磺酸氨氯地平片：长期处方用量29天，超过28天',
    ));
  it('≤ 12 weeks only for a chronic stable condition with the note', () => {
    expect(onlineRxProblem({ type: 'chronic_stable', chronicNote: '血压稳定', lines: [{ code: 'DRUG-AML', quantity: 3, days: 84 }] }, htn)).toBeNull();
    expect(onlineRxProblem({ type: 'chronic_stable', chronicNote: '血压稳定', lines: [{ code: 'DRUG-AML', quantity: 4, days: 85 }] }, htn)).toContain(
      '超过84天',
    );
    expect(onlineRxProblem({ type: 'chronic_stable', chronicNote: '', lines: [{ code: 'DRUG-AML', quantity: 3, days: 84 }] }, htn)).toBe(
      '慢病稳定期长期处方缺少医生的说明',
    );
    expect(onlineRxProblem({ type: 'chronic_stable', chronicNote: '稳定', lines: [{ code: 'DRUG-IBU', quantity: 1, days: 7 }] }, uri)).toBe(
      '本次诊断不属于慢性病，不能开具12周的长期处方',
    );
  });
  it('no more packs than the days need; no unknown drug; one line per drug', () => {
    expect(onlineRxProblem({ type: 'long_term', chronicNote: '', lines: [{ code: 'DRUG-AML', quantity: 2, days: 28 }] }, htn)).toContain('超过28天用量（1盒）');
    expect(onlineRxProblem({ type: 'normal', chronicNote: '', lines: [{ code: 'DRUG-XYZ', quantity: 1, days: 7 }] }, htn)).toContain('不在本院线上处方目录中');
    expect(
      onlineRxProblem(
        {
          type: 'normal',
          chronicNote: '',
          lines: [
            { code: 'DRUG-AML', quantity: 1, days: 7 },
            { code: 'DRUG-AML', quantity: 1, days: 7 },
          ],
        },
        htn,
      ),
    ).toBe('同一药品只能开一行');
  });
  it.each([
    [3, 'child', false, '6岁以下儿童在线复诊须由监护人全程陪同，请确认监护人在场'],
    [3, 'child', true, null],
    [5, 'other', true, '6岁以下儿童须由其监护人使用本人账号、以“子女”身份添加后申请在线复诊'],
    [6, 'child', false, null],
    [null, 'self', false, null],
  ] as const)('age %s as %s, guardian present %s → %s', (age, relation, present, problem) => {
    expect(guardianProblem(age, relation, present)).toBe(problem);
  });
  it('a renewal keeps formulary drugs, names the rest, keeps 12 weeks only for a chronic condition', () => {
    const r = renewalOf([
      { code: 'DRUG-AML', drug: '苯磺酸氨氯地平片', quantity: 3, days: 84 },
      { code: 'DRUG-EST', drug: '艾司唑仑片', quantity: 1, days: 7 },
      { code: 'DRUG-OLD', drug: '旧药', quantity: 1, days: 7 },
    ]);
    expect(r).toEqual({ lines: [{ code: 'DRUG-AML', quantity: 3, days: 84 }], left: ['艾司唑仑片', '旧药'] });
    expect(renewalType(r.lines, [{ chronic: true }])).toBe('chronic_stable');
    expect(renewalType(r.lines, [{ chronic: false }])).toBe('long_term');
    expect(renewalType([{ code: 'X', quantity: 1, days: 5 }], [{ chronic: true }])).toBe('normal');
  });
});

describe('state machines', () => {
  it('follow-up: paid, accepted, declined only before acceptance, withdrawn before acceptance', () => {
    expect(followupStep('unpaid', 'pay')).toEqual({ ok: true, to: 'waiting' });
    expect(followupStep('waiting', 'accept')).toEqual({ ok: true, to: 'accepted' });
    expect(followupStep('unpaid', 'accept')).toMatchObject({ ok: false });
    expect(followupStep('accepted', 'decline')).toEqual({ ok: false, message: '已接诊的复诊不能再拒绝' });
    expect(followupStep('accepted', 'withdraw')).toEqual({ ok: false, message: '医生已接诊，不能撤回' });
    expect(followupStep('accepted', 'refer')).toEqual({ ok: true, to: 'referred' });
  });
  it('prescription: review, return, fix, approve, pay, cancel before dispensing', () => {
    expect(rxStep('pending_review', 'return')).toEqual({ ok: true, to: 'returned' });
    expect(rxStep('returned', 'revise')).toEqual({ ok: true, to: 'pending_review' });
    expect(rxStep('returned', 'approve')).toMatchObject({ ok: false });
    expect(rxStep('pending_review', 'pay')).toMatchObject({ ok: false });
    expect(rxStep('approved', 'pay')).toEqual({ ok: true, to: 'paid' });
  });
  it('only the treating doctor, while the follow-up is open', () => {
    expect(prescriberProblem({ status: 'accepted', doctorOpenid: 'a' }, 'b')).toBe('只有接诊医生可以开具处方');
    expect(prescriberProblem({ status: 'completed', doctorOpenid: 'a' }, 'a')).toBe('复诊进行中才能开具处方');
    expect(prescriberProblem({ status: 'accepted', doctorOpenid: 'a' }, 'a')).toBeNull();
  });
  it('delivery: pack before shipping, no cancel after shipping, receipt 7 days after shipping', () => {
    expect(deliveryStep('paid', 'ship')).toEqual({ ok: false, message: '打包后才能发货' });
    expect(deliveryStep('packed', 'cancel')).toEqual({ ok: true, to: 'cancelled' });
    expect(deliveryStep('shipped', 'cancel')).toEqual({ ok: false, message: '药品已发出或已取走，不能取消' });
    const shipped = shanghaiInstant('2026-11-18', '09:30');
    expect(autoReceiveDue(shipped, shanghaiInstant('2026-11-25', '09:29'))).toBe(false);
    expect(autoReceiveDue(shipped, NOW)).toBe(true);
  });
});

describe('deliverability (2022 list + hospital rules)', () => {
  it.each([
    ['DRUG-AML', false, null],
    ['DRUG-WAR', false, '华法林列入国家药品网络销售禁止清单'],
    ['DRUG-DIG', false, '地高辛列入'],
    ['DRUG-AMI', false, '胺碘酮列入'],
    ['DRUG-LI', false, '碳酸锂列入'],
    ['DRUG-EST', false, '麻醉药品和精神药品不得网络销售'],
    ['PREP-ZKHJ', false, '医疗机构制剂只能在本院药房发放'],
    ['DRUG-MTX', false, '抗肿瘤药物须在医院药房领取'],
    ['DRUG-INS-G', false, '需2–8℃冷链运输'],
    ['DRUG-INS-G', true, null],
    ['DRUG-LIR', true, null],
  ] as const)('%s (ships cold %s) → %s', (code, cold, reason) => {
    const r = holdReason(drug(code), cold);
    if (reason === null) expect(r).toBeNull();
    else expect(r).toContain(reason);
  });
  it('an injection that does not lower glucose is held', () => {
    expect(holdReason({ ...drug('DRUG-AML'), injection: true }, true)).toBe('注射剂（胰岛素等降糖注射剂除外）不得网络销售，请到药房领取');
  });
  it('a mixed order is split with the reasons', () => {
    const { deliverable, held } = splitForDelivery([{ drug: drug('DRUG-TIO') }, { drug: drug('PREP-ZKHJ') }], false);
    expect(deliverable.map((x) => x.drug.code)).toEqual(['DRUG-TIO']);
    expect(held.map((x) => [x.drug.code, x.reason])).toEqual([['PREP-ZKHJ', '医疗机构制剂只能在本院药房发放']]);
  });
  it('the list is data: every rule has an id, every formulary drug has a price', () => {
    expect(DELIVERY_RULES.map((r) => r.id)).toEqual(['controlled', 'named', 'injection', 'in_house', 'chemo', 'cold_chain']);
    expect(FORMULARY.every((x) => Number.isInteger(x.unitFen) && x.unitFen > 0)).toBe(true);
  });
});

it.each([
  ['河南省', false, 800],
  ['湖北省', false, 1200],
  ['广东省', false, 1800],
  ['西藏自治区', false, 3000],
  ['河南省', true, 2300],
  ['香港特别行政区', false, null],
])('fee to %s (cold %s) → %s', (province, cold, fee) => {
  expect(deliveryFeeFen(province, cold)).toBe(fee);
});
