import { session } from '../../../miniprogram/stores/session';
import type { PatientView } from '../../../miniprogram/shared/dto/booking';
import type { LocalSystem } from '../../support/local-system';
import { apiCalls, failRequests, loadPage, renderPage, routeRequests, startLocalSystem, tap, textOf, waitFor, wxMock, type Rendered } from '../setup/page';
import { resetRemotes } from '../../../miniprogram/stores/resource';

const CHILD = { name: '张小明', relation: 'child', idNumber: '110105201203150011', phone: '13912345678' };

describe('booking patient form page', () => {
  let id: string;
  let system: LocalSystem;
  beforeAll(() => {
    id = loadPage('booking/patient-edit/index');
  });
  beforeEach(async () => {
    wxMock.request.mockReset();
    wxMock.navigateBack.mockReset();
    wxMock.showToast.mockReset();
    session.setHospitalsStatus('idle', '');
    system = await startLocalSystem();
    routeRequests(system);
    session.setDemoOpenid('demo-patient');
  });

  async function form(query: Record<string, string> = {}): Promise<Rendered> {
    const page = renderPage(id);
    await page.instance.onLoad(query);
    await waitFor(() => expect(page.data.view.status).toBe('ready'));
    return page;
  }

  function fill(page: Rendered, values: Partial<typeof CHILD>): void {
    const v = { ...CHILD, ...values };
    page.instance.onName({ detail: v.name });
    page.instance.onRelation({ detail: v.relation });
    page.instance.onIdNumber({ detail: v.idNumber });
    page.instance.onPhone({ detail: v.phone });
  }

  const stored = async () => (await system.ok<{ patients: PatientView[] }>('patients', 'demo-patient', { action: 'list' })).patients;
  const writes = () => apiCalls().filter((c) => c.action === 'add' || c.action === 'update');

  it('checks the form inline with the shared validators and sends nothing', async () => {
    const page = await form();
    expect(textOf(page)).toContain('添加就诊人');
    expect(page.querySelector('#masked-note')).toBeFalsy();
    page.instance.onName({ detail: '张' });
    page.instance.onRelation({ detail: 'stranger' });
    page.instance.onIdNumber({ detail: '110105201203150012' });
    page.instance.onPhone({ detail: '1234' });
    tap(page, '#save');
    await waitFor(() => expect(textOf(page)).toContain('身份证号码不正确，请核对（18位，最后一位可能是X）'));
    const text = textOf(page);
    expect(text).toContain('姓名至少2个字');
    expect(text).toContain('请选择与您的关系');
    expect(text).toContain('请填写11位手机号码');
    expect(writes()).toHaveLength(0);
    page.instance.onIdNumber({ detail: CHILD.idNumber });
    await waitFor(() => expect(textOf(page)).not.toContain('身份证号码不正确'));
  });

  it('adds a family member and goes back; the list has the masked ID', async () => {
    const page = await form();
    fill(page, {});
    tap(page, '#save');
    await waitFor(() => expect(wxMock.navigateBack).toHaveBeenCalled());
    expect(wxMock.showToast).toHaveBeenCalledWith({ title: '已保存', icon: 'none' });
    expect(writes()[0].params).toMatchObject({ name: '张小明', relation: 'child', idType: 'resident_id', idNumber: CHILD.idNumber, phone: CHILD.phone });
    const added = (await stored()).find((p) => p.name === '张小明')!;
    expect(added).toMatchObject({ relationLabel: '子女', idNumberMasked: '1****************1', phoneMasked: '139****5678', age: 14, sex: 'male' });
  });

  it('adds one member on a double save', async () => {
    const page = await form();
    fill(page, {});
    tap(page, '#save');
    tap(page, '#save');
    await Promise.all([page.instance.onSave(), page.instance.onSave()]);
    await waitFor(() => expect(wxMock.navigateBack).toHaveBeenCalled());
    expect(writes()).toHaveLength(1);
    expect(String(writes()[0].params.requestId)).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect((await stored()).filter((p) => p.name === '张小明')).toHaveLength(1);
  });

  it('keeps the request id when retrying after a network failure', async () => {
    const page = await form();
    fill(page, {});
    failRequests();
    await page.instance.onSave();
    await waitFor(() => expect(textOf(page)).toContain('网络不太好'));
    routeRequests(system);
    await page.instance.onSave();
    await waitFor(() => expect(wxMock.navigateBack).toHaveBeenCalled());
    expect(writes()).toHaveLength(2);
    expect(writes()[1].params.requestId).toBe(writes()[0].params.requestId);
    expect((await stored()).filter((p) => p.name === '张小明')).toHaveLength(1);
  });

  it('shows the server’s refusal on its field: a document already added', async () => {
    const page = await form();
    fill(page, { name: '张建国', relation: 'self', idNumber: '410105196803151031' });
    tap(page, '#save');
    await waitFor(() => expect(page.data.errors.idNumber).toBe('该证件的就诊人已添加'));
    expect(textOf(page)).toContain('该证件的就诊人已添加');
    expect(wxMock.navigateBack).not.toHaveBeenCalled();
  });

  it('shows the limit of five as a form message', async () => {
    for (const [n, idNumber] of ['11010519700101002X', '110105194502020038', '110105199001010010'].entries()) {
      await system.ok('patients', 'demo-patient', {
        action: 'add',
        name: `家人${'甲乙丙'[n]}`,
        relation: 'other',
        idType: 'resident_id',
        idNumber,
        phone: '13912345678',
        requestId: `edit-limit-${n}`,
      });
    }
    const page = await form();
    fill(page, {});
    tap(page, '#save');
    await waitFor(() => expect(textOf(page)).toContain('每个账号最多添加5位就诊人'));
    expect(wxMock.navigateBack).not.toHaveBeenCalled();
  });

  it('edits a member: asks again for the full ID number and phone, then saves', async () => {
    const page = await form({ id: 'pat-demo-zhang-mother' });
    expect(textOf(page)).toContain('修改就诊人');
    expect(page.data.form).toMatchObject({ name: '王秀兰', relation: 'parent', idType: 'resident_id', idNumber: '', phone: '' });
    expect(page.querySelector('#masked-note')!.dom!.textContent).toContain('4****************7');
    expect(textOf(page)).toContain('请重新完整填写证件号码和手机号码');
    tap(page, '#save');
    await waitFor(() => expect(textOf(page)).toContain('请填写证件号码'));
    expect(textOf(page)).toContain('请填写手机号码');
    expect(writes()).toHaveLength(0);
    page.instance.onIdNumber({ detail: '410105194208062027' });
    page.instance.onPhone({ detail: '13700001111' });
    tap(page, '#save');
    await waitFor(() => expect(wxMock.navigateBack).toHaveBeenCalled());
    expect(writes()[0]).toMatchObject({ action: 'update', params: { patientId: 'pat-demo-zhang-mother', name: '王秀兰', relation: 'parent' } });
    expect((await stored()).find((p) => p.id === 'pat-demo-zhang-mother')!.phoneMasked).toBe('137****1111');
  });

  it('keeps what was typed when the page shows again', async () => {
    const page = await form({ id: 'pat-demo-zhang-mother' });
    page.instance.onPhone({ detail: '13700001111' });
    await page.instance.onShow();
    await page.instance.onShow();
    expect(page.data.form).toMatchObject({ name: '王秀兰', phone: '13700001111' });
  });

  it('shows the empty state for a member of another account, and an error with a retry offline', async () => {
    const page = renderPage(id);
    await page.instance.onLoad({ id: 'pat-demo2-li' });
    await waitFor(() => expect(textOf(page)).toContain('没有找到这位就诊人'));
    // The app started again offline: the family store holds nothing.
    resetRemotes();
    failRequests();
    const offline = renderPage(id);
    await offline.instance.onLoad({ id: 'pat-demo-zhang' });
    await waitFor(() => expect(textOf(offline)).toContain('网络不太好'));
    expect(textOf(offline)).toContain('重试');
  });
});
