import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { go, stopPullDownRefresh } from '../../api/platform';
import type { DataEvent } from '../../components/events';
import { fetchView, loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import { withHospital } from '../common/hospital';
import { departmentRow, type DepartmentRow, type EditableDepartment } from './rows';

type Departments = { departments: EditableDepartment[] };

ComponentWithStore({
  storeBindings: {
    store: session,
    fields: ['elderMode'],
    actions: [],
  },
  data: {
    view: loadingView<Departments>(),
    rows: [] as DepartmentRow[],
  },
  methods: {
    onShow() {
      return this.load();
    },
    async onPullDownRefresh() {
      await this.load();
      stopPullDownRefresh();
    },
    async load() {
      this.setData({ view: loadingView<Departments>() });
      const view = await fetchView(
        () => withHospital((hospitalId) => api.content.listAllDepartmentsForEdit({ hospitalId })),
        (data) => data.departments.length === 0,
      );
      this.setData({ view, rows: view.data ? view.data.departments.map(departmentRow) : [] });
    },
    onOpen(e: DataEvent<{ id: string }>) {
      go(`/staff/department-edit/index?id=${e.currentTarget.dataset.id}`);
    },
  },
});
