/** 候诊设置 (admin): the check-in window, how far a skipped patient moves back, and check-in by location. */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { toast } from '../../api/platform';
import { api } from '../../api/index';
import type { ValueEvent } from '../../components/events';
import type { QueueSettingsView } from '../../shared/dto/queue';
import { fetchView, loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import { formFieldOf, isValid } from '../common/form';
import { withHospital } from '../common/hospital';
import { blankQueueForm, formOfQueueSettings, queueFields, queueSettingsInput, queueSummary, validateQueueForm, type QueueField } from './queue-settings-form';

type Loaded = { settings: QueueSettingsView };

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    view: loadingView<Loaded>(),
    form: blankQueueForm(),
    errors: blankQueueForm(),
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
      const view = await fetchView(() => withHospital((hospitalId) => api.queue.getSettings({ hospitalId })));
      this.setData({ view });
      if (view.data) this.show(view.data.settings);
    },
    show(settings: QueueSettingsView) {
      this.setData({ form: formOfQueueSettings(settings), errors: blankQueueForm(), summary: queueSummary(settings), formError: '' });
    },
    onField(e: ValueEvent<string> & { currentTarget: { dataset: { field: QueueField } } }) {
      const field = e.currentTarget.dataset.field;
      this.setData({ [`form.${field}`]: e.detail, [`errors.${field}`]: '', formError: '' });
    },
    async onSave() {
      const errors = validateQueueForm(this.data.form);
      this.setData({ errors, formError: '' });
      if (!isValid(errors) || this.data.saving) return;
      this.setData({ saving: true });
      const res = await withHospital((hospitalId) => api.queue.saveSettings({ hospitalId, ...queueSettingsInput(this.data.form) }));
      this.setData({ saving: false });
      if (!res.ok) {
        const field = formFieldOf(res.error.field, queueFields);
        this.setData(field ? { [`errors.${field}`]: res.error.message } : { formError: res.error.message });
        toast(res.error.message);
        return;
      }
      this.show(res.data.settings);
      toast('候诊设置已保存');
    },
  },
});
