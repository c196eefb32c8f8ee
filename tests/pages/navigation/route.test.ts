import { session } from '../../../miniprogram/stores/session';
import type { RouteView } from '../../../miniprogram/shared/dto/navigation';
import type { LocalSystem } from '../../support/local-system';
import { apiCalls, failRequests, loadPage, renderPage, routeRequests, startLocalSystem, textOf, waitFor, wxMock } from '../setup/page';

describe('route page (院内导航)', () => {
  let id: string;
  let system: LocalSystem;
  beforeAll(() => {
    id = loadPage('navigation/route/index');
  });
  beforeEach(async () => {
    wxMock.request.mockReset();
    session.setElderMode(false);
    system = await startLocalSystem();
    routeRequests(system);
  });

  async function shown(query: Record<string, string>) {
    const page = renderPage(id);
    await page.instance.onLoad(query);
    await waitFor(() => expect(page.data.view.status).not.toBe('loading'));
    return page;
  }

  it('shows the way from the main entrance to a department: summary, numbered steps and a floor plan per floor', async () => {
    const page = await shown({ hospitalId: 'h-zzcentral', to: 'd-zz-cardio' });
    const expected = await system.ok<RouteView>('navigation', null, {
      action: 'route',
      hospitalId: 'h-zzcentral',
      to: 'd-zz-cardio',
      stepFree: false,
      elder: false,
    });
    const text = textOf(page);
    expect(text).toContain('去 心血管内科（门诊楼2楼A区）');
    expect(text).toContain('从 门诊楼正门 出发');
    expect(text).toContain(expected.summary);
    for (const step of expected.steps) expect(text).toContain(step.text);
    expect(text).toContain('含楼梯或扶梯');
    expect(page.querySelectorAll('.step')).toHaveLength(expected.steps.length);
    const plans = page.querySelectorAll('.plan-image');
    expect(plans).toHaveLength(expected.plans.length);
    expect(page.querySelector(`#plan-${expected.plans[0].planId}`)).not.toBeNull();
    expect(text).toContain('门诊楼2楼');
    expect(apiCalls()[0]).toMatchObject({
      fn: 'navigation',
      action: 'route',
      params: { hospitalId: 'h-zzcentral', to: 'd-zz-cardio', stepFree: false, elder: false },
    });
  });

  it('the step-free switch asks again and shows a route without stairs or escalators', async () => {
    const page = await shown({ hospitalId: 'h-zzcentral', to: 'd-zz-cardio' });
    expect(textOf(page)).toContain('无障碍路线约');
    await page.instance.onStepFreeChange({ detail: true });
    await waitFor(() => expect(page.data.view.status).toBe('ready'));
    expect(apiCalls()[1].params).toMatchObject({ stepFree: true });
    const text = textOf(page);
    expect(text).toContain('乘电梯到2楼');
    expect(text).not.toMatch(/扶梯到|楼梯间/);
    expect(text).toContain('无台阶');
    expect(page.querySelector('#step-free')!.data.checked).toBe(true);
  });

  it('in elder mode: step-free by default, the slower pace, larger text', async () => {
    session.setElderMode(true);
    const page = await shown({ hospitalId: 'h-zzcentral', to: 'd-zz-ophth' });
    expect(page.data.stepFree).toBe(true);
    expect(apiCalls()[0].params).toMatchObject({ stepFree: true, elder: true });
    expect(page.querySelector('.pz-page')!.dom!.className).toContain('elder');
    expect(textOf(page)).toContain('无台阶');
    expect(textOf(page)).toContain('乘电梯到8楼');
  });

  it('uses the session’s hospital when none is given', async () => {
    session.selectHospital('h-xinyang-county');
    await shown({ to: 'd-xy-tcm' });
    expect(apiCalls()[0].params).toMatchObject({ hospitalId: 'h-xinyang-county', to: 'd-xy-tcm' });
    session.selectHospital('h-zzcentral');
  });

  it('an unknown place shows the Chinese message with the information desk; nothing to go to is the empty state; offline an error with retry', async () => {
    const unknown = await shown({ hospitalId: 'h-zzcentral', to: 'd-nowhere' });
    expect(textOf(unknown)).toContain('地图上没有找到这个地点，请到门诊楼1楼服务台咨询');
    const nothing = await shown({ hospitalId: 'h-zzcentral' });
    expect(textOf(nothing)).toContain('没有要去的地点');
    failRequests();
    const offline = await shown({ hospitalId: 'h-zzcentral', to: 'd-zz-cardio' });
    expect(textOf(offline)).toContain('网络不太好');
    expect(textOf(offline)).toContain('重试');
  });
});
