import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { back, toast } from '../../api/platform';
import type { ValueEvent } from '../../components/events';
import type { HospitalProfile } from '../../shared/dto/content';
import { fetchView, loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import { formFieldOf, isValid } from '../common/form';
import { withHospital } from '../common/hospital';
import { formOfHospital, hospitalFields, hospitalInput, noHospitalErrors, validateHospital, type HospitalField } from './hospital-form';

ComponentWithStore({
  storeBindings: {
    store: session,
    fields: ['elderMode'],
    actions: [],
  },
  data: {
    autosize: { minHeight: 240 },
    view: loadingView<{ hospital: HospitalProfile }>(),
    hospitalId: '',
    hospitalName: '',
    photos: [] as string[],
    form: { intro: '', specialties: '' },
    errors: noHospitalErrors(),
    formError: '',
    saving: false,
  },
  methods: {
    onLoad() {
      return this.load();
    },
    async load() {
      this.setData({ view: loadingView<{ hospital: HospitalProfile }>() });
      const view = await fetchView(() => withHospital((hospitalId) => api.content.getHospital({ hospitalId })));
      if (!view.data) {
        this.setData({ view });
        return;
      }
      const h = view.data.hospital;
      this.setData({ view, hospitalId: h.id, hospitalName: h.name, photos: h.photos, form: formOfHospital(h), errors: noHospitalErrors(), formError: '' });
    },
    setField(field: HospitalField, value: string) {
      this.setData({ [`form.${field}`]: value, [`errors.${field}`]: '' });
    },
    onIntro(e: ValueEvent<string>) {
      this.setField('intro', e.detail);
    },
    onSpecialties(e: ValueEvent<string>) {
      this.setField('specialties', e.detail);
    },
    async onSave() {
      const errors = validateHospital(this.data.form);
      this.setData({ errors, formError: '' });
      if (!isValid(errors)) return;
      this.setData({ saving: true });
      const res = await api.content.updateHospitalIntro({ hospitalId: this.data.hospitalId, ...hospitalInput(this.data.form, this.data.photos) });
      this.setData({ saving: false });
      if (!res.ok) {
        const field = formFieldOf(res.error.field, hospitalFields);
        if (field) this.setData({ [`errors.${field}`]: res.error.message });
        else this.setData({ formError: res.error.message });
        toast(res.error.message);
        return;
      }
      toast('已保存');
      back();
    },
  },
});
