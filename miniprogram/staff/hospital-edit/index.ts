import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { back, toast } from '../../api/platform';
import { formPage } from '../../behaviors/form-page';
import { remotePage } from '../../behaviors/remote-page';
import type { ValueEvent } from '../../components/events';
import type { HospitalProfile } from '../../shared/dto/content';
import { fetchView, loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import { formFieldOf } from '../common/form';
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
    ...remotePage<{ hospital: HospitalProfile }>({
      fetch: () => fetchView(() => withHospital((hospitalId) => api.content.getHospital({ hospitalId }))),
      shown: ({ data }) => {
        if (!data) return {};
        const h = data.hospital;
        return { hospitalId: h.id, hospitalName: h.name, photos: h.photos, form: formOfHospital(h), errors: noHospitalErrors(), formError: '' };
      },
      reloadOnShow: false,
    }),
    ...formPage<HospitalField>({ fieldOf: (field) => formFieldOf(field, hospitalFields) }),
    onLoad() {
      return this.load();
    },
    onIntro(e: ValueEvent<string>) {
      this.setField('intro', e.detail);
    },
    onSpecialties(e: ValueEvent<string>) {
      this.setField('specialties', e.detail);
    },
    async onSave() {
      const { form, hospitalId, photos } = this.data;
      const saved = await this.submit(validateHospital(form), () => api.content.updateHospitalIntro({ hospitalId, ...hospitalInput(form, photos) }));
      if (!saved) return;
      toast('已保存');
      back();
    },
  },
});
