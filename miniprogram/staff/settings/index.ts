import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { toast } from '../../api/platform';
import { formPage } from '../../behaviors/form-page';
import { remotePage } from '../../behaviors/remote-page';
import type { ValueEvent } from '../../components/events';
import type { BookingSettingsView } from '../../shared/dto/schedule';
import { fetchView, loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
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
    ...remotePage<Loaded>({
      fetch: () => fetchView(() => withHospital((hospitalId) => api.schedule.getSettings({ hospitalId }))),
      shown: ({ data }) => (data ? shownSettings(data.settings) : {}),
      reloadOnShow: false,
    }),
    ...formPage<SettingsField>({ fieldOf: settingsFieldOf }),
    onLoad() {
      return this.load();
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
      const form = this.data.form;
      const saved = await this.submit(validateSettings(form), () =>
        withHospital((hospitalId) => api.schedule.saveSettings({ hospitalId, ...settingsInput(form) })),
      );
      if (!saved) return;
      this.setData(shownSettings(saved.settings));
      toast('预约规则已保存');
    },
  },
});

/** The form and the summary of the saved settings. */
function shownSettings(settings: BookingSettingsView) {
  return { form: formOfSettings(settings), errors: noSettingsErrors(), summary: settingsSummary(settings), formError: '' };
}
