import type { PrescriptionView } from '../../../miniprogram/shared/dto/records';
import { session } from '../../../miniprogram/stores/session';
import type { LocalSystem } from '../../support/local-system';
import { completedVisit, MOTHER } from '../../support/records-fixtures';
import { openFamilyPage } from './family-page';
import { failRequests, loadPage, routeRequests, startLocalSystem, tap, textOf, waitFor, wxMock, type Rendered } from '../setup/page';

describe('records prescriptions page (处方查询)', () => {
  let id: string;
  let system: LocalSystem;
  beforeAll(() => {
    id = loadPage('records/prescriptions/index');
  });
  beforeEach(async () => {
    wxMock.request.mockReset();
    wxMock.navigateTo.mockReset();
    system = await startLocalSystem({ history: true });
    routeRequests(system);
    session.setDemoOpenid('demo-patient');
  });

  const opened = (query: Record<string, string> = {}): Promise<Rendered> => openFamilyPage(id, query);

  const listOf = (page: Rendered): PrescriptionView[] => Object.values(page.data.view.data.prescriptions as Record<string, PrescriptionView>);

  it('shows each visit’s drugs with dose, frequency, route, days and quantity, the window, and days left of long-term medicines', async () => {
    const page = await opened();
    const [latest] = listOf(page);
    const card = textOf(page.querySelector(`#rx-${latest.id}`)!);
    expect(card).toContain('阿托伐他汀钙片');
    expect(card).toContain('5mg（1片） · 每日1次 · 口服 · 28天 · 共1盒');
    expect(card).toContain('已取药');
    expect(card).toContain('门诊西药房');
    expect(card).toContain('还剩约8天');
    expect(card).toContain('长期处方（慢病稳定期）');
    tap(page, `#guide-${latest.id}-DRUG-AML`);
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/records/drug/index?code=DRUG-AML' }));
  });

  it('a long-term medicine that ran out nudges to book the follow-up at its department', async () => {
    const page = await opened();
    const old = listOf(page).find((rx) => rx.items.some((i) => i.supply && i.supply.daysLeft === 0))!;
    expect(textOf(page.querySelector(`#rx-${old.id}`)!)).toContain('药已用完，请尽快复诊');
    tap(page, `#follow-up-${old.id}-DRUG-MET`);
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: `/booking/department/index?id=${old.departmentId}` }));
  });

  it('an unpaid prescription links to paying its outpatient order', async () => {
    await completedVisit(system, '上呼吸道感染');
    const page = await opened();
    const [rx] = listOf(page);
    expect(textOf(page.querySelector(`#rx-${rx.id}`)!)).toContain('未缴费');
    tap(page, `#pay-${rx.id}`);
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: `/billing/order/index?id=${rx.orderId}` }));
  });

  it('warns of interactions among the family member’s current drugs', async () => {
    const page = await opened({ patientId: MOTHER });
    await waitFor(() => expect(textOf(page)).toContain('用药相互作用提醒'));
    const warning = textOf(page.querySelector('#interactions')!);
    expect(warning).toContain('螺内酯片 + 马来酸依那普利片');
    expect(warning).toContain('严重');
    expect(warning).toContain('不能代替医生和药师的建议');
  });

  it('empty for an account whose family has no prescriptions; an error offline', async () => {
    session.setDemoOpenid('demo-patient-2');
    expect(textOf(await opened())).toContain('还没有处方');
    failRequests();
    expect(textOf(await opened())).toContain('重试');
  });
});
