import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { back, toast } from '../../api/platform';
import type { ValueEvent } from '../../components/events';
import type { DepartmentDetail } from '../../shared/dto/content';
import { fetchView, loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import { formFieldOf, isValid } from '../common/form';
import {
  departmentFields,
  departmentInput,
  emptyDepartmentForm,
  formOfDepartment,
  noDepartmentErrors,
  validateDepartment,
  type DepartmentField,
} from './department-form';

type Loaded = { department: DepartmentDetail };

ComponentWithStore({
  storeBindings: {
    store: session,
    fields: ['elderMode'],
    actions: [],
  },
  data: {
    autosize: { minHeight: 200 },
    departmentId: '',
    departmentName: '',
    view: loadingView<Loaded>(),
    form: emptyDepartmentForm(),
    errors: noDepartmentErrors(),
    formError: '',
    saving: false,
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ departmentId: query.id || '' });
      return this.load();
    },
    async load() {
      this.setData({ view: loadingView<Loaded>() });
      const view = await fetchView<Loaded>(() => api.content.getDepartment({ departmentId: this.data.departmentId }));
      if (!view.data) {
        this.setData({ view });
        return;
      }
      const d = view.data.department;
      this.setData({ view, departmentName: d.name, form: formOfDepartment(d), errors: noDepartmentErrors(), formError: '' });
    },
    setField(field: DepartmentField, value: string) {
      this.setData({ [`form.${field}`]: value, [`errors.${field}`]: '' });
    },
    onIntro(e: ValueEvent<string>) {
      this.setField('intro', e.detail);
    },
    onLocation(e: ValueEvent<string>) {
      this.setField('location', e.detail);
    },
    onPhone(e: ValueEvent<string>) {
      this.setField('phone', e.detail);
    },
    onConditions(e: ValueEvent<string>) {
      this.setField('conditions', e.detail);
    },
    async onSave() {
      const errors = validateDepartment(this.data.form);
      this.setData({ errors, formError: '' });
      if (!isValid(errors)) return;
      this.setData({ saving: true });
      const res = await api.content.updateDepartmentIntro({ departmentId: this.data.departmentId, ...departmentInput(this.data.form) });
      this.setData({ saving: false });
      if (!res.ok) {
        const field = formFieldOf(res.error.field, departmentFields);
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
