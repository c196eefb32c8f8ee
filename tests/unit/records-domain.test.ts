/** The records domain, pure: prescription rules, days left, flags, the sensitive list, monographs and interactions. Times are Asia/Shanghai. */
import { FREQUENCIES } from '../../backend/domain/records/frequency';
import { dailyDoses } from '../../backend/domain/records/plan';
import { abnormalFirst, FLAG_TEXT } from '../../backend/domain/records/flags';
import { hisPrescriptionSchema } from '../../backend/domain/records/his-prescription';
import { isExpired, regulationProblem, validUntil, type RulePrescription } from '../../backend/domain/records/prescription-rules';
import { isSensitiveTest } from '../../backend/domain/records/sensitive';
import { supplyOf } from '../../backend/domain/records/supply';
import { interactionsAmong, monographOf, MONOGRAPHS } from '../../backend/domain/records/drugs';
import { INTERACTIONS } from '../../backend/domain/records/drugs/interactions';
import { DEMO_DRUGS } from '../../backend/adapters/local/demo-drugs';
import { shanghaiInstant } from '../../miniprogram/shared/time';

const at = (date: string, time: string): number => shanghaiInstant(date, time);
const item = { drug: '布洛芬缓释胶囊', unitsPerTake: 1, frequency: 'bid' as const, days: 5, quantity: 1, unitsPerPack: 20 };
const rx = (change: Partial<RulePrescription> = {}): RulePrescription => ({
  type: 'normal',
  validDays: 1,
  validityNote: '',
  chronicNote: '',
  items: [item],
  ...change,
});

describe('prescription rules (处方管理办法; 长期处方管理规范)', () => {
  it('supply: normal ≤ 7 days, emergency ≤ 3, long-term ≤ 4 weeks, stable chronic ≤ 12 weeks with the doctor’s note', () => {
    expect(regulationProblem(rx({ items: [{ ...item, days: 7 }] }))).toBeNull();
    expect(regulationProblem(rx({ items: [{ ...item, days: 8 }] }))).toContain('超过7天');
    expect(regulationProblem(rx({ type: 'emergency', items: [{ ...item, days: 4 }] }))).toContain('超过3天');
    expect(regulationProblem(rx({ type: 'long_term', items: [{ ...item, days: 28, quantity: 3 }] }))).toBeNull();
    expect(regulationProblem(rx({ type: 'long_term', items: [{ ...item, days: 29, quantity: 3 }] }))).toContain('超过28天');
    expect(regulationProblem(rx({ type: 'chronic_stable', chronicNote: '高血压稳定', items: [{ ...item, days: 84, quantity: 9 }] }))).toBeNull();
    expect(regulationProblem(rx({ type: 'chronic_stable', chronicNote: '', items: [{ ...item, days: 84, quantity: 9 }] }))).toContain('缺少医生的说明');
    expect(regulationProblem(rx({ type: 'chronic_stable', chronicNote: '稳定', items: [{ ...item, days: 85, quantity: 9 }] }))).toContain('超过84天');
  });

  it('the quantity may not exceed the days’ doses rounded up to whole packs', () => {
    expect(regulationProblem(rx({ items: [{ ...item, days: 7, quantity: 1 }] }))).toBeNull();
    expect(regulationProblem(rx({ items: [{ ...item, days: 7, quantity: 2 }] }))).toContain('超过7天用量（1盒）');
    expect(regulationProblem(rx({ items: [{ ...item, frequency: 'prn', days: 3, quantity: 2 }] }))).toBeNull();
  });

  it('valid on the day written; up to 3 days only with the doctor’s note', () => {
    expect(regulationProblem(rx({ validDays: 3, validityNote: '' }))).toContain('缺少医生注明的理由');
    expect(regulationProblem(rx({ validDays: 3, validityNote: '行动不便' }))).toBeNull();
    expect(regulationProblem(rx({ validDays: 4, validityNote: '行动不便' }))).toContain('最长3天');
    const written = at('2026-11-25', '09:30');
    expect(validUntil(written, 1)).toBe(at('2026-11-26', '00:00') - 1);
    expect(isExpired(written, 1, at('2026-11-25', '23:59'))).toBe(false);
    expect(isExpired(written, 1, at('2026-11-26', '00:00'))).toBe(true);
    expect(isExpired(written, 3, at('2026-11-27', '23:00'))).toBe(false);
    expect(isExpired(at('2026-11-25', '23:50'), 1, at('2026-11-26', '00:10'))).toBe(true);
  });

  it('the HIS schema applies the rules: a 10-day normal prescription is refused', () => {
    const base = {
      id: 'V.rx1',
      hospitalId: 'h',
      visitId: 'V',
      patientId: 'p',
      orderIndex: 1,
      departmentId: 'd',
      departmentName: '内科',
      doctorName: '医生',
      writtenAt: at('2026-11-25', '09:00'),
      validDays: 1,
      validityNote: '',
      type: 'normal',
      chronicNote: '',
      status: 'unpaid',
      dispensedAt: null,
      pharmacyWindow: '1号窗口',
    };
    const med = {
      code: 'DRUG-IBU',
      drug: '布洛芬缓释胶囊',
      spec: '0.3g×20粒',
      dose: '0.3g',
      unitsPerTake: 1,
      frequency: 'bid',
      route: 'po',
      days: 5,
      quantity: 1,
      packUnit: '盒',
      unitsPerPack: 20,
      notes: '',
    };
    expect(hisPrescriptionSchema.safeParse({ ...base, items: [med] }).success).toBe(true);
    const bad = hisPrescriptionSchema.safeParse({ ...base, items: [{ ...med, days: 10 }] });
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.issues[0].message).toContain('超过7天');
    expect(hisPrescriptionSchema.safeParse({ ...base, status: 'dispensed', items: [med] }).success).toBe(false);
  });
});

