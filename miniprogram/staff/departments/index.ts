import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { go } from '../../api/platform';
import { remotePage } from '../../behaviors/remote-page';
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
    ...remotePage<Departments>({
      fetch: () =>
        fetchView(
          () => withHospital((hospitalId) => api.content.listAllDepartmentsForEdit({ hospitalId })),
          (data) => data.departments.length === 0,
        ),
      shown: ({ data }) => ({ rows: data ? data.departments.map(departmentRow) : [] }),
    }),
    onOpen(e: DataEvent<{ id: string }>) {
      go(`/staff/department-edit/index?id=${e.currentTarget.dataset.id}`);
    },
  },
});
