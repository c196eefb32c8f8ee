/** 诊区签到码: the area's signed code drawn as a QR code that reads back as its text, which checks a patient in. */
import { session } from '../../../miniprogram/stores/session';
import type { LocalSystem } from '../../support/local-system';
import { readQr } from '../../support/qr-decode';
import { consoleSystem, morning, NURSE } from './queue-fixtures';
import { failRequests, loadPage, renderPage, routeRequests, textOf, waitFor, wxMock, type Rendered } from '../setup/page';

describe('staff area-code page (诊区签到码)', () => {
  let id: string;
  let system: LocalSystem;
  beforeAll(() => {
    id = loadPage('staff/area-code/index');
  });
  beforeEach(async () => {
    system = await consoleSystem(NURSE);
  });
  afterEach(() => {
    session.setDemoOpenid('demo-patient');
  });

  async function opened(departmentId: string): Promise<Rendered> {
    const page = renderPage(id);
    await page.instance.onLoad({ departmentId });
    await waitFor(() => expect(page.data.view.status).not.toBe('loading'));
    return page;
  }

  /** The matrix as drawn: the simulator writes rpx as px, a module is a row's height, a run's width whole modules. */
  function drawnRows(page: Rendered): string[] {
    const px = (style: string | null, prop: string): number => Number(new RegExp(`${prop}:\\s*([\\d.]+)px`).exec(style ?? '')![1]);
    return page.querySelectorAll('.qr-row').map((row) => {
      const module = px(row.dom!.getAttribute('style'), 'height');
      return Array.from(row.dom!.children, (run) => {
        const modules = px(run.getAttribute('style'), 'width') / module;
        expect(Number.isInteger(modules)).toBe(true);
        return (run.className.includes('dark') ? '1' : '0').repeat(modules);
      }).join('');
    });
  }

  it('draws the code as a QR code that reads back as the signed text, with a quiet zone; a patient who scans it is checked in', async () => {
    const patients = await morning(system, 2);
    const page = await opened('d-zz-cardio');
    const text = textOf(page);
    expect(text).toContain('心血管内科');
    expect(text).toContain('门诊楼2楼A区 · 到院签到');
    expect(text).toContain('截屏后打印张贴在诊区入口');
    const drawn = drawnRows(page);
    expect(drawn.length).toBeGreaterThanOrEqual(21);
    for (const row of drawn) expect(row).toHaveLength(drawn.length);
    const code = readQr(drawn);
    expect(code).toMatch(/^pzq1\.h-zzcentral\.d-zz-cardio\.[A-Za-z0-9_-]{22}$/);
    expect(text).toContain(code);
    const module = Number(/height:\s*([\d.]+)px/.exec(page.querySelector('.qr-row')!.dom!.getAttribute('style') ?? '')![1]);
    expect(page.querySelector('#area-qr')!.dom!.getAttribute('style')).toContain(`padding: ${4 * module}px`);
    const late = patients[2];
    await system.ok('queue', late.openid, { action: 'checkIn', appointmentId: late.id, code });
    expect(await system.ok('queue', late.openid, { action: 'status', appointmentId: late.id })).toMatchObject({ state: 'waiting', ahead: 2 });
  });

  it("another area's code is another QR code, and it does not check in a patient of this area", async () => {
    const patients = await morning(system, 0);
    session.setDemoOpenid('demo-admin-zz');
    const other = readQr(drawnRows(await opened('d-zz-resp')));
    expect(other).toMatch(/^pzq1\.h-zzcentral\.d-zz-resp\./);
    const res = await system.call('queue', patients[0].openid, { action: 'checkIn', appointmentId: patients[0].id, code: other });
    expect(res).toMatchObject({ ok: false, error: { code: 'STATE_CONFLICT', message: '这不是本次就诊诊区的签到码，请到心血管内科（门诊楼2楼A区）扫码签到' } });
  });

  it('follows elder mode; a patient is refused; an unknown area is empty; a network failure offers a retry', async () => {
    session.setElderMode(true);
    const elder = await opened('d-zz-cardio');
    expect(elder.querySelector('.pz-page')!.dom!.className).toContain('elder');
    expect(textOf(elder)).toContain('诊区签到码');
    session.setElderMode(false);
    session.setDemoOpenid('demo-patient');
    expect(textOf(await opened('d-zz-cardio'))).toContain('没有权限进行此操作');
    session.setDemoOpenid(NURSE);
    expect(textOf(await opened(''))).toContain('没有找到这个诊区');
    failRequests();
    expect(textOf(await opened('d-zz-cardio'))).toContain('网络不太好');
  });

  it('after a network failure, pull-down refresh draws the code (the page behaviour), and a later show keeps it without asking again', async () => {
    failRequests();
    const page = await opened('d-zz-cardio');
    expect(textOf(page)).toContain('网络不太好');
    routeRequests(system);
    await page.instance.onPullDownRefresh();
    await waitFor(() => expect(wxMock.stopPullDownRefresh).toHaveBeenCalled());
    expect(page.data.view.status).toBe('ready');
    expect(readQr(drawnRows(page))).toMatch(/^pzq1\.h-zzcentral\.d-zz-cardio\./);
    const asked = wxMock.request.mock.calls.length;
    await page.instance.onShow();
    await page.instance.onShow();
    expect(wxMock.request.mock.calls.length).toBe(asked);
  });
});
