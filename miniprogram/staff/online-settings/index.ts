/** 线上诊疗设置 (admin): consultation fees and answer hours, online follow-up window, fee and cold-chain shipping, and which doctors may answer online. */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { confirm, toast } from '../../api/platform';
import { formPage } from '../../behaviors/form-page';
import { remotePage } from '../../behaviors/remote-page';
import type { ValueEvent } from '../../components/events';
import type { Envelope } from '../../shared/envelope';
import { fetchView, loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import { isValid } from '../common/form';
import { withHospital } from '../common/hospital';
import {
  blankOnlineForm,
  doctorRowsOf,
  formOf,
  serverFieldOf,
  settingsInput,
  settingsSummary,
  validateDoctorRows,
  validateOnlineForm,
  type DoctorRow,
  type Loaded,
  type OnlineField,
} from './online-settings-form';

type FieldEvent = ValueEvent<string> & { currentTarget: { dataset: { field: OnlineField } } };
type FeeEvent = ValueEvent<string> & { currentTarget: { dataset: { index: number } } };

/** Everything the page shows, or the first refusal. */
async function loadAll(hospitalId: string): Promise<Envelope<Loaded>> {
  const [consult, followup, doctors, staff] = await Promise.all([
    api.consult.getSettings({ hospitalId }),
    api.followup.settings({ hospitalId }),
    api.content.listDoctors({ hospitalId }),
    api.staff.list({ hospitalId }),
  ]);
  if (!consult.ok) return consult;
  if (!followup.ok) return followup;
  if (!doctors.ok) return doctors;
  if (!staff.ok) return staff;
  return { ok: true, data: { consult: consult.data.settings, followup: followup.data.settings, doctors: doctors.data.doctors, staff: staff.data.staff } };
}

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    view: loadingView<Loaded>(),
    form: blankOnlineForm(),
    errors: blankOnlineForm(),
    shipsCold: false,
    rows: [] as DoctorRow[],
    formError: '',
    saving: false,
  },
  methods: {
    ...remotePage<Loaded>({
      fetch: () => fetchView(() => withHospital(loadAll)),
      shown: ({ data }) =>
        data
          ? {
              form: formOf(data.consult, data.followup),
              errors: blankOnlineForm(),
              shipsCold: data.followup.shipsCold,
              rows: doctorRowsOf(data),
              formError: '',
            }
          : {},
      reloadOnShow: false,
    }),
    ...formPage<OnlineField>({ fieldOf: (field) => (field ? (serverFieldOf[field.split('.')[0]] ?? '') : '') }),
    onLoad() {
      return this.load();
    },
    onField(e: FieldEvent) {
      this.setField(e.currentTarget.dataset.field, e.detail);
    },
    onFee(e: FeeEvent) {
      const index = Number(e.currentTarget.dataset.index);
      this.setData({ [`rows[${index}].fee`]: e.detail, [`rows[${index}].error`]: '', formError: '' });
    },
    onShipsCold(e: ValueEvent<boolean>) {
      this.setData({ shipsCold: e.detail });
    },
    async onSave() {
      if (this.data.saving) return;
      const errors = validateOnlineForm(this.data.form);
      const rows = validateDoctorRows(this.data.rows);
      this.setData({ errors, rows, formError: '' });
      if (!isValid(errors) || rows.some((r) => r.error !== '')) {
        toast('请先改正标红的内容');
        return;
      }
      const input = settingsInput(this.data.form, rows, this.data.shipsCold);
      if (!(await confirm('保存线上诊疗设置', settingsSummary(input), '保存'))) return;
      const saved = await this.submit(errors, () =>
        withHospital(async (hospitalId) => {
          const consult = await api.consult.saveSettings({ hospitalId, ...input.consult });
          return consult.ok ? api.followup.saveSettings({ hospitalId, ...input.followup }) : consult;
        }),
      );
      if (!saved) return;
      toast('线上诊疗设置已保存');
      await this.reload();
    },
  },
});
