import { session } from '../../../miniprogram/stores/session';
import type { Directions } from '../../../miniprogram/shared/dto/content';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { MINIPROGRAM, tap, apiCalls, loadPage, renderPage, routeRequests, startLocalSystem, textOf, waitFor, wxMock, failRequests } from '../setup/page';
import type { LocalSystem } from '../../support/local-system';

describe('directions page', () => {
  let id: string;
  let system: LocalSystem;
  let directions: Directions;
  beforeAll(() => {
    id = loadPage('previsit/directions/index');
  });
  beforeEach(async () => {
    jestReset();
    system = await startLocalSystem();
    routeRequests(system);
    directions = (await system.ok<{ directions: Directions }>('content', null, { action: 'getDirections', hospitalId: 'h-zzcentral' })).directions;
  });

  function jestReset(): void {
    wxMock.request.mockReset();
    wxMock.openLocation.mockReset();
    session.setHospitalsStatus('idle', '');
    session.selectHospital('h-zzcentral');
  }

  async function shown() {
    const page = renderPage(id);
    await page.instance.onLoad({});
    await waitFor(() => expect(page.data.view.status).toBe('ready'));
    return page;
  }

  it('shows the hospital on the map with its address, transit lines, parking and hours', async () => {
    const page = await shown();
    const text = textOf(page);
    expect(text).toContain('郑州康宁医院');
    expect(text).toContain('河南省郑州市金水区康宁街18号');
    expect(text).toContain('打开地图导航');
    expect(text).toContain('地铁2号线 关虎屯站 C口出');
    for (const line of directions.transit) expect(text).toContain(line);
    expect(text).toContain('门急诊患者首小时免费');
    expect(text).toContain(directions.hours);
    const attrs = page.querySelector('#map')!.toJSON().attrs;
    expect(attrs).toContainEqual({ name: 'latitude', value: 34.7803 });
    expect(attrs).toContainEqual({ name: 'longitude', value: 113.6904 });
    const markers = attrs.find((a) => a.name === 'markers')!.value as Array<{ latitude: number; longitude: number; title: string }>;
    const pin = '/previsit/directions/pin.png';
    expect(Object.values(markers)).toEqual([expect.objectContaining({ latitude: 34.7803, longitude: 113.6904, title: '郑州康宁医院', iconPath: pin })]);
    expect(existsSync(join(MINIPROGRAM, pin))).toBe(true);
    expect(page.querySelector('.address-icon')!.toJSON().attrs).toContainEqual({ name: 'src', value: pin });
    expect(apiCalls().map((c) => `${c.fn}.${c.action}`)).toEqual(['content.listHospitals', 'content.getDirections']);
    expect(apiCalls()[1].params).toEqual({ hospitalId: 'h-zzcentral' });
  });

  it('opens WeChat’s map at the hospital from the big button', async () => {
    const page = await shown();
    tap(page, '#open-map');
    await waitFor(() =>
      expect(wxMock.openLocation).toHaveBeenCalledWith(
        expect.objectContaining({
          latitude: 34.7803,
          longitude: 113.6904,
          name: '郑州康宁医院',
          address: directions.address,
          scale: 16,
        }),
      ),
    );
  });

  it('shows the county hospital when it is the chosen one', async () => {
    session.selectHospital('h-xinyang-county');
    const page = await shown();
    expect(textOf(page)).toContain('光山县紫水街道康宁路66号');
    expect(textOf(page)).toContain('县城公交1路、3路');
    expect(apiCalls()[1].params).toEqual({ hospitalId: 'h-xinyang-county' });
  });

  it('shows an error with a retry when the backend cannot be reached, and loads on retry', async () => {
    failRequests();
    const page = renderPage(id);
    await page.instance.onLoad({});
    await waitFor(() => expect(textOf(page)).toContain('网络不太好'));
    expect(textOf(page)).toContain('重试');
    expect(wxMock.openLocation).not.toHaveBeenCalled();
    routeRequests(system);
    page.querySelector('#state')!.dispatchEvent('retry');
    await waitFor(() => expect(textOf(page)).toContain('打开地图导航'));
  });
});