describe('days left of a long-term medicine', () => {
  const amlodipine = { unitsPerTake: 1, frequency: 'qd' as const, quantity: 1, unitsPerPack: 28 };
  it('quantity ÷ daily dose from the dispensing date, in Shanghai calendar days', () => {
    const dispensed = at('2026-11-01', '10:00');
    expect(supplyOf(amlodipine, dispensed, at('2026-11-01', '20:00'))).toEqual({ coveredDays: 28, daysLeft: 28, runsOutOn: '2026-11-28', nudge: false });
    expect(supplyOf(amlodipine, dispensed, at('2026-11-20', '08:00'))).toMatchObject({ daysLeft: 9, nudge: false });
    expect(supplyOf(amlodipine, dispensed, at('2026-11-22', '00:30'))).toMatchObject({ daysLeft: 7, nudge: true });
    expect(supplyOf(amlodipine, dispensed, at('2026-12-10', '08:00'))).toMatchObject({ daysLeft: 0, nudge: true });
    expect(supplyOf({ ...amlodipine, unitsPerTake: 1, frequency: 'tid', quantity: 2, unitsPerPack: 48 }, dispensed, dispensed)).toMatchObject({
      coveredDays: 32,
      runsOutOn: '2026-12-02',
    });
    expect(supplyOf({ ...amlodipine, frequency: 'prn' }, dispensed, dispensed)).toBeNull();
    expect(FREQUENCIES.bid.perDay).toBe(2);
  });
  it('a dispensing late in the evening counts that day as day one', () => {
    expect(supplyOf(amlodipine, at('2026-11-01', '23:50'), at('2026-11-02', '00:10'))).toMatchObject({ daysLeft: 27, runsOutOn: '2026-11-28' });
  });
});

describe('flags and the sensitive list', () => {
  it('H, L, ↑↑, ↓↓; abnormal first, critical before the rest, otherwise in order', () => {
    expect(FLAG_TEXT).toEqual({ LL: '↓↓', L: 'L', N: '', H: 'H', HH: '↑↑' });
    const items = [
      { c: 'a', interpretation: 'N' as const },
      { c: 'b', interpretation: 'H' as const },
      { c: 'c', interpretation: 'N' as const },
      { c: 'd', interpretation: 'LL' as const },
      { c: 'e', interpretation: 'L' as const },
    ];
    expect(abnormalFirst(items).map((i) => i.c)).toEqual(['d', 'b', 'e', 'a', 'c']);
  });
  it('HIV, syphilis, pregnancy are sensitive by code or by title; blood count is not', () => {
    expect(isSensitiveTest('LAB-HIV', 'HIV抗体筛查')).toBe(true);
    expect(isSensitiveTest('X-1', '梅毒螺旋体抗体')).toBe(true);
    expect(isSensitiveTest('X-2', '早孕检测')).toBe(true);
    expect(isSensitiveTest('LAB-CBC', '血常规（五分类）')).toBe(false);
  });
});

