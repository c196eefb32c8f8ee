import type { HospitalSummary } from '../../miniprogram/shared/dto/content';
import { allFunctionKeys } from '../../miniprogram/shared/offers';
import { startLocalSystem, type LocalSystem } from '../support/local-system';
import { deliver, payInSandbox, startPaidBookingToday } from '../support/payment-fixtures';

const ZZ = 'h-zzcentral';
const XY = 'h-xinyang-county';
let sys: LocalSystem;

beforeAll(async () => {
  sys = await startLocalSystem({ adminOpenids: ['platform-admin'] });
});

const hospitals = async () => (await sys.ok<{ hospitals: HospitalSummary[] }>('content', null, { action: 'listHospitals' })).hospitals;
const guideIds = async (hospitalId: string) =>
  (await sys.ok<{ sections: Array<{ id: string }> }>('content', null, { action: 'getGuide', hospitalId })).sections.map((s) => s.id);

describe('the functions a hospital offers', () => {
  it('the public hospital list answers what each offers: the tier-3 hospital all 23, the county hospital fewer', async () => {
    const [zz, xy] = await hospitals();
    expect(zz.offers).toEqual(allFunctionKeys);
    expect(xy.id).toBe(XY);
    expect(xy.offers).toHaveLength(18);
    for (const k of ['delivery', 'homecare', 'record-copies', 'consultation', 'followup']) expect(xy.offers).not.toContain(k);
    expect(xy.offers).toContain('booking');
  });

  it('the guide shows a section about a function only where the hospital offers it', async () => {
    expect(await guideIds(ZZ)).toContain('homecare');
    expect(await guideIds(XY)).not.toContain('homecare');
  });

  it('the server refuses home nursing and record mailing at a hospital that does not offer them', async () => {
    const catalog = await sys.call('homecare', 'demo-patient', { action: 'catalog', hospitalId: XY });
    expect(catalog).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '光山县康宁医院暂未开通医护到家' } });
    expect(await sys.call('homecare', 'demo-patient', { action: 'catalog', hospitalId: ZZ })).toMatchObject({ ok: true });
    const apply = await sys.call('recordCopies', 'demo-patient', {
      action: 'apply',
      hospitalId: XY,
      patientId: 'pat-demo-zhang',
      applicantType: 'self',
      applicantName: '张建国',
      visitIds: ['appt-none'],
      parts: ['outpatient_record'],
      purpose: 'insurance',
      address: { name: '张建国', phone: '13800000000', province: '河南省', city: '信阳市', district: '光山县', detail: '紫水街道康宁路 1 号' },
      proofs: [{ kind: 'applicant_id', proofId: 'proof-none' }],
      requestId: 'req-offer-0001',
    });
    expect(apply).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '光山县康宁医院暂未开通病历邮寄' } });
  });

  it('an admin reads and changes what the hospital offers; it is audited and the public list follows', async () => {
    const got = await sys.ok<{ settings: { offers: string[]; hospitalName: string } }>('content', 'demo-admin-zz', { action: 'getOffers', hospitalId: ZZ });
    expect(got.settings.hospitalName).toBe('郑州康宁医院');
    expect(got.settings.offers).toHaveLength(23);
    const without = allFunctionKeys.filter((k) => k !== 'navigation' && k !== 'homecare');
    const set = await sys.ok<{ settings: { offers: string[] } }>('content', 'demo-admin-zz', {
      action: 'setOffers',
      hospitalId: ZZ,
      offers: [...without].reverse(),
    });
    expect(set.settings.offers).toEqual(without);
    const [zz] = await hospitals();
    expect(zz.offers).toEqual(without);
    expect(await guideIds(ZZ)).not.toContain('homecare');
    const log = await sys.ports.db.find<{ _id: string; action: string; openid: string; target: string }>('auditLog', {
      where: { hospitalId: ZZ, action: 'setOffers' },
    });
    expect(log).toEqual([expect.objectContaining({ openid: 'demo-admin-zz', target: without.join(',') })]);
    await sys.ok('content', 'demo-admin-zz', { action: 'setOffers', hospitalId: ZZ, offers: allFunctionKeys });
    expect((await hospitals())[0].offers).toEqual(allFunctionKeys);
  });

  it('refuses unknown functions, switching off a core function, and a function without what it needs', async () => {
    const set = (offers: string[]) => sys.call('content', 'demo-admin-zz', { action: 'setOffers', hospitalId: ZZ, offers });
    expect(await set([...allFunctionKeys, 'teleport'])).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', message: '没有这项功能：teleport', field: 'offers' },
    });
    expect(await set(allFunctionKeys.filter((k) => k !== 'phones'))).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', message: '联系电话是每家医院都提供的基本功能，不能关闭' },
    });
    expect(await set(allFunctionKeys.filter((k) => k !== 'payment'))).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', message: expect.stringContaining('需要同时提供在线支付') },
    });
  });

  it('only an admin of that hospital may read or change it: patients, other staff and other hospitals are refused', async () => {
    for (const who of ['demo-patient', 'demo-editor-zz', 'demo-billing-zz', 'demo-editor-xy']) {
      expect(await sys.call('content', who, { action: 'setOffers', hospitalId: ZZ, offers: allFunctionKeys })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
      expect(await sys.call('content', who, { action: 'getOffers', hospitalId: ZZ })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(await sys.call('content', 'demo-admin-zz', { action: 'setOffers', hospitalId: XY, offers: allFunctionKeys })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await sys.call('content', null, { action: 'getOffers', hospitalId: ZZ })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect((await hospitals())[1].offers).toHaveLength(18);
  });

  it('a new e-invoice is refused while the hospital does not offer 电子发票, and issued once it does', async () => {
    const b = await startPaidBookingToday(sys, 7);
    await deliver(sys, await payInSandbox(sys, b.outTradeNo));
    await sys.ok('content', 'demo-admin-zz', { action: 'setOffers', hospitalId: ZZ, offers: allFunctionKeys.filter((k) => k !== 'invoices') });
    const ask = { action: 'request', orderId: b.orderId, titleType: 'personal', titleName: '张建国', requestId: 'req-offer-inv-01' };
    expect(await sys.call('invoices', 'demo-patient', ask)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '郑州康宁医院暂未开通电子发票' } });
    await sys.ok('content', 'demo-admin-zz', { action: 'setOffers', hospitalId: ZZ, offers: allFunctionKeys });
    expect(await sys.call('invoices', 'demo-patient', ask)).toMatchObject({ ok: true });
  });
});
