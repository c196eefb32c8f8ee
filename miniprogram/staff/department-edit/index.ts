import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { back, toast } from '../../api/platform';
import { formPage } from '../../behaviors/form-page';
import { remotePage } from '../../behaviors/remote-page';
import type { ValueEvent } from '../../components/events';
import type { DepartmentDetail } from '../../shared/dto/content';
import { fetchView, loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import { formFieldOf } from '../common/form';
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
    ...remotePage<Loaded, { departmentId: string }>({
      fetch: ({ departmentId }) => fetchView(() => api.content.getDepartment({ departmentId })),
      shown: ({ data }) => {
        if (!data) return {};
        const d = data.department;
        return { departmentName: d.name, form: formOfDepartment(d), errors: noDepartmentErrors(), formError: '' };
      },
      reloadOnShow: false,
    }),
    ...formPage<DepartmentField>({ fieldOf: (field) => formFieldOf(field, departmentFields) }),
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ departmentId: query.id || '' });
      return this.load();
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
      const { form, departmentId } = this.data;
      const saved = await this.submit(validateDepartment(form), () => api.content.updateDepartmentIntro({ departmentId, ...departmentInput(form) }));
      if (!saved) return;
      toast('已保存');
      back();
    },
  },
});
