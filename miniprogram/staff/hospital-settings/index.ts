/**
 * 医院设置 (admin): which of the 23 functions the hospital offers (miniprogram/shared/offers.ts),
 * switched per function; core functions stay on; saving says what it switches off and asks first,
 * then reloads the hospital list so 服务 and 首页 follow. Links to the other settings pages.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { confirm, go, toast } from '../../api/platform';
import { remotePage } from '../../behaviors/remote-page';
import type { ValueEvent } from '../../components/events';
import type { HospitalOffers } from '../../shared/dto/content';
import { offersProblem } from '../../shared/offers';
import { fetchView, loadingView, mapEnvelope } from '../../stores/remote';
import { session } from '../../stores/session';
import { withHospital } from '../common/hospital';
import { changeText, chosenKeys, offerGroups, switched, type OfferGroup } from './offer-rows';

type SwitchEvent = ValueEvent<boolean> & { currentTarget: { dataset: { key: string } } };

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    view: loadingView<HospitalOffers>(),
    groups: [] as OfferGroup[],
    problem: '',
    saving: false,
  },
  methods: {
    ...remotePage<HospitalOffers>({
      fetch: () => fetchView(async () => mapEnvelope(await withHospital((hospitalId: string) => api.content.getOffers({ hospitalId })), (d) => d.settings)),
      shown: ({ data }) => ({ groups: data ? offerGroups(data.offers) : [], problem: '' }),
      // Not on show: the switches being changed stay as they are after a visit to another settings page.
      reloadOnShow: false,
    }),
    onLoad() {
      return this.load();
    },
    onSwitch(e: SwitchEvent) {
      this.setData({ groups: switched(this.data.groups, e.currentTarget.dataset.key, e.detail), problem: '' });
    },
    async onSave() {
      const current = this.data.view.data;
      if (!current || this.data.saving) return;
      const keys = chosenKeys(this.data.groups);
      const problem = offersProblem(keys);
      if (problem) {
        this.setData({ problem });
        return;
      }
      const change = changeText(current.offers, keys);
      if (!change) {
        toast('没有修改');
        return;
      }
      if (!(await confirm('保存医院设置', `${change}。确定保存？`, '保存'))) return;
      this.setData({ saving: true });
      const res = await api.content.setOffers({ hospitalId: current.hospitalId, offers: keys });
      this.setData({ saving: false });
      if (!res.ok) {
        this.setData({ problem: res.error.message });
        return;
      }
      toast('已保存医院设置');
      this.setData({ view: { status: 'ready', data: res.data.settings, error: '' }, groups: offerGroups(res.data.settings.offers) });
      await session.loadHospitals();
    },
    onOpenBookingRules() {
      go('/staff/settings/index');
    },
    onOpenIntro() {
      go('/staff/hospital-edit/index');
    },
    onOpenMembers() {
      go('/staff/members/index');
    },
  },
});
