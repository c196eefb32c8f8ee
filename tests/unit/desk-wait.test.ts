/** The desks' live waits (backend/domain/navigation/desk-wait.ts) on a frozen clock at explicit Asia/Shanghai times. */
import { type DeskOrder, type VisitProgress, deskVisits, deskWait } from '../../backend/domain/navigation/desk-wait';
import { shanghaiInstant } from '../../miniprogram/shared/time';

const NOW = shanghaiInstant('2026-11-25', '10:00');
const at = (time: string) => shanghaiInstant('2026-11-25', time);
const lab = { code: 'GLU', category: 'lab' as const };
const lipid = { code: 'TC', category: 'lab' as const };
const drug = { code: 'MET', category: 'drug' as const };

const order = (visitId: string, over: Partial<DeskOrder>): DeskOrder => ({ visitId, status: 'unpaid', holdUntil: null, paidAt: null, items: [lab], ...over });
const none: ReadonlyMap<string, VisitProgress> = new Map();

describe('who is on the way to each desk', () => {
  it('the cashier: unpaid orders still held, not the expired ones, not the patient’s own; one person per visit', () => {
    const orders = [
      order('v1', {}),
      order('v1', { items: [drug] }),
      order('v2', { holdUntil: at('10:30') }),
      order('v3', { holdUntil: at('09:59') }),
      order('mine', {}),
      order('v4', { status: 'closed' }),
    ];
    expect([...deskVisits(orders, none, NOW, 'mine').cashier].sort()).toEqual(['v1', 'v2']);
  });

  it('the blood draw: lab tests paid within 3 hours and not all sampled', () => {
    const orders = [
      order('recent', { status: 'paid', paidAt: at('09:30'), items: [lab, lipid] }),
      order('half', { status: 'paid', paidAt: at('09:00'), items: [lab, lipid] }),
      order('sampled', { status: 'paid', paidAt: at('09:00'), items: [lab] }),
      order('stale', { status: 'paid', paidAt: at('06:59') }),
      order('refunded', { status: 'refunded', paidAt: at('09:50') }),
      order('partly', { status: 'partially_refunded', paidAt: at('09:50') }),
    ];
    const progress = new Map<string, VisitProgress>([
      ['half', { sampled: new Set(['GLU']), dispensed: false }],
      ['sampled', { sampled: new Set(['GLU']), dispensed: false }],
    ]);
    expect([...deskVisits(orders, progress, NOW, 'mine').blood].sort()).toEqual(['half', 'partly', 'recent']);
  });

  it('the pharmacy: drugs paid within 2 hours and not all dispensed', () => {
    const orders = [
      order('waiting', { status: 'paid', paidAt: at('09:45'), items: [drug] }),
      order('dispensed', { status: 'paid', paidAt: at('09:45'), items: [drug] }),
      order('stale', { status: 'paid', paidAt: at('07:59'), items: [drug] }),
      order('mine', { status: 'paid', paidAt: at('09:45'), items: [drug] }),
    ];
    const progress = new Map<string, VisitProgress>([['dispensed', { sampled: new Set(), dispensed: true }]]);
    expect([...deskVisits(orders, progress, NOW, 'mine').pharmacy]).toEqual(['waiting']);
  });
});

describe('the wait for those counted', () => {
  it('shares the desk’s service minutes among its windows, as a range said to be an estimate', () => {
    expect(deskWait('cashier', 1)).toEqual({ waiting: 1, p50: 1, p90: 3, text: '约1人在等，约 1–3 分钟（按待缴费人数估算，仅供参考）' });
    expect(deskWait('blood', 9)).toMatchObject({ p50: 9, p90: 15 });
    expect(deskWait('pharmacy', 0).text).toBe('暂无他人排队，约 0–3 分钟（按已缴费未取药人数估算，仅供参考）');
    for (const kind of ['cashier', 'blood', 'pharmacy'] as const) {
      const a = deskWait(kind, 4);
      const b = deskWait(kind, 8);
      expect(b.p50).toBeGreaterThan(a.p50);
      expect(a.p90).toBeGreaterThan(a.p50);
    }
  });
});
