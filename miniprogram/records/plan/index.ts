/**
 * 用药计划: the times a family member takes a prescription's drugs, reminders (each one needs the
 * user's consent: WeChat allows one message per acceptance), a taken / not-taken diary, and a
 * summary to show the doctor, which 朗读 reads aloud with the medicines and times.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { askConsent } from '../../api/messages';
import type { TemplateRef } from '../../shared/dto/reminders';
import { toast } from '../../api/platform';
import { api } from '../../api/index';
import { type PageHost, remotePage } from '../../behaviors/remote-page';
import type { DataEvent, ValueEvent } from '../../components/events';
import type { MedicationPlanView, PlanAnswer } from '../../shared/dto/records';
import { makeRequestId } from '../../shared/request-id';
import { loadingView, recordView, type View } from '../../stores/remote';
import { session } from '../../stores/session';
import { planSpeech } from '../common/read-aloud-text';
import { timeChoices, timesHint } from './times';

type Loaded = PlanAnswer;

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    prescriptionId: '',
    view: loadingView<Loaded>() as View<Loaded>,
    choices: timeChoices([]),
    hint: '',
    times: [] as string[],
    remind: false,
    error: '',
    saving: false,
    speech: '',
    requestId: '',
    templates: [] as TemplateRef[],
  },
  methods: {
    ...remotePage<Loaded, { prescriptionId: string; templates: TemplateRef[] }>({
      fetch: ({ prescriptionId }) => recordView(prescriptionId, (id) => api.records.plan({ prescriptionId: id })),
      shown: ({ data }) => {
        const times = data && data.plan ? data.plan.times : ['08:00'];
        return {
          times,
          choices: timeChoices(times),
          remind: data && data.plan ? data.plan.remind : false,
          hint: data ? timesHint(data) : '',
          speech: data ? planSpeech(data) : '',
        };
      },
      then: (page, { data }) => (data && page.data.templates.length === 0 ? loadTemplates(page, data.hospitalId) : undefined),
      // The times being chosen stay when the page shows again.
      reloadOnShow: false,
    }),
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ prescriptionId: query.prescriptionId || '', requestId: makeRequestId(Date.now(), Math.random) });
      return this.load();
    },
    onTime(e: DataEvent<{ time: string }>) {
      const time = e.currentTarget.dataset.time;
      const has = this.data.times.includes(time);
      const loaded = this.data.view.data;
      const most = loaded ? loaded.timesPerDay : 4;
      if (!has && this.data.times.length >= most) {
        this.setData({ error: loaded ? timesHint(loaded) : '每天最多4个服药时间' });
        return;
      }
      const times = has ? this.data.times.filter((t) => t !== time) : [...this.data.times, time].sort();
      this.setData({ times, choices: timeChoices(times), error: '' });
    },
    onRemind(e: ValueEvent<boolean>) {
      this.setData({ remind: e.detail });
    },
    async onSave() {
      const loaded = this.data.view.data;
      if (!loaded) return;
      if (this.data.times.length === 0) {
        this.setData({ error: '请至少选择一个服药时间' });
        return;
      }
      if (this.data.remind) void askConsent(loaded.hospitalId, this.data.templates);
      this.setData({ saving: true });
      const res = await api.records.savePlan({
        prescriptionId: this.data.prescriptionId,
        times: this.data.times,
        remind: this.data.remind,
        requestId: this.data.requestId,
      });
      this.setData({ saving: false, requestId: makeRequestId(Date.now(), Math.random) });
      if (!res.ok) {
        this.setData({ error: res.error.message });
        return;
      }
      this.showPlan(res.data.plan);
      toast('已保存');
    },
    async onDose(e: DataEvent<{ date: string; time: string; taken: string }>) {
      const current = this.data.view.data && this.data.view.data.plan;
      if (!current) return;
      const { date, time, taken } = e.currentTarget.dataset;
      const res = await api.records.markDose({ planId: current.id, date, time, taken: taken === 'yes' });
      if (res.ok) this.showPlan(res.data.plan);
      else toast(res.error.message);
    },
    /** The saved plan in place, and what 朗读 reads with it. */
    showPlan(plan: MedicationPlanView) {
      const loaded = this.data.view.data;
      this.setData({ 'view.data.plan': plan, speech: loaded ? planSpeech({ ...loaded, plan }) : '' });
    },
  },
});

/** The reminder's template, asked for consent when the plan is saved with reminders. */
async function loadTemplates(page: PageHost<object>, hospitalId: string): Promise<void> {
  const ids = await api.reminders.templateIds({ hospitalId, kinds: ['medication_time'] });
  if (ids.ok) page.setData({ templates: ids.data.templates });
}
