import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { toast } from '../../api/platform';
import { api } from '../../api/index';
import type { ValueEvent } from '../../components/events';
import type { BookingSettingsView } from '../../shared/dto/schedule';
import { fetchView, loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import { isValid } from '../common/form';
import { withHospital } from '../common/hospital';
import {
  emptySettingsForm,
  formOfSettings,
  noSettingsErrors,
  settingsFieldOf,
  settingsInput,
  settingsSummary,
  validateSettings,
  type SettingsField,
} from './settings-form';

type Loaded = { settings: BookingSettingsView };

ComponentWithStore({
  storeBindings: {
    store: session,
    fields: ['elderMode'],
    actions: [],
  },
  data: {
    view: loadingView<Loaded>(),
    form: emptySettingsForm(),
    errors: noSettingsErrors(),
    summary: '',
    formError: '',
    saving: false,
  },
  methods: {
    onLoad() {
      return this.load();
    },
    async load() {
      this.setData({ view: loadingView<Loaded>() });
      const view = await fetchView(() => withHospital((hospitalId) => api.schedule.getSettings({ hospitalId })));
      this.setData({ view });
      if (view.data) this.show(view.data.settings);
    },
    show(settings: BookingSettingsView) {
      this.setData({ form: formOfSettings(settings), errors: noSettingsErrors(), summary: settingsSummary(settings), formError: '' });
    },
    setField(field: SettingsField, value: string) {
      this.setData({ [`form.${field}`]: value, [`errors.${field}`]: '', formError: '' });
    },
    onWindowDays(e: ValueEvent<string>) {
      this.setField('windowDays', e.detail);
    },
    onReleaseTime(e: ValueEvent<string>) {
      this.setField('releaseTime', e.detail);
    },
    onCancelDeadline(e: ValueEvent<string>) {
      this.setField('cancelDeadlineMinutes', e.detail);
    },
    onHoldMinutes(e: ValueEvent<string>) {
      this.setField('holdMinutes', e.detail);
    },
    onDailyCap(e: ValueEvent<string>) {
      this.setField('dailyCap', e.detail);
    },
    onNoShowCount(e: ValueEvent<string>) {
      this.setField('noShowCount', e.detail);
    },
    onNoShowWithin(e: ValueEvent<string>) {
      this.setField('noShowWithinDays', e.detail);
    },
    onNoShowRestrict(e: ValueEvent<string>) {
      this.setField('noShowRestrictDays', e.detail);
    },
    async onSave() {
      const errors = validateSettings(this.data.form);
      this.setData({ errors, formError: '' });
      if (!isValid(errors) || this.data.saving) return;
      this.setData({ saving: true });
      const input = settingsInput(this.data.form);
      const res = await withHospital((hospitalId) => api.schedule.saveSettings({ hospitalId, ...input }));
      this.setData({ saving: false });
      if (!res.ok) {
        const field = settingsFieldOf(res.error.field);
        if (field) this.setData({ [`errors.${field}`]: res.error.message });
        else this.setData({ formError: res.error.message });
        toast(res.error.message);
        return;
      }
      this.show(res.data.settings);
      toast('预约规则已保存');
    },
  },
});
