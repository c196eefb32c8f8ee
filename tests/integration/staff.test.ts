import { startLocalSystem, type LocalSystem } from '../support/local-system';

const ZZ = 'h-zzcentral';
let sys: LocalSystem;
let county: string;

beforeAll(async () => {
  sys = await startLocalSystem({ adminOpenids: ['platform-admin'] });
  county = (await sys.ok<{ hospitals: Array<{ id: string }> }>('content', null, { action: 'listHospitals' })).hospitals[1].id;
});

describe('staff roles', () => {
  it('me answers the roles held per hospital; a patient holds none', async () => {
    const editor = await sys.ok<{ hospitals: Array<{ hospitalId: string; roles: string[] }> }>('staff', 'demo-editor-zz', { action: 'me' });
    expect(editor.hospitals).toEqual([expect.objectContaining({ hospitalId: ZZ, roles: ['editor'] })]);
    const patient = await sys.ok<{ hospitals: unknown[] }>('staff', 'demo-patient', { action: 'me' });
    expect(patient.hospitals).toEqual([]);
    expect(await sys.call('staff', null, { action: 'me' })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('an admin of a hospital holds every role there, and only there', async () => {
    const admin = await sys.ok<{ hospitals: Array<{ hospitalId: string; roles: string[] }> }>('staff', 'demo-admin-zz', { action: 'me' });
    expect(admin.hospitals).toHaveLength(1);
    expect(admin.hospitals[0].roles).toEqual(expect.arrayContaining(['admin', 'editor', 'scheduler', 'nurse', 'doctor', 'billing']));
  });

  it('an admin grants and revokes a role; granting twice keeps one', async () => {
    await sys.ok('staff', 'demo-admin-zz', { action: 'grant', hospitalId: ZZ, openid: 'new-nurse-01', name: '李护士', role: 'nurse' });
    await sys.ok('staff', 'demo-admin-zz', { action: 'grant', hospitalId: ZZ, openid: 'new-nurse-01', name: '李护士', role: 'nurse' });
    let me = await sys.ok<{ hospitals: Array<{ roles: string[] }> }>('staff', 'new-nurse-01', { action: 'me' });
    expect(me.hospitals[0].roles).toEqual(['nurse']);
    await sys.ok('staff', 'demo-admin-zz', { action: 'revoke', hospitalId: ZZ, openid: 'new-nurse-01', role: 'nurse' });
    me = await sys.ok('staff', 'new-nurse-01', { action: 'me' });
    expect(me.hospitals).toEqual([]);
  });

  it('a doctor grant records the year independent practice began; online practice needs three years', async () => {
    const doctors = await sys.ok<{ doctors: Array<{ id: string }> }>('content', null, { action: 'listDoctors', hospitalId: ZZ });
    const doctorId = doctors.doctors[1].id;
    const res = await sys.ok<{ member: { practiceSinceYear: number; onlineRefusal: string } }>('staff', 'demo-admin-zz', {
      action: 'grant',
      hospitalId: ZZ,
      openid: 'new-doctor-01',
      name: '王医生',
      role: 'doctor',
      doctorId,
      practiceSinceYear: 2025,
    });
    expect(res.member).toMatchObject({ practiceSinceYear: 2025, onlineRefusal: expect.stringContaining('满3年') });
    const seeded = await sys.ok<{ staff: Array<{ openid: string; onlineRefusal: string }> }>('staff', 'demo-admin-zz', { action: 'list', hospitalId: ZZ });
    expect(seeded.staff.find((s) => s.openid === 'demo-doctor-zz')?.onlineRefusal).toBe('');
  });

  it('granting a second role keeps what the staff record already held', async () => {
    await sys.ok('staff', 'demo-admin-zz', { action: 'grant', hospitalId: ZZ, openid: 'demo-nurse-zz', name: '赵静', role: 'records' });
    const list = await sys.ok<{ staff: Array<{ openid: string; roles: string[]; practiceSinceYear: number }> }>('staff', 'demo-admin-zz', {
      action: 'list',
      hospitalId: ZZ,
    });
    expect(list.staff.find((s) => s.openid === 'demo-nurse-zz')).toMatchObject({ roles: ['nurse', 'records'], practiceSinceYear: 2012 });
    await sys.ok('staff', 'demo-admin-zz', { action: 'revoke', hospitalId: ZZ, openid: 'demo-nurse-zz', role: 'records' });
  });

  it('only admins of that hospital manage its staff', async () => {
    for (const openid of ['demo-patient', 'demo-editor-zz']) {
      expect(await sys.call('staff', openid, { action: 'grant', hospitalId: ZZ, openid: 'x-someone', name: '某人', role: 'admin' })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
      expect(await sys.call('staff', openid, { action: 'list', hospitalId: ZZ })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(await sys.call('staff', 'demo-admin-zz', { action: 'grant', hospitalId: county, openid: 'x-someone', name: '某人', role: 'editor' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect((await sys.call('staff', 'platform-admin', { action: 'list', hospitalId: county })).ok).toBe(true);
  });

  it('the list answers role labels, the bound doctor by name and who granted; a member with no role left is not listed', async () => {
    await sys.ok('staff', 'platform-admin', { action: 'grant', hospitalId: ZZ, openid: 'list-editor-01', name: '周编辑', role: 'editor' });
    await sys.ok('staff', 'demo-admin-zz', { action: 'grant', hospitalId: ZZ, openid: 'list-editor-01', name: '周编辑', role: 'service' });
    type Row = { openid: string; roleLabels: string[]; doctorName: string; grantedBy: string; grantedByText: string };
    let list = await sys.ok<{ staff: Row[] }>('staff', 'demo-admin-zz', { action: 'list', hospitalId: ZZ });
    expect(list.staff.find((s) => s.openid === 'list-editor-01')).toMatchObject({
      roleLabels: ['内容编辑', '患者服务'],
      grantedBy: 'demo-admin-zz',
      grantedByText: '郑磊',
    });
    expect(list.staff.find((s) => s.openid === 'demo-doctor-zz')).toMatchObject({ roleLabels: ['医生'], doctorName: '陈立民', grantedByText: '系统初始化' });
    await sys.ok('staff', 'platform-admin', { action: 'grant', hospitalId: ZZ, openid: 'list-editor-02', name: '吴编辑', role: 'editor' });
    list = await sys.ok('staff', 'demo-admin-zz', { action: 'list', hospitalId: ZZ });
    expect(list.staff.find((s) => s.openid === 'list-editor-02')).toMatchObject({ grantedByText: '平台管理员' });
    await sys.ok('staff', 'demo-admin-zz', { action: 'revoke', hospitalId: ZZ, openid: 'list-editor-02', role: 'editor' });
    list = await sys.ok('staff', 'demo-admin-zz', { action: 'list', hospitalId: ZZ });
    expect(list.staff.some((s) => s.openid === 'list-editor-02')).toBe(false);
    expect(await sys.call('staff', 'demo-editor-xy', { action: 'list', hospitalId: ZZ })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await sys.call('staff', 'demo-admin-zz', { action: 'revoke', hospitalId: county, openid: 'demo-editor-xy', role: 'editor' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});
