import { session } from '../../../miniprogram/stores/session';
import type { GuideSectionView } from '../../../miniprogram/shared/dto/content';
import { apiCalls, loadPage, renderPage, routeRequests, startLocalSystem, textOf, waitFor, wxMock, failRequests } from '../setup/page';
import type { LocalSystem } from '../../support/local-system';
import { appFunctions } from '../../../miniprogram/shared/functions';

describe('guide page', () => {
  let id: string;
  let system: LocalSystem;
  let sections: GuideSectionView[];
  beforeAll(() => {
    id = loadPage('previsit/guide/index');
  });
  beforeEach(async () => {
    jestReset();
    system = await startLocalSystem();
    routeRequests(system);
    sections = (await system.ok<{ sections: GuideSectionView[] }>('content', null, { action: 'getGuide', hospitalId: 'h-zzcentral' })).sections;
  });

  function jestReset(): void {
    wxMock.request.mockReset();
    session.setHospitalsStatus('idle', '');
    session.selectHospital('h-zzcentral');
  }

  async function shown(query: Record<string, string> = {}) {
    const page = renderPage(id);
    await page.instance.onLoad(query);
    await waitFor(() => expect(page.data.view.status).toBe('ready'));
    return page;
  }

  type Page = ReturnType<typeof renderPage>;

  /** The sections whose van-collapse-item is expanded, in page order. */
  function expanded(page: Page): string[] {
    const ids = Object.values(page.data.view.data.sections as Record<string, { id: string }>).map((s) => s.id);
    return ids.filter((s) => page.querySelector(`#section-${s}`)!.data.expanded);
  }

  /** Taps a section's title as a finger would: the van-cell inside the van-collapse-item. */
  function tapTitle(page: Page, sectionId: string): void {
    const title = page.querySelector(`#section-${sectionId}`)!.querySelector('.van-collapse-item__title')!;
    title.querySelector('.van-cell')!.dispatchEvent('tap');
  }

  it('shows every section with its paragraphs and its steps, the first one open', async () => {
    const page = await shown();
    const text = textOf(page);
    expect(text).toContain('郑州康宁医院就诊指南');
    for (const s of sections) {
      expect(text).toContain(s.title);
      for (const p of s.paragraphs) expect(text).toContain(p);
      for (const step of s.steps) expect(text).toContain(step);
    }
    expect(text).toContain('初诊流程');
    expect(text).toContain('异地就医备案');
    for (const s of sections) expect(Boolean(page.querySelector(`#steps-${s.id}`))).toBe(s.steps.length > 0);
    expect(page.querySelector('#steps-first-visit')!.data.direction).toBe('vertical');
    expect(expanded(page)).toEqual(['first-visit']);
    expect(apiCalls().map((c) => `${c.fn}.${c.action}`)).toEqual(['content.listHospitals', 'content.getGuide']);
    expect(apiCalls()[1].params).toEqual({ hospitalId: 'h-zzcentral' });
  });

  it('shows a section about a function only where the hospital offers it: 医护到家 here, not at the county hospital', async () => {
    const page = await shown();
    expect(textOf(page)).toContain('医护到家');
    session.selectHospital('h-xinyang-county');
    const county = await shown();
    expect(textOf(county)).toContain('光山县康宁医院就诊指南');
    expect(textOf(county)).not.toContain('医护到家');
    expect(county.querySelector('#section-homecare')).toBeUndefined();
  });

  it('promises only functions this mini program has, in both hospitals', async () => {
    const names = appFunctions.map((f) => f.name);
    for (const hospitalId of ['h-zzcentral', 'h-xinyang-county']) {
      const guide = (await system.ok<{ sections: GuideSectionView[] }>('content', null, { action: 'getGuide', hospitalId })).sections;
      const text = guide.map((g) => [g.title, ...g.paragraphs, ...g.steps].join('\n')).join('\n');
      for (const m of text.matchAll(/小程序(?:内|中)?“(?:服务—)?([^”]+)”/g)) expect(names.some((n) => n.includes(m[1]))).toBe(true);
      for (const unbuilt of ['陪诊服务', '视频问诊']) expect(text).not.toContain(unbuilt);
    }
  });

  it('opens the section given in the query', async () => {
    const page = await shown({ section: 'insurance' });
    expect(page.data.open).toEqual(['insurance']);
    expect(expanded(page)).toEqual(['insurance']);
  });

  it('opens the first section when the requested one does not exist', async () => {
    const page = await shown({ section: 'no-such-section' });
    expect(expanded(page)).toEqual(['first-visit']);
  });

  it('opens and closes sections when their titles are tapped', async () => {
    const page = await shown({ section: 'insurance' });
    tapTitle(page, 'bring');
    await waitFor(() => expect(expanded(page)).toEqual(['insurance', 'bring']));
    tapTitle(page, 'insurance');
    await waitFor(() => expect(expanded(page)).toEqual(['bring']));
    expect(page.data.open).toEqual(['bring']);
  });

  it('shows the county hospital’s guide when it is the chosen one', async () => {
    session.selectHospital('h-xinyang-county');
    const page = await shown({ section: 'referral' });
    expect(textOf(page)).toContain('光山县康宁医院就诊指南');
    expect(textOf(page)).toContain('双向转诊');
    expect(expanded(page)).toEqual(['referral']);
  });

  it('shows the empty state when the hospital has no guide', async () => {
    const doc = await system.ports.db.get<{ _id: string; guide: unknown[] }>('hospitals', 'h-zzcentral');
    await system.ports.db.remove('hospitals', { _id: 'h-zzcentral' });
    await system.ports.db.insert('hospitals', { ...doc!, guide: [] });
    const page = renderPage(id);
    await page.instance.onLoad({});
    await waitFor(() => expect(textOf(page)).toContain('暂无就诊指南'));
  });

  it('shows an error with a retry when the backend cannot be reached, and loads on retry', async () => {
    failRequests();
    const page = renderPage(id);
    await page.instance.onLoad({ section: 'bring' });
    await waitFor(() => expect(textOf(page)).toContain('网络不太好'));
    expect(textOf(page)).toContain('重试');
    routeRequests(system);
    page.querySelector('#state')!.dispatchEvent('retry');
    await waitFor(() => expect(textOf(page)).toContain('就诊须带物品'));
    expect(expanded(page)).toEqual(['bring']);
  });
});
