import { session } from '../../../miniprogram/stores/session';
import type { Directions } from '../../../miniprogram/shared/dto/content';
import type { TriageResult } from '../../../miniprogram/shared/dto/triage';
import { decodeEmergency, emergencyUrl } from '../../../miniprogram/previsit/triage-common/query';
import type { LocalSystem } from '../../support/local-system';
import { apiCalls, failRequests, loadPage, renderPage, routeRequests, startLocalSystem, tap, textOf, waitFor, wxMock, type Rendered } from '../setup/page';

/** The query of a url as WeChat hands it to onLoad: values still URI-encoded. */
function rawQuery(url: string): Record<string, string> {
  const search = url.split('?')[1] ?? '';
  return Object.fromEntries(
    search
      .split('&')
      .filter((p) => p)
      .map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)]),
  );
}

const CHEST = '胸口像压了块石头，一直冒冷汗';

describe('emergency page', () => {
  let id: string;
  let system: LocalSystem;
  beforeAll(() => {
    id = loadPage('previsit/emergency/index');
  });
  beforeEach(async () => {
    wxMock.request.mockReset();
    wxMock.makePhoneCall.mockReset();
    wxMock.openLocation.mockReset();
    session.setHospitalsStatus('idle', '');
    session.selectHospital('h-zzcentral');
    system = await startLocalSystem();
    routeRequests(system);
  });

  /** The screen the form opens for `text`: the real engine's answer through the form's own url. */
  async function screenFor(text: string, hospitalId = 'h-zzcentral'): Promise<{ page: Rendered; result: TriageResult }> {
    const result = await system.ok<TriageResult>('triage', 'demo-patient', { action: 'assess', hospitalId, text });
    expect(result.emergency).toBe(true);
    const page = renderPage(id);
    await page.instance.onLoad(rawQuery(emergencyUrl(result, hospitalId)));
    return { page, result };
  }

  it('says 请立即就医 with the red flags, the advice and the emergency department at once', async () => {
    const { page, result } = await screenFor(CHEST);
    const text = textOf(page);
    expect(text).toContain('请立即就医');
    expect(page.querySelector('#flags')!.dom!.textContent).toContain('胸痛伴大汗');
    expect(page.querySelector('#advice')!.dom!.textContent).toBe(result.advice);
    const er = page.querySelector('#emergency-department')!.dom!.textContent!;
    expect(er).toContain('急诊科');
    expect(er).toContain('急诊楼1楼（医院东门）');
    expect(er).toContain('0371-66128120');
    expect(text).toContain('拨打120');
  });

  it('calls 120 from the big button and the emergency department from its number', async () => {
    const { page } = await screenFor(CHEST);
    tap(page, '#call-120');
    await waitFor(() => expect(wxMock.makePhoneCall).toHaveBeenCalledWith(expect.objectContaining({ phoneNumber: '120' })));
    tap(page, '#call-department');
    await waitFor(() => expect(wxMock.makePhoneCall).toHaveBeenCalledWith(expect.objectContaining({ phoneNumber: '037166128120' })));
  });

  it('shows the way to the hospital and opens WeChat’s map there', async () => {
    const { directions } = await system.ok<{ directions: Directions }>('content', null, { action: 'getDirections', hospitalId: 'h-zzcentral' });
    const { page } = await screenFor(CHEST);
    await waitFor(() => expect(page.querySelector('#navigate')).toBeTruthy());
    expect(page.querySelector('#hospital')!.dom!.textContent).toContain(directions.address);
    expect(
      apiCalls()
        .filter((c) => c.action === 'getDirections')
        .map((c) => c.params),
    ).toEqual([{ hospitalId: 'h-zzcentral' }]);
    tap(page, '#navigate');
    await waitFor(() =>
      expect(wxMock.openLocation).toHaveBeenCalledWith(
        expect.objectContaining({
          latitude: directions.latitude,
          longitude: directions.longitude,
          name: directions.name,
          address: directions.address,
          scale: 16,
        }),
      ),
    );
  });

  it('shows the county hospital’s emergency department for a stroke there', async () => {
    const { page } = await screenFor('突然说话不清，嘴歪了', 'h-xinyang-county');
    expect(page.querySelector('#flags')!.dom!.textContent).toContain('口角歪斜');
    expect(page.querySelector('#emergency-department')!.dom!.textContent).toContain('0376-86180120');
    await waitFor(() => expect(page.querySelector('#hospital')!.dom!.textContent).toContain('光山县紫水街道康宁路66号'));
  });

  /** The chest-pain screen opened offline: the way to the hospital shows an error. */
  async function openedOffline(): Promise<Rendered> {
    const result = await system.ok<TriageResult>('triage', 'demo-patient', { action: 'assess', hospitalId: 'h-zzcentral', text: CHEST });
    failRequests();
    const page = renderPage(id);
    await page.instance.onLoad(rawQuery(emergencyUrl(result, 'h-zzcentral')));
    await waitFor(() => expect(page.querySelector('#hospital')!.dom!.textContent).toContain('网络不太好'));
    return page;
  }

  it('keeps 拨打120 working offline; the way to the hospital shows an error with a retry', async () => {
    const page = await openedOffline();
    expect(textOf(page)).toContain('急诊楼1楼（医院东门）');
    tap(page, '#call-120');
    await waitFor(() => expect(wxMock.makePhoneCall).toHaveBeenCalledWith(expect.objectContaining({ phoneNumber: '120' })));
    routeRequests(system);
    page.querySelector('#directions-state')!.dispatchEvent('retry');
    await waitFor(() => expect(page.querySelector('#navigate')).toBeTruthy());
  });

  it('opened without a query: general advice, 120, and the chosen hospital’s way', async () => {
    const page = renderPage(id);
    await page.instance.onLoad({});
    expect(textOf(page)).toContain('如有胸痛、呼吸困难、意识不清');
    expect(textOf(page)).toContain('本院没有急诊科');
    expect(page.querySelector('#flags')).toBeFalsy();
    await waitFor(() => expect(page.querySelector('#navigate')).toBeTruthy());
    expect(page.querySelector('#hospital')!.dom!.textContent).toContain('郑州康宁医院');
  });

  it('offline, pull-down refresh (the page behaviour) brings the way to the hospital once the network is back', async () => {
    const page = await openedOffline();
    routeRequests(system);
    await page.instance.onPullDownRefresh();
    await waitFor(() => expect(page.querySelector('#navigate')).toBeTruthy());
    expect(wxMock.stopPullDownRefresh).toHaveBeenCalled();
  });
});

