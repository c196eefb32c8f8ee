import { session } from '../../../miniprogram/stores/session';
import type { TriageResult } from '../../../miniprogram/shared/dto/triage';
import { alarmUrl } from '../../../miniprogram/previsit/triage-common/query';
import type { LocalSystem } from '../../support/local-system';
import { loadPage, renderPage, routeRequests, startLocalSystem, tap, textOf, waitFor, wxMock, type Rendered } from '../setup/page';

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

describe('self-harm screen', () => {
  let id: string;
  let system: LocalSystem;
  beforeAll(() => {
    id = loadPage('previsit/crisis/index');
  });
  beforeEach(async () => {
    wxMock.request.mockReset();
    wxMock.makePhoneCall.mockReset();
    session.setHospitalsStatus('idle', '');
    session.selectHospital('h-zzcentral');
    system = await startLocalSystem();
    routeRequests(system);
  });

  /** The screen the form opens for `text`: the real engine's answer through the form's own url. */
  async function screenFor(text: string, hospitalId = 'h-zzcentral'): Promise<{ page: Rendered; url: string }> {
    const result = await system.ok<TriageResult>('triage', 'demo-patient', { action: 'assess', hospitalId, text });
    expect(result.emergency).toBe(true);
    const url = alarmUrl(result, hospitalId);
    const page = renderPage(id);
    await page.instance.onLoad(rawQuery(url));
    return { page, url };
  }

  it('opens instead of the emergency screen, in calm words, with 12356 and 120 and no department list', async () => {
    const { page, url } = await screenFor('活着没意思，不想活了');
    expect(url.startsWith('/previsit/crisis/index?')).toBe(true);
    const text = textOf(page);
    expect(text).toContain('谢谢你愿意说出来');
    expect(text).toContain('拨打 12356');
    expect(text).toContain('拨打120急救电话');
    expect(text).not.toMatch(/医学心理科|急诊科|挂号|请立即就医/);
    expect(text.indexOf('12356')).toBeLessThan(text.indexOf('120急救'));
    tap(page, '#call-national');
    await waitFor(() => expect(wxMock.makePhoneCall).toHaveBeenCalledWith(expect.objectContaining({ phoneNumber: '12356' })));
  });

  it('offers the hospital’s own 24-hour line when its phone book has one', async () => {
    const { page } = await screenFor('我想自杀');
    await waitFor(() => expect(page.querySelector('#call-hospital')).toBeTruthy());
    expect(page.querySelector('#call-hospital')!.dom!.textContent).toContain('0371-66128525');
    tap(page, '#call-hospital');
    await waitFor(() => expect(wxMock.makePhoneCall).toHaveBeenCalledWith(expect.objectContaining({ phoneNumber: '037166128525' })));
  });

  it('shows no hospital line where none is set', async () => {
    const { page } = await screenFor('我想自杀', 'h-xinyang-county');
    await waitFor(() => expect(wxMock.request).toHaveBeenCalled());
    expect(page.querySelector('#call-hospital')).toBeFalsy();
    expect(textOf(page)).toContain('12356');
  });

  it('puts 120 first when pills were taken too', async () => {
    const { page } = await screenFor('不想活了，刚才吃了一整瓶安眠药');
    const text = textOf(page);
    expect(page.querySelector('#call-120-first')).toBeTruthy();
    expect(text.indexOf('120急救')).toBeLessThan(text.indexOf('12356'));
    tap(page, '#call-120-first');
    await waitFor(() => expect(wxMock.makePhoneCall).toHaveBeenCalledWith(expect.objectContaining({ phoneNumber: '120' })));
  });
});