describe('monographs and interactions', () => {
  it('every monograph is complete (no placeholder) and names its source; every demo HIS drug has one', () => {
    expect(MONOGRAPHS.length).toBeGreaterThanOrEqual(150);
    expect(new Set(MONOGRAPHS.map((m) => m.code)).size).toBe(MONOGRAPHS.length);
    for (const m of MONOGRAPHS) {
      for (const text of [m.name, m.category, m.uses, m.howToTake, m.storage, m.pregnancy, m.breastfeeding, m.children, m.elderly])
        expect(text.length).toBeGreaterThan(1);
      expect(m.avoid.length + m.sideEffects.length + m.seeDoctorAtOnce.length).toBeGreaterThan(2);
      expect(m.seeDoctorAtOnce.length).toBeGreaterThan(0);
      expect(['国家基本药物目录', '药品说明书']).toContain(m.source);
      expect(JSON.stringify(m)).not.toMatch(/TODO|待补充|占位|xxx/i);
    }
    for (const code of Object.keys(DEMO_DRUGS)) expect(monographOf(code)).not.toBeNull();
  });

  it('at least 60 pairs, each naming drugs or classes the monographs have', () => {
    expect(INTERACTIONS.length).toBeGreaterThanOrEqual(60);
    const tags = new Set(MONOGRAPHS.flatMap((m) => [m.code, ...m.classes]));
    for (const row of INTERACTIONS) {
      expect(tags.has(row.a)).toBe(true);
      expect(tags.has(row.b)).toBe(true);
    }
  });

  it('finds warfarin + ibuprofen, clopidogrel + omeprazole, metformin + contrast, enalapril + spironolactone', () => {
    const found = (codes: string[]) => interactionsAmong(codes).map((f) => f.interaction.severity);
    expect(found(['DRUG-WAR', 'DRUG-IBU'])).toEqual(['major']);
    expect(found(['DRUG-OME', 'DRUG-CLO'])).toEqual(['major']);
    expect(found(['DRUG-MET', 'DRUG-IOH'])).toEqual(['major']);
    expect(found(['DRUG-ENA', 'DRUG-SPI'])).toEqual(['major']);
    expect(found(['DRUG-AML', 'DRUG-MET'])).toEqual([]);
    expect(interactionsAmong(['DRUG-WAR', 'DRUG-IBU', 'DRUG-OME', 'DRUG-CLO']).map((f) => f.codes)).toEqual([
      ['DRUG-WAR', 'DRUG-IBU'],
      ['DRUG-WAR', 'DRUG-CLO'],
      ['DRUG-IBU', 'DRUG-CLO'],
      ['DRUG-OME', 'DRUG-CLO'],
    ]);
  });
});

describe('times a day of a medication plan', () => {
  it('one per daily dose of every medicine together, at most four', () => {
    expect(dailyDoses(['qd'])).toEqual({ doses: 1, maxTimes: 1 });
    expect(dailyDoses(['qn', 'qd'])).toEqual({ doses: 2, maxTimes: 2 });
    expect(dailyDoses(['q12h'])).toEqual({ doses: 2, maxTimes: 2 });
    expect(dailyDoses(['tid', 'qd'])).toEqual({ doses: 4, maxTimes: 4 });
    expect(dailyDoses(['qid', 'tid'])).toEqual({ doses: 7, maxTimes: 4 });
    expect(dailyDoses(['qw'])).toEqual({ doses: 1, maxTimes: 1 });
    expect(dailyDoses(['prn', 'st'])).toEqual({ doses: 2, maxTimes: 2 });
  });
});