describe('emergency query', () => {
  it('carries the emergency department, the red flags and the advice, short', () => {
    const result: TriageResult = {
      status: 'emergency',
      emergency: true,
      advice: '立即拨打120。'.repeat(60),
      departments: [],
      redFlags: ['一', '二', '三', '四', '五', '六'].map((label) => ({ id: label, label: `信号${label}`, advice: '' })),
      understood: { symptoms: [], denied: [], duration: null, age: null, sex: null, pregnant: false },
      notices: [],
      emergencyDepartment: { departmentId: 'd-er', name: '急诊科', location: '东门&1楼', phone: '0371-120' },
    };
    const info = decodeEmergency(rawQuery(emergencyUrl(result, 'h-1')));
    expect(info.department).toEqual({ id: 'd-er', name: '急诊科', location: '东门&1楼', phone: '0371-120' });
    expect(info.flags).toEqual(['信号一', '信号二', '信号三', '信号四', '信号五']);
    expect(info.advice).toHaveLength(300);
    expect(info.hospitalId).toBe('h-1');
    const none = decodeEmergency(rawQuery(emergencyUrl({ ...result, emergencyDepartment: null, redFlags: [] }, 'h-1')));
    expect([none.department, none.flags]).toEqual([null, []]);
    expect(decodeEmergency({})).toEqual({ hospitalId: '', advice: '', flags: [], department: null });
  });
});
