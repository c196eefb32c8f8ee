/** 候诊设置 (admin): the check-in window, how far a skipped patient moves back, and check-in by location. */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { toast } from '../../api/platform';
import { api } from '../../api/index';
import { formPage } from '../../behaviors/form-page';
import { remotePage } from '../../behaviors/remote-page';
import type { ValueEvent } from '../../components/events';
import type { QueueSettingsView } from '../../shared/dto/queue';
import { fetchView, loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import { formFieldOf } from '../common/form';
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
    ...remotePage<Loaded>({
      fetch: () => fetchView(() => withHospital((hospitalId) => api.queue.getSettings({ hospitalId }))),
      shown: ({ data }) => (data ? shownSettings(data.settings) : {}),
      reloadOnShow: false,
    }),
    ...formPage<QueueField>({ fieldOf: (field) => formFieldOf(field, queueFields) }),
    onLoad() {
      return this.load();
    },
    onField(e: ValueEvent<string> & { currentTarget: { dataset: { field: QueueField } } }) {
      this.setField(e.currentTarget.dataset.field, e.detail);
    },
    async onSave() {
      const form = this.data.form;
      const saved = await this.submit(validateQueueForm(form), () =>
        withHospital((hospitalId) => api.queue.saveSettings({ hospitalId, ...queueSettingsInput(form) })),
      );
      if (!saved) return;
      this.setData(shownSettings(saved.settings));
      toast('候诊设置已保存');
    },
  },
});

/** The form and the summary of the saved settings. */
function shownSettings(settings: QueueSettingsView) {
  return { form: formOfQueueSettings(settings), errors: blankQueueForm(), summary: queueSummary(settings), formError: '' };
}
