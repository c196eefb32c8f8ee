import type { PrescriptionView } from '../../../miniprogram/shared/dto/records';
import { timeChoices } from '../../../miniprogram/records/plan/times';
import { session } from '../../../miniprogram/stores/session';
import type { LocalSystem } from '../../support/local-system';
import { completedVisit, ZHANG } from '../../support/records-fixtures';
import { apiCalls, failRequests, loadPage, renderPage, routeRequests, startLocalSystem, tap, textOf, waitFor, wxMock, type Rendered } from '../setup/page';
import { installSpeechFakes, life, listenToTheEnd, speechButton } from './speech-fakes';

describe('records plan page (用药计划)', () => {
  let id: string;
  let system: LocalSystem;
  beforeAll(() => {
    id = loadPage('records/plan/index');
  });
  beforeEach(async () => {
    wxMock.request.mockReset();
    wxMock.requestSubscribeMessage.mockClear();
    system = await startLocalSystem({ history: true });
    routeRequests(system);
    session.setDemoOpenid('demo-patient');
  });

  async function prescriptionAt(n: number): Promise<PrescriptionView> {
    return (await system.ok<{ prescriptions: PrescriptionView[] }>('records', 'demo-patient', { action: 'prescriptions', patientId: ZHANG })).prescriptions[n];
  }

  async function opened(prescriptionId: string): Promise<Rendered> {
    const page = renderPage(id);
    await page.instance.onLoad({ prescriptionId });
    await waitFor(() => expect(page.data.view.status).not.toBe('loading'));
    return page;
  }

  it('offers the usual times, marking the chosen ones', () => {
    expect(
      timeChoices(['08:00', '09:15'])
        .filter((c) => c.on)
        .map((c) => c.time),
    ).toEqual(['08:00', '09:15']);
  });

  it('saves the chosen times with reminders after asking for consent, then keeps a diary and a summary for the doctor', async () => {
    const rx = await prescriptionAt(0);
    const page = await opened(rx.id);
    expect(textOf(page)).toContain('每条提醒都需要您授权一次');
    expect(textOf(page.querySelector('#time-20:00')!)).toBe('20:00');
    tap(page, '#time-20:00');
    await waitFor(() => expect(page.data.times).toEqual(['08:00', '20:00']));
    // Chosen is said in words as well as colour: a tick before the time.
    await waitFor(() => expect(textOf(page.querySelector('#time-20:00')!)).toBe('✓ 20:00'));
    page.instance.onRemind({ detail: true });
    await waitFor(() => expect(page.data.templates.length).toBe(1));
    tap(page, '#save-plan');
    await waitFor(() => expect(page.querySelector('#summary')).toBeTruthy());
    expect(wxMock.requestSubscribeMessage).toHaveBeenCalledWith(expect.objectContaining({ tmplIds: ['demo-medication-time'] }));
    expect(apiCalls().find((c) => c.action === 'savePlan')!.params).toMatchObject({ prescriptionId: rx.id, times: ['08:00', '20:00'], remind: true });
    tap(page, '#dose-2026-11-25-08:00-yes');
    await waitFor(() => expect(textOf(page.querySelector('#summary')!)).toContain('已服1次'));
    expect(textOf(page)).toContain('未到时间');
  });

  it('朗读 reads the medicines, the chosen times and the summary for the doctor, and stops when the page is left', async () => {
    const tts = installSpeechFakes();
    const rx = await prescriptionAt(0);
    const page = await opened(rx.id);
    tap(page, '#time-20:00');
    await waitFor(() => expect(page.data.times).toEqual(['08:00', '20:00']));
    tap(page, '#save-plan');
    await waitFor(() => expect(page.querySelector('#summary')).toBeTruthy());
    const summary = textOf(page.querySelector('#summary')!).replace('给医生看的服药小结', '').trim();
    tap(page, '#speech >>> #read-aloud');
    await waitFor(() => expect(speechButton(page)).toContain('停止朗读'));
    await listenToTheEnd(page, tts, waitFor);
    const heard = tts.asked.join('');
    expect(heard.indexOf(`用药计划：${page.data.view.data.drugs}`)).toBe(0);
    expect(heard).toContain('每天服药时间：08:00、20:00。');
    expect(heard.indexOf(summary.slice(0, 12))).toBeGreaterThan(heard.indexOf('每天服药时间'));
    const before = tts.played().length;
    tap(page, '#speech >>> #read-aloud');
    await waitFor(() => expect(tts.played()).toHaveLength(before + 1));
    life(page).detach();
    tts.players[0].ended?.();
    await new Promise((r) => setTimeout(r, 20));
    expect(tts.played()).toHaveLength(before + 1);
    expect(tts.players[0].destroyed).toBe(true);
  });

  it('says how many times the prescription takes a day and picks no more: 每晚1次 and 每日1次 take two', async () => {
    const rx = await prescriptionAt(0);
    const page = await opened(rx.id);
    expect(textOf(page.querySelector('#times-hint')!)).toBe('这张处方每天共服药2次，最多选2个服药时间');
    tap(page, '#time-20:00');
    await waitFor(() => expect(page.data.times).toEqual(['08:00', '20:00']));
    tap(page, '#time-12:00');
    await waitFor(() => expect(page.querySelector('#plan-error')).toBeTruthy());
    expect(textOf(page.querySelector('#plan-error')!)).toBe('这张处方每天共服药2次，最多选2个服药时间');
    expect(page.data.times).toEqual(['08:00', '20:00']);
  });

  it('an unpaid prescription cannot have a plan yet; offline an error with a retry', async () => {
    await completedVisit(system, '上呼吸道感染');
    const unpaid = await prescriptionAt(0);
    expect(textOf(await opened(unpaid.id))).toContain('处方缴费取药后才能制定用药计划');
    failRequests();
    expect(textOf(await opened(unpaid.id))).toContain('重试');
  });

  it('keeps the times being chosen when the page shows again; pull-down refresh (the page behaviour) shows the saved plan', async () => {
    const page = await opened((await prescriptionAt(0)).id);
    tap(page, '#time-20:00');
    await waitFor(() => expect(page.data.times).toEqual(['08:00', '20:00']));
    await page.instance.onShow();
    await page.instance.onShow();
    expect(page.data.times).toEqual(['08:00', '20:00']);
    await page.instance.onPullDownRefresh();
    await waitFor(() => expect(wxMock.stopPullDownRefresh).toHaveBeenCalled());
    expect(page.data.times).toEqual(['08:00']);
    expect(apiCalls().filter((c) => c.action === 'templateIds')).toHaveLength(1);
  });
});
